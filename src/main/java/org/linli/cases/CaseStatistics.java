package org.linli.cases;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.linli.catalogue.Tier;
import org.linli.shared.InvalidInputException;

/**
 * Figures about the concerns of an area, computed from the case records: what came in
 * during a period and how it stands, and the open and overdue work now. Every method
 * takes an area code (district, street, community or grid) and answers for the concerns
 * whose grid lies in it. The caller must work in that area (grid worker, community staff,
 * dispatcher or leader whose scope covers it) or be an administrator; otherwise, and for
 * an unknown area, it throws {@link org.linli.shared.NotFoundException}.
 * <p>
 * An order is <em>open</em> while it is with its department (sent or signed for) and
 * <em>overdue</em> when it is open past its due and its concern is not suspended.
 */
public interface CaseStatistics {

	/**
	 * The concerns reported in the period, counted by status (as they stand now), tier,
	 * category (the {@code topCategories} most frequent, by name) and channel; and those
	 * closed in the period.
	 */
	Counts counts(String areaCode, Period period, int topCategories);

	/** Open concerns and overdue orders now, per grid that has any. */
	List<GridLoad> gridLoads(String areaCode);

	/** Open and overdue orders now, per department that has any, most overdue first. */
	List<DepartmentLoad> departmentLoads(String areaCode);

	/**
	 * The open orders past their due, the longest overdue first, at most {@code limit} of
	 * them, with how many there are in all.
	 */
	OverdueOrders overdueOrders(String areaCode, int limit);

	/** The open concerns, newest first, at most {@code limit} of them: for a map. */
	List<OpenConcern> openConcerns(String areaCode, int limit);

	/** From (inclusive) to (exclusive). */
	record Period(Instant from, Instant to) {

		public Period {
			if (from == null || to == null || !from.isBefore(to)) {
				throw new InvalidInputException("period", "error.field.invalid");
			}
		}

	}

	/**
	 * @param reported concerns reported in the period
	 * @param closed concerns closed in the period, whenever they were reported
	 * @param byStatus every status, also those with none, in the enum's order
	 * @param byTier every tier, also those with none, in the enum's order
	 * @param untriaged reported in the period and not (yet) given a tier
	 * @param topCategories the most frequent categories, most frequent first
	 * @param otherCategories concerns of all the other categories
	 * @param uncategorised concerns without a category
	 * @param byChannel every channel, also those with none, in the enum's order
	 */
	record Counts(long reported, long closed, Map<CaseStatus, Long> byStatus, Map<Tier, Long> byTier, long untriaged,
			List<CategoryCount> topCategories, long otherCategories, long uncategorised, Map<Channel, Long> byChannel) {

		public Counts {
			byStatus = ordered(byStatus);
			byTier = ordered(byTier);
			topCategories = List.copyOf(topCategories);
			byChannel = ordered(byChannel);
		}

		/** Unmodifiable, in the order given (an EnumMap's: the enum's order). */
		private static <K, V> Map<K, V> ordered(Map<K, V> counts) {
			return Collections.unmodifiableMap(new LinkedHashMap<>(counts));
		}

	}

	/** {@code name} is the code itself when the catalogue no longer knows it. */
	record CategoryCount(String code, String name, long count) {

	}

	record GridLoad(String gridCode, long open, long overdue) {

	}

	record DepartmentLoad(String departmentCode, long open, long overdue) {

	}

	record OverdueOrders(List<OverdueOrder> items, long total) {

		public OverdueOrders {
			items = List.copyOf(items);
		}

	}

	/**
	 * @param categoryName null when the concern has no category
	 * @param signed whether the department has signed for the order
	 * @param late the working time past the due, by the department's working schedule
	 */
	record OverdueOrder(CaseId caseId, String caseNumber, String gridCode, String categoryCode, String categoryName,
			Priority priority, String departmentCode, boolean signed, Instant due, Duration late) {

	}

	/** What a map marker shows; nothing personal. */
	record OpenConcern(CaseId caseId, String caseNumber, double lat, double lon, CaseStatus status, Tier tier,
			String categoryName, Priority priority, boolean overdue) {

	}

}

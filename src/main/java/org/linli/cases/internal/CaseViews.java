package org.linli.cases.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.linli.calendar.WorkingCalendar.Light;
import org.linli.cases.CaseStatus;
import org.linli.cases.Channel;
import org.linli.cases.Priority;
import org.linli.cases.Rating;
import org.linli.catalogue.Tier;

/**
 * What the API answers with. A walk-in's or caller's name and phone appear only masked,
 * and only to the people working the case's area.
 */
public final class CaseViews {

	private CaseViews() {
	}

	public record Intake(UUID id, String number, CaseStatus status, String gridCode, String trackingToken,
			List<Duplicate> possibleDuplicates, boolean created) {

		public Intake {
			possibleDuplicates = List.copyOf(possibleDuplicates);
		}

	}

	/** An open concern near a spot, as anyone may see it before reporting. */
	public record Nearby(UUID id, String number, String categoryName, String statusText, Instant reportedAt,
			int metres) {

	}

	public record Duplicate(UUID id, String number) {

	}

	public record Detail(UUID id, String number, CaseStatus status, String statusText, Tier tier, String categoryCode,
			String categoryName, Priority priority, Channel channel, String description, String address, double lat,
			double lon, String gridCode, String communityCode, String streetCode, String reporter, String reporterName,
			String reporterPhone, String firstContactOwner, String owner, int followersCount, String claimedBy,
			String guidance, UUID mergedInto, int returnCount, int reworkCount, int reopenCount,
			boolean suspensionPending, String suspensionReason, boolean escalatedToStreet, Instant reportedAt,
			Instant registeredAt, Instant closedAt, Instant dueBy, List<Order> orders, List<Summoned> summons,
			Evaluation evaluation, int version) {

		public Detail {
			orders = List.copyOf(orders);
			summons = List.copyOf(summons);
		}

	}

	public record Order(UUID id, String departmentCode, String status, boolean binding, String note,
			Instant dispatchedAt, Instant signDue, Instant due, Light light, Instant signedAt, Boolean signedLate,
			Instant handledAt, String result, String returnReason, int reworkCount, Integer pendingExtensionHours,
			String pendingExtensionReason, Instant signOverdueAt, Instant handlingOverdueAt) {

	}

	public record Summoned(String departmentCode, String reason, Instant summonedAt, Instant due, boolean reportedIn,
			Instant reportedAt, String reportedBy, Instant overdueAt) {

	}

	public record Evaluation(Rating rating, String comment, String evaluatedBy, Instant at) {

	}

	/** One concern in a list; {@code excerpt} is the start of its description. */
	public record Summary(UUID id, String number, CaseStatus status, Tier tier, String categoryCode, String gridCode,
			String departmentCode, Instant due, Light light, Instant reportedAt, Priority priority, String categoryName,
			String excerpt, double lat, double lon, boolean decisionPending, String claimedBy) {

	}

	/**
	 * One page of a list. {@code total} counts the matches up to a cap;
	 * {@code totalCapped} says there are more than that.
	 */
	public record Page(List<Summary> items, int page, int size, long total, boolean totalCapped) {

		public Page {
			items = List.copyOf(items);
		}

	}

	public record Entry(Instant at, String actor, String action, String actionText, String note) {

	}

	/** The public view behind a tracking link: plain words, no people. */
	public record Tracking(String number, CaseStatus status, String statusText, Instant reportedAt, Instant closedAt,
			List<Step> steps, Rating rating, boolean canEvaluate) {

		public Tracking {
			steps = List.copyOf(steps);
		}

	}

	public record Step(Instant at, String text) {

	}

}

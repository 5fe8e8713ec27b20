package org.linli.ledger.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * Departments or communities ranked by their composite score, with the change since the
 * previous period of the same length (the same number of whole months when the period is
 * whole months).
 */
@Component
public class Rankings {

	private final LedgerQueries queries;

	Rankings(LedgerQueries queries) {
		this.queries = queries;
	}

	public record Ranked(int rank, String key, String label, Double score, Double scoreChange, Integer rankChange,
			Figures.Group figures) {

	}

	public record Ranking(GroupBy by, LocalDate from, LocalDate to, LocalDate previousFrom, LocalDate previousTo,
			List<Ranked> entries) {

		public Ranking {
			entries = List.copyOf(entries);
		}

	}

	/** For the signed-in caller, within their scope. */
	public Ranking rank(String areaCode, GroupBy by, LocalDate from, LocalDate to) {
		return rank(by, from, to,
				(start, end) -> this.queries.figures(new IndicatorQuery(areaCode, null, start, end, by)));
	}

	/** For the public page: any existing area, counts and rates only. */
	public Ranking rankPublic(String areaCode, GroupBy by, LocalDate from, LocalDate to) {
		return rank(by, from, to, (start, end) -> this.queries.publicFigures(areaCode, start, end, by));
	}

	private Ranking rank(GroupBy by, LocalDate from, LocalDate to, Source source) {
		LocalDate[] previous = previous(from, to);
		List<Figures.Group> current = ranked(source.figures(from, to), by);
		List<Figures.Group> before = ranked(source.figures(previous[0], previous[1]), by);
		Map<String, Integer> previousRank = new HashMap<>();
		Map<String, Double> previousScore = new HashMap<>();
		for (int i = 0; i < before.size(); i++) {
			previousRank.put(before.get(i).key(), i + 1);
			previousScore.put(before.get(i).key(), before.get(i).score());
		}
		List<Ranked> entries = new ArrayList<>();
		for (int i = 0; i < current.size(); i++) {
			Figures.Group group = current.get(i);
			Double earlier = previousScore.get(group.key());
			Integer earlierRank = previousRank.get(group.key());
			entries.add(new Ranked(i + 1, group.key(), group.label(), group.score(),
					(group.score() != null && earlier != null) ? Math.round((group.score() - earlier) * 100) / 100.0
							: null,
					(earlierRank != null && group.score() != null && earlier != null) ? earlierRank - (i + 1) : null,
					group));
		}
		return new Ranking(by, from, to, previous[0], previous[1], entries);
	}

	/** Groups with a score first, best first; a community's own work is no department. */
	private static List<Figures.Group> ranked(Figures figures, GroupBy by) {
		return figures.groups()
			.stream()
			.filter((group) -> !(by == GroupBy.DEPARTMENT && group.key().isEmpty()))
			.sorted(Comparator.comparing((Figures.Group group) -> (group.score() != null) ? -group.score() : 1.0)
				.thenComparing(Figures.Group::key))
			.toList();
	}

	static LocalDate[] previous(LocalDate from, LocalDate to) {
		boolean wholeMonths = from.getDayOfMonth() == 1 && to.equals(to.withDayOfMonth(to.lengthOfMonth()));
		if (wholeMonths) {
			long months = ChronoUnit.MONTHS.between(from, to.plusDays(1));
			LocalDate start = from.minusMonths(months);
			return new LocalDate[] { start, from.minusDays(1) };
		}
		long days = ChronoUnit.DAYS.between(from, to) + 1;
		return new LocalDate[] { from.minusDays(days), from.minusDays(1) };
	}

	@FunctionalInterface
	private interface Source {

		Figures figures(LocalDate from, LocalDate to);

	}

}

package org.linli.ledger.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.linli.LinliTest;
import org.linli.calendar.WorkingCalendar;
import org.linli.cases.CaseFacts;
import org.linli.cases.CaseId;
import org.linli.cases.Channel;
import org.linli.cases.Rating;
import org.linli.catalogue.Tier;
import org.linli.ledger.LedgerAwait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The summary tables, kept up by differences as facts arrive in any order, in batches of
 * any size and more than once, give exactly the figures a recomputation from the stored
 * facts gives, for every split.
 */
@LinliTest
class LedgerAgreementTests {

	private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private static final String[] DEPARTMENTS = { "CG", "LH", "FG", "PCS" };

	private static final String[] CATEGORIES = { "06010", "01001", "1.4", "0.4" };

	@Autowired
	LedgerIngest ingest;

	@Autowired
	LedgerQueries queries;

	@Autowired
	FactStore facts;

	@Autowired
	JdbcClient jdbc;

	@Test
	void summaryTablesAgreeWithARecomputationFromTheFactsOnARandomHistory() throws Exception {
		long seed = System.nanoTime();
		Random random = new Random(seed);
		List<CaseFacts> deliveries = new ArrayList<>();
		for (int i = 0; i < 80; i++) {
			deliveries.addAll(randomHistory(random));
		}
		List<CaseFacts> again = new ArrayList<>(deliveries.subList(0, deliveries.size() / 5));
		deliveries.addAll(again);
		Collections.shuffle(deliveries, random);
		for (int from = 0; from < deliveries.size();) {
			int to = Math.min(deliveries.size(), from + 1 + random.nextInt(40));
			this.ingest.apply(deliveries.subList(from, to));
			from = to;
		}
		LedgerAwait.settled(this.jdbc);

		List<LedgerFact> stored = this.facts.all();
		Map<CaseId, Integer> latest = new HashMap<>();
		deliveries.forEach((delivered) -> latest.merge(delivered.id(), delivered.version(), Math::max));
		assertThat(stored.stream()
			.filter((fact) -> latest.containsKey(fact.facts().id()))
			.filter((fact) -> fact.facts().version() == latest.get(fact.facts().id())))
			.as("the latest facts of every case are kept, whatever the order of delivery")
			.hasSize(latest.size());
		LocalDate first = LocalDate.of(2025, 1, 1);
		LocalDate last = LocalDate.of(2025, 12, 31);
		for (String area : List.of("310107005", "310107005009")) {
			for (GroupBy groupBy : GroupBy.values()) {
				for (String department : new String[] { null, "LH" }) {
					IndicatorQuery query = new IndicatorQuery(area, department, first, last, groupBy);
					assertThat(groups(this.queries.compute(query)))
						.as("seed %d, %s by %s, department %s", seed, area, groupBy, department)
						.isEqualTo(recompute(stored, query));
				}
			}
		}
		IndicatorQuery partial = new IndicatorQuery("310107005", null, LocalDate.of(2025, 2, 10),
				LocalDate.of(2025, 4, 20), GroupBy.WEEK);
		assertThat(groups(this.queries.compute(partial))).as("seed %d, weeks", seed)
			.isEqualTo(recompute(stored, partial));
	}

	/** A random path through the lifecycle, with the facts published after each step. */
	private static List<CaseFacts> randomHistory(Random random) {
		List<CaseFacts> published = new ArrayList<>();
		String grid = "310107005009" + String.format("%03d", 1 + random.nextInt(5));
		LocalDate day = LocalDate.of(2025, 1 + random.nextInt(6), 1 + random.nextInt(28));
		Instant[] clock = {
				day.atTime(8 + random.nextInt(10), random.nextInt(60)).atZone(WorkingCalendar.ZONE).toInstant() };
		Function<Integer, String> later = (maxMinutes) -> {
			clock[0] = clock[0].plusSeconds(60L * (1 + random.nextInt(maxMinutes)));
			return AT.format(clock[0].atZone(WorkingCalendar.ZONE));
		};
		History history = History.reported(grid, AT.format(clock[0].atZone(WorkingCalendar.ZONE)))
			.channel(Channel.values()[random.nextInt(Channel.values().length)])
			.category(CATEGORIES[random.nextInt(CATEGORIES.length)]);
		published.add(history.facts());
		if (random.nextInt(10) == 0) {
			return published;
		}
		Tier tier = Tier.values()[random.nextInt(3)];
		history.registered(tier, later.apply(600));
		published.add(history.facts());
		if (tier == Tier.PRIVATE) {
			history.guided(later.apply(3000), "guided");
			published.add(history.facts());
			return published;
		}
		if (tier == Tier.MAJOR) {
			String department = DEPARTMENTS[random.nextInt(DEPARTMENTS.length)];
			String dispatched = later.apply(120);
			history.dispatched(department, dispatched, later.apply(7000));
			clock[0] = clock[0].minusSeconds(60L * 3000);
			published.add(history.facts());
			if (random.nextInt(5) == 0) {
				history.returned();
				published.add(history.facts());
				history.dispatched(DEPARTMENTS[random.nextInt(DEPARTMENTS.length)], later.apply(300),
						later.apply(7000));
				clock[0] = clock[0].minusSeconds(60L * 3000);
				published.add(history.facts());
			}
			if (random.nextInt(6) == 0) {
				history.extended(later.apply(9000));
				clock[0] = clock[0].minusSeconds(60L * 4000);
				published.add(history.facts());
			}
			if (random.nextInt(10) == 0) {
				history.suspended(later.apply(500));
				published.add(history.facts());
				return published;
			}
		}
		else if (random.nextBoolean()) {
			history.claimed(later.apply(600));
			published.add(history.facts());
		}
		if (random.nextInt(6) == 0) {
			return published;
		}
		history.handled(later.apply(5000), later.apply(900), "done");
		clock[0] = clock[0].minusSeconds(60L * 500);
		published.add(history.facts());
		if (random.nextInt(5) == 0) {
			history.verified(later.apply(900), false, 0);
			published.add(history.facts());
			history.handled(later.apply(2000), later.apply(900), "redone");
			clock[0] = clock[0].minusSeconds(60L * 500);
			published.add(history.facts());
		}
		history.verified(later.apply(900), true, random.nextInt(20000));
		published.add(history.facts());
		if (random.nextInt(3) > 0) {
			Rating rating = Rating.values()[random.nextInt(3)];
			history.rated(rating, later.apply(3000));
			published.add(history.facts());
			if (rating == Rating.DISSATISFIED && random.nextBoolean()) {
				history.reopened();
				published.add(history.facts());
			}
		}
		return published;
	}

	private static Map<String, Map<String, Figure>> groups(Figures figures) {
		Map<String, Map<String, Figure>> groups = new HashMap<>();
		figures.groups().forEach((group) -> groups.put(group.key(), group.indicators()));
		groups.put("total", figures.total().indicators());
		return groups;
	}

	/** The same figures straight from the stored facts. */
	private Map<String, Map<String, Figure>> recompute(List<LedgerFact> stored, IndicatorQuery query) {
		boolean monthly = query.groupBy() == GroupBy.GRID || query.groupBy() == GroupBy.CATEGORY
				|| query.groupBy() == GroupBy.CHANNEL;
		LocalDate first = monthly ? query.from().withDayOfMonth(1) : query.from();
		LocalDate last = monthly ? query.to() : min(query.to(), this.queries.today());
		Map<String, Totals> groups = new HashMap<>();
		Totals total = new Totals();
		Instant now = Instant.now();
		for (LedgerFact fact : stored) {
			if (!fact.facts().gridCode().startsWith(query.areaCode())) {
				continue;
			}
			Contributions.of(fact).cells().forEach((cell, values) -> {
				boolean inPeriod = !cell.day().isBefore(first) && !cell.day().isAfter(last);
				boolean ofDepartment = query.departmentCode() == null
						|| query.departmentCode().equals(cell.departmentCode());
				if (inPeriod && ofDepartment) {
					groups.computeIfAbsent(key(query.groupBy(), cell), (key) -> new Totals()).add(values);
					total.add(values);
				}
			});
			CaseFacts facts = fact.facts();
			String department = Contributions.responsibleOrder(facts).map(CaseFacts.Order::departmentCode).orElse("");
			if (facts.status().isOpen()
					&& (query.departmentCode() == null || query.departmentCode().equals(department))) {
				Instant overdueFrom = FactStore.overdueFrom(facts, Contributions.responsibleOrder(facts));
				long overdue = (overdueFrom != null && overdueFrom.isBefore(now)) ? 1 : 0;
				Cell cell = new Cell(null, facts.gridCode(), department,
						(facts.tier() != null) ? facts.tier().name() : "", facts.channel().name(),
						(facts.categoryCode() != null) ? facts.categoryCode() : "");
				if (!query.groupBy().isTime()) {
					groups.computeIfAbsent(key(query.groupBy(), cell), (key) -> new Totals()).addNow(1, overdue);
				}
				total.addNow(1, overdue);
			}
		}
		Map<String, Map<String, Figure>> figures = new HashMap<>();
		groups.forEach((key, totals) -> {
			if (!totals.isEmpty()) {
				figures.put(key, indicators(totals));
			}
		});
		figures.put("total", indicators(total));
		return figures;
	}

	private static Map<String, Figure> indicators(Totals totals) {
		Map<String, Figure> indicators = new HashMap<>();
		for (Indicator indicator : Indicator.values()) {
			indicators.put(indicator.key(), indicator.of(totals));
		}
		return indicators;
	}

	private static String key(GroupBy groupBy, Cell cell) {
		return switch (groupBy) {
			case NONE -> "";
			case STREET -> cell.gridCode().substring(0, 9);
			case COMMUNITY -> cell.gridCode().substring(0, 12);
			case GRID -> cell.gridCode();
			case DEPARTMENT -> cell.departmentCode();
			case TIER -> cell.tier();
			case CATEGORY -> cell.categoryCode();
			case CHANNEL -> cell.channel();
			case DAY -> (cell.day() != null) ? cell.day().toString() : "";
			case WEEK -> (cell.day() != null) ? cell.day().with(java.time.DayOfWeek.MONDAY).toString() : "";
			case MONTH -> (cell.day() != null) ? cell.day().toString().substring(0, 7) : "";
		};
	}

	private static LocalDate min(LocalDate one, LocalDate other) {
		return one.isBefore(other) ? one : other;
	}

}

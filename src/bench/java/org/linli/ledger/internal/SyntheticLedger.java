package org.linli.ledger.internal;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;

import javax.sql.DataSource;

import org.linli.calendar.WorkingCalendar;
import org.linli.cases.CaseFacts;
import org.linli.cases.CaseId;
import org.linli.cases.CaseStatus;
import org.linli.cases.Channel;
import org.linli.cases.Rating;
import org.linli.catalogue.Tier;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Loads a synthetic district into the ledger's tables: {@code cases} cases over 10
 * streets × 20 communities × 10 grids, reported evenly from 2024-01-01 to 2026-10-31,
 * with realistic shares of affairs, returns, reworks, extensions, suspensions, ratings
 * and open cases. One street's cases are generated here and COPY'd in with the summary
 * rows their production {@link Contributions} add up to (so the tables look exactly as if
 * the events had built them); the database then copies that street to the nine others.
 */
public final class SyntheticLedger {

	public static final String DISTRICT = "310107";

	public static final String STREET = "310107005";

	private static final int STREETS = 10;

	private static final LocalDate FIRST_DAY = LocalDate.of(2024, 1, 1);

	private static final int DAYS = (int) (LocalDate.of(2026, 10, 31).toEpochDay() - FIRST_DAY.toEpochDay()) + 1;

	private static final String[] DEPARTMENTS = { "CG", "LH", "FG", "PCS", "SCJG", "JT" };

	private static final String[] CATEGORIES = { "06010", "06011", "06012", "06013", "01001", "01002", "02001",
			"03001", "04001", "05002", "07001", "08001", "1.4", "1.5", "2.1", "2.3", "3.1", "0.4", "0.5", "4.2" };

	private static final Channel[] CHANNELS = { Channel.WEB, Channel.WEB, Channel.PATROL, Channel.PATROL,
			Channel.PATROL, Channel.HOTLINE, Channel.HOTLINE, Channel.WALK_IN, Channel.PHONE, Channel.DEPUTY,
			Channel.OPEN311, Channel.SENSOR };

	private final DataSource dataSource;

	private final SplittableRandom random = new SplittableRandom(20261122);

	private final List<Map<Rollup.Row, long[]>> rollups = new ArrayList<>();

	public SyntheticLedger(DataSource dataSource) {
		this.dataSource = dataSource;
		for (int i = 0; i < Rollup.values().length; i++) {
			this.rollups.add(new HashMap<>());
		}
	}

	/** Loads the facts and the summary tables; answers the number of summary rows. */
	public long load(int cases) throws SQLException {
		long start = System.nanoTime();
		try (Connection connection = this.dataSource.getConnection()) {
			connection.setAutoCommit(true);
			try (Statement statement = connection.createStatement()) {
				statement.execute("drop index if exists ledger.case_fact_listing_idx");
				statement.execute("drop index if exists ledger.case_fact_open_idx");
				statement.execute("alter table ledger.case_fact drop constraint case_fact_pkey");
			}
			PGConnection pg = connection.unwrap(PGConnection.class);
			CopyIn facts = pg.getCopyAPI()
				.copyIn("copy ledger.case_fact (case_id, version, number, grid_code, community_code, street_code,"
						+ " channel, category_code, tier, status, department_code, reported_at, registered_at,"
						+ " closed_at, overdue_from, open, suspended, claimed, rating, return_count, rework_count,"
						+ " reopen_count, description) from stdin");
			StringBuilder batch = new StringBuilder(1 << 20);
			for (int i = 0; i < cases / STREETS; i++) {
				LedgerFact fact = next(i);
				count(fact);
				row(batch, fact);
				if (batch.length() > (1 << 20) - 2048) {
					write(facts, batch);
				}
			}
			write(facts, batch);
			facts.endCopy();
			System.out.printf("bench ledger_load_facts_s %.1f s%n", (System.nanoTime() - start) / 1e9);
			long rows = 0;
			for (Rollup rollup : Rollup.values()) {
				rows += copy(pg, rollup, this.rollups.get(rollup.ordinal()));
				this.rollups.get(rollup.ordinal()).clear();
			}
			System.out.printf("bench ledger_load_summaries_s %.1f s%n", (System.nanoTime() - start) / 1e9);
			try (Statement statement = connection.createStatement()) {
				copyToOtherStreets(statement);
				System.out.printf("bench ledger_load_other_streets_s %.1f s%n", (System.nanoTime() - start) / 1e9);
				statement.execute("alter table ledger.case_fact add primary key (case_id)");
				statement.execute(
						"create index case_fact_listing_idx on ledger.case_fact (grid_code, reported_at desc)");
				statement.execute("create index case_fact_open_idx on ledger.case_fact (grid_code) include"
						+ " (department_code, tier, channel, category_code, overdue_from) where open");
				statement.execute("vacuum analyze");
			}
			return rows * STREETS;
		}
	}

	/** Streets 310107001 … 310107010 get the same cases as 310107005, under their own codes and ids. */
	private static void copyToOtherStreets(Statement statement) throws SQLException {
		String others = "generate_series(1, " + STREETS + ") s where s <> 5";
		String street = "lpad(s::text, 3, '0')";
		statement.execute("insert into ledger.case_fact (case_id, version, number, grid_code, community_code,"
				+ " street_code, channel, category_code, tier, status, department_code, reported_at, registered_at,"
				+ " closed_at, overdue_from, open, suspended, claimed, rating, return_count, rework_count,"
				+ " reopen_count, description) select gen_random_uuid(), version, number,"
				+ " overlay(grid_code placing " + street + " from 7 for 3), overlay(community_code placing " + street
				+ " from 7 for 3), overlay(street_code placing " + street + " from 7 for 3), channel, category_code,"
				+ " tier, status, department_code, reported_at, registered_at, closed_at, overdue_from, open,"
				+ " suspended, claimed, rating, return_count, rework_count, reopen_count, description"
				+ " from ledger.case_fact cross join " + others);
		StringBuilder measures = new StringBuilder();
		for (Measure measure : Measure.values()) {
			measures.append(", ").append(measure.column());
		}
		for (Rollup rollup : Rollup.values()) {
			statement.execute("insert into " + rollup.table() + " (bucket, area_code, department_code, dim" + measures
					+ ") select bucket, overlay(area_code placing " + street + " from 7 for 3), department_code, dim"
					+ measures + " from " + rollup.table() + " cross join " + others);
		}
	}

	private LedgerFact next(int index) {
		int day = this.random.nextInt(DAYS);
		String grid = STREET + three(1 + this.random.nextInt(20)) + three(1 + this.random.nextInt(10));
		Instant reported = FIRST_DAY.plusDays(day)
			.atTime(7 + this.random.nextInt(12), this.random.nextInt(60))
			.atZone(WorkingCalendar.ZONE)
			.toInstant();
		boolean recent = day > DAYS - 10;
		Channel channel = CHANNELS[this.random.nextInt(CHANNELS.length)];
		String category = CATEGORIES[this.random.nextInt(CATEGORIES.length)];
		int roll = this.random.nextInt(100);
		if (roll < 5) {
			CaseStatus status = (roll < 3) ? CaseStatus.REJECTED : CaseStatus.MERGED;
			return fact(index, grid, channel, category, null, recent ? CaseStatus.REPORTED : status, reported, null,
					null, null, List.of(), List.of(), List.of(), 0, null, null);
		}
		Tier tier = (roll < 65) ? Tier.MAJOR : (roll < 92) ? Tier.COMMUNITY : Tier.PRIVATE;
		Instant registered = reported.plusSeconds(60L * (5 + this.random.nextInt(recent ? 100 : 240)));
		if (tier == Tier.PRIVATE) {
			Instant closed = registered.plusSeconds(60L * this.random.nextInt(600));
			return fact(index, grid, channel, category, tier, CaseStatus.CLOSED, reported, registered, closed,
					(long) this.random.nextInt(600), List.of(), List.of(), ratings(closed), 0, null, null);
		}
		boolean open = recent ? this.random.nextInt(3) > 0 : this.random.nextInt(200) == 0;
		List<CaseFacts.Order> orders = new ArrayList<>();
		Instant handled = registered.plusSeconds(3600L * (1 + this.random.nextInt(90)));
		Instant due = registered.plusSeconds(3600L * (24 + this.random.nextInt(96)));
		if (tier == Tier.MAJOR) {
			String department = DEPARTMENTS[this.random.nextInt(DEPARTMENTS.length)];
			Instant dispatched = registered.plusSeconds(600);
			if (this.random.nextInt(100) < 3) {
				orders.add(new CaseFacts.Order(UUID.randomUUID(), DEPARTMENTS[this.random.nextInt(DEPARTMENTS.length)],
						dispatched, due, dispatched, null, true, 0, 0, null));
				dispatched = dispatched.plusSeconds(3600);
			}
			int extensions = (this.random.nextInt(100) < 2) ? 1 : 0;
			orders.add(new CaseFacts.Order(UUID.randomUUID(), department, dispatched, due, dispatched,
					open ? null : handled, false, extensions, 0, open ? null : "done"));
		}
		if (open) {
			CaseStatus status = (tier == Tier.MAJOR)
					? ((this.random.nextInt(100) < 5) ? CaseStatus.SUSPENDED : CaseStatus.IN_PROGRESS)
					: CaseStatus.COMMUNITY_HANDLING;
			return fact(index, grid, channel, category, tier, status, reported, registered, null, null, orders,
					List.of(), List.of(), 0, null, null);
		}
		List<CaseFacts.Verification> verifications = new ArrayList<>();
		int reworks = 0;
		if (this.random.nextInt(100) < 2) {
			verifications.add(new CaseFacts.Verification(handled, handled.plusSeconds(3600), false));
			handled = handled.plusSeconds(3600L * 6);
			reworks = 1;
		}
		Instant closed = handled.plusSeconds(60L * (20 + this.random.nextInt(600)));
		verifications.add(new CaseFacts.Verification(handled, closed, true));
		Instant claimed = (tier == Tier.COMMUNITY && this.random.nextInt(10) == 0) ? registered.plusSeconds(1800)
				: null;
		return fact(index, grid, channel, category, tier, CaseStatus.CLOSED, reported, registered, closed,
				(closed.getEpochSecond() - registered.getEpochSecond()) / 180, orders, verifications, ratings(closed),
				reworks, claimed, handled);
	}

	private List<CaseFacts.Evaluation> ratings(Instant closed) {
		int roll = this.random.nextInt(100);
		if (roll >= 60) {
			return List.of();
		}
		Rating rating = (roll < 48) ? Rating.SATISFIED : (roll < 56) ? Rating.BASICALLY_SATISFIED : Rating.DISSATISFIED;
		return List.of(new CaseFacts.Evaluation(closed.plusSeconds(7200), rating));
	}

	private LedgerFact fact(int index, String grid, Channel channel, String category, Tier tier, CaseStatus status,
			Instant reported, Instant registered, Instant closed, Long minutes, List<CaseFacts.Order> orders,
			List<CaseFacts.Verification> verifications, List<CaseFacts.Evaluation> evaluations, int reworks,
			Instant claimed, Instant lastHandled) {
		Rating rating = evaluations.isEmpty() ? null : evaluations.get(0).rating();
		Instant evaluated = evaluations.isEmpty() ? null : evaluations.get(0).at();
		CaseFacts facts = new CaseFacts(new CaseId(new UUID(index, this.random.nextLong())), 1,
				"2024" + grid.substring(0, 9) + String.valueOf(1_000_000 + index % 1_000_000).substring(1), grid, grid.substring(0, 12),
				grid.substring(0, 9), channel, category, tier, status, "synthetic concern", null, null, reported,
				registered, closed, null, 0, (int) orders.stream().filter(CaseFacts.Order::returned).count(), reworks,
				0, claimed, rating, evaluated, orders, verifications, evaluations);
		List<Instant> verificationDues = verifications.stream()
			.map((verification) -> verification.handledAt().plusSeconds(8 * 3600))
			.toList();
		return new LedgerFact(facts, reported.plusSeconds(7200), verificationDues, minutes);
	}

	private void count(LedgerFact fact) {
		Contributions.of(fact).cells().forEach((cell, values) -> {
			for (Rollup rollup : Rollup.values()) {
				long[] sum = this.rollups.get(rollup.ordinal())
					.computeIfAbsent(rollup.row(cell), (row) -> new long[values.length]);
				for (int i = 0; i < values.length; i++) {
					sum[i] += values[i];
				}
			}
		});
	}

	private static void row(StringBuilder out, LedgerFact fact) {
		CaseFacts facts = fact.facts();
		String department = Contributions.responsibleOrder(facts).map(CaseFacts.Order::departmentCode).orElse(null);
		Instant overdueFrom = FactStore.overdueFrom(facts, Contributions.responsibleOrder(facts));
		out.append(facts.id().value()).append('\t').append(facts.version()).append('\t').append(facts.number());
		out.append('\t').append(facts.gridCode()).append('\t').append(facts.communityCode());
		out.append('\t').append(facts.streetCode()).append('\t').append(facts.channel().name());
		out.append('\t').append(facts.categoryCode()).append('\t').append(nullable(facts.tier()));
		out.append('\t').append(facts.status().name()).append('\t').append(nullable(department));
		out.append('\t').append(time(facts.reportedAt())).append('\t').append(time(facts.registeredAt()));
		out.append('\t').append(time(facts.closedAt())).append('\t').append(time(overdueFrom));
		out.append('\t').append(facts.status().isOpen()).append('\t').append(facts.status() == CaseStatus.SUSPENDED);
		out.append('\t').append(facts.claimedAt() != null).append('\t').append(nullable(facts.rating()));
		out.append('\t').append(facts.returns()).append('\t').append(facts.reworks()).append("\t0\t");
		out.append(facts.description()).append('\n');
	}

	private static long copy(PGConnection pg, Rollup rollup, Map<Rollup.Row, long[]> rows) throws SQLException {
		StringBuilder columns = new StringBuilder("bucket, area_code, department_code, dim");
		for (Measure measure : Measure.values()) {
			columns.append(", ").append(measure.column());
		}
		CopyIn copy = pg.getCopyAPI().copyIn("copy " + rollup.table() + " (" + columns + ") from stdin");
		StringBuilder batch = new StringBuilder(1 << 20);
		List<Map.Entry<Rollup.Row, long[]>> ordered = new ArrayList<>(rows.entrySet());
		// as the events would have appended them: day after day, every area of each day together
		ordered.sort(Comparator.comparing((Map.Entry<Rollup.Row, long[]> entry) -> entry.getKey().bucket())
			.thenComparing((entry) -> entry.getKey()));
		for (Map.Entry<Rollup.Row, long[]> entry : ordered) {
			Rollup.Row row = entry.getKey();
			batch.append(row.bucket()).append('\t').append(row.areaCode()).append('\t').append(row.departmentCode());
			batch.append('\t').append(row.dim());
			for (long value : entry.getValue()) {
				batch.append('\t').append(value);
			}
			batch.append('\n');
			if (batch.length() > (1 << 20) - 2048) {
				write(copy, batch);
			}
		}
		write(copy, batch);
		copy.endCopy();
		return rows.size();
	}

	private static void write(CopyIn copy, StringBuilder batch) throws SQLException {
		byte[] bytes = batch.toString().getBytes(StandardCharsets.UTF_8);
		copy.writeToCopy(bytes, 0, bytes.length);
		batch.setLength(0);
	}

	private static String time(Instant instant) {
		return (instant != null) ? instant.toString() : "\\N";
	}

	private static String three(int value) {
		return (value < 10) ? "00" + value : (value < 100) ? "0" + value : String.valueOf(value);
	}

	private static String nullable(Object value) {
		return (value != null) ? value.toString() : "\\N";
	}

}

package org.linli.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;
import org.linli.area.GridLocatorBenchmark;
import org.openjdk.jmh.results.RunResult;

/**
 * The whole benchmark in one run, so its ratios compare figures taken on the same machine
 * minutes apart: raw PostgreSQL inserts, intake over HTTP (saturation, and latency at a
 * fixed offered rate), point-to-grid, console and case page with many open cases stored,
 * intake again with those stored (growth), and two application nodes on one database.
 * <p>
 * Sizes are system properties: {@code bench.open-cases} (default 1,000,000),
 * {@code bench.seconds} per load phase (20), {@code bench.rate} (500 per second),
 * {@code bench.callers} for saturation (64), {@code bench.orders} overdue timers (60),
 * {@code bench.retries} idempotent keys retried across both nodes (200),
 * {@code bench.stored-cases} closed history added before intake is measured again (0: none;
 * 10,000,000 for the growth figure),
 * {@code bench.page-requests} timed per page (200, or as many as fit in four load phases);
 * {@code bench.skip-point-to-grid=true} leaves out the JMH part.
 */
class LinliBench {

	private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");

	private static final Duration WARM_UP = Duration.ofMinutes(1);

	/** The console's request for its new concerns' possible duplicates, made after the page. */
	private static final Pattern DUPLICATES = Pattern.compile("hx-get=\"(/console/duplicates[^\"]+)\"");

	private static final SecureRandom RANDOM = new SecureRandom();

	private final Figures figures = new Figures();

	private final long openCases = Long.getLong("bench.open-cases", 1_000_000);

	private final long storedCases = Long.getLong("bench.stored-cases", 0);

	private final Duration phase = Duration.ofSeconds(Long.getLong("bench.seconds", 20));

	private final int rate = Integer.getInteger("bench.rate", 500);

	private final int callers = Integer.getInteger("bench.callers", 64);

	private final int orders = Integer.getInteger("bench.orders", 60);

	private final int retries = Integer.getInteger("bench.retries", 200);

	private final int pageRequests = Integer.getInteger("bench.page-requests", 200);

	private final String run = Long.toString(System.currentTimeMillis(), 36);

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.executor(Executors.newVirtualThreadPerTaskExecutor())
		.connectTimeout(Duration.ofSeconds(10))
		.build();

	private final AtomicLong sequence = new AtomicLong();

	private final AtomicLong retriesAfterBusy = new AtomicLong();

	private DemoSpots spots;

	private String jdbcUrl;

	@Test
	void everyFigure() throws Exception {
		this.figures.note("machine: " + Runtime.getRuntime().availableProcessors() + " cores, Java "
				+ System.getProperty("java.version") + ", load average at start " + loadAverage());
		this.spots = new DemoSpots(50);
		Path data = Files.createTempDirectory("linli-bench-pg");
		try (EmbeddedPostgres postgres = EmbeddedPostgres.builder()
			.setDataDirectory(data)
			.setCleanDataDirectory(true)
			.setServerConfig("fsync", "on")
			.setServerConfig("synchronous_commit", "on")
			.setServerConfig("timezone", "Asia/Shanghai")
			.setServerConfig("max_connections", "200")
			.setServerConfig("shared_buffers", "512MB")
			.start()) {
			this.jdbcUrl = postgres.getJdbcUrl("postgres", "postgres");
			try (Node one = new Node("one", this.jdbcUrl)) {
				int pool = one.poolSize();
				double raw = rawInserts(pool);
				String worker = one.token(this.http, "worker1");
				long stored = count("select count(*) from cases.case");
				double intake = intake(List.of(one), worker, "stored_" + stored + "_cases");
				this.figures.add("intake_vs_raw_ratio", intake / raw, "ratio");
				if (!Boolean.getBoolean("bench.skip-point-to-grid")) {
					pointToGrid();
				}
				long open = new SyntheticCases(this.jdbcUrl).fillTo(this.openCases, this.spots);
				open = count("select count(*) from cases.case where status not in ('CLOSED', 'REJECTED', 'MERGED')");
				pages(one, open);
				if (this.storedCases > 0) {
					long started = System.nanoTime();
					long history = new SyntheticCases(this.jdbcUrl).closeHistoryTo(this.storedCases);
					this.figures.note("closed history loaded to " + history + " cases in "
							+ (System.nanoTime() - started) / 1_000_000_000 + " s");
				}
				double grown = intake(List.of(one), worker, "stored_" + count("select count(*) from cases.case")
						+ "_cases");
				this.figures.add("intake_growth_ratio_many_vs_few_stored", grown / intake, "ratio");
				try (Node two = new Node("two", this.jdbcUrl)) {
					twoNodes(one, two);
				}
			}
		}
		finally {
			this.figures.note("load average at end " + loadAverage());
			this.figures.printSummary();
		}
	}

	/** Single-row inserts of a concern-shaped row, one commit each, one connection per pool slot. */
	private double rawInserts(int connections) throws Exception {
		execute("create schema if not exists bench", "drop table if exists bench.raw_case",
				"create table bench.raw_case (like cases.case including all)");
		AtomicLong rows = new AtomicLong();
		long end = System.nanoTime() + this.phase.toNanos();
		List<Thread> threads = new ArrayList<>();
		long start = System.nanoTime();
		for (int c = 0; c < connections; c++) {
			int connectionNumber = c;
			threads.add(Thread.ofPlatform().start(() -> {
				try (Connection connection = DriverManager.getConnection(this.jdbcUrl, "postgres", "");
						PreparedStatement insert = connection.prepareStatement("""
								insert into bench.raw_case (id, number, tracking_token, channel, description, lat, lon,
								       address, grid_code, community_code, street_code, priority, status, reporter,
								       first_contact_owner, reported_at, version)
								values (?, ?, ?, 'PATROL', ?, ?, ?, 'Lane 1', ?, ?, ?, 'NORMAL', 'REPORTED', null,
								        'worker1', now(), 0)""")) {
					connection.setAutoCommit(true);
					long n = 0;
					while (System.nanoTime() < end) {
						DemoSpots.Spot spot = this.spots.spots.get((int) ((connectionNumber * 7919 + n) % this.spots.spots.size()));
						String grid = this.spots.grids.get((int) (n % this.spots.grids.size())).code();
						insert.setObject(1, UUID.randomUUID());
						insert.setString(2, "R%02d%016d".formatted(connectionNumber, n++));
						insert.setString(3, token());
						insert.setString(4, "bench concern: rubbish left by the gate of building " + n);
						insert.setDouble(5, spot.lat());
						insert.setDouble(6, spot.lon());
						insert.setString(7, grid);
						insert.setString(8, grid.substring(0, 12));
						insert.setString(9, grid.substring(0, 9));
						insert.executeUpdate();
						rows.incrementAndGet();
					}
				}
				catch (SQLException ex) {
					throw new IllegalStateException(ex);
				}
			}));
		}
		for (Thread thread : threads) {
			thread.join();
		}
		double perSecond = rows.get() / ((System.nanoTime() - start) / 1e9);
		this.figures.add("raw_pg_single_row_inserts_" + connections + "_connections", perSecond, "rows/s");
		// so that flushing and vacuuming the baseline's rows do not load the intake figures after it
		execute("drop table bench.raw_case", "checkpoint");
		return perSecond;
	}

	/** Saturation and fixed-rate intake over HTTP; answers the saturation rate. */
	private double intake(List<Node> nodes, String token, String label) throws Exception {
		LongFunction<HttpRequest> requests = (i) -> intakeRequest(nodes.get((int) (i % nodes.size())), token,
				"bench-" + this.run + "-" + this.sequence.incrementAndGet());
		// a minute of warm-up at least: after shorter ones the JIT had not finished, and the
		// first figure came out a third lower than the same load measured later in the run
		Load.closed(this.http, requests, this.callers, WARM_UP.compareTo(this.phase) > 0 ? WARM_UP : this.phase);
		Load.Result saturation = Load.closed(this.http, requests, this.callers, this.phase);
		check(saturation, "intake saturation");
		this.figures.add("intake_saturation_" + label, saturation.rate(), "requests/s");
		this.figures.add("intake_saturation_" + label + "_p99", saturation.millis(99), "ms");
		Load.Result fixed = Load.open(this.http, requests, this.rate, this.phase);
		for (Node node : nodes) {
			node.drain();
		}
		check(fixed, "intake at fixed rate");
		String name = "intake_at_" + this.rate + "_per_s_" + label;
		this.figures.add(name + "_offered", fixed.offered(), "requests/s");
		this.figures.add(name + "_achieved", fixed.rate(), "requests/s");
		this.figures.add(name + "_p50", fixed.millis(50), "ms");
		this.figures.add(name + "_p95", fixed.millis(95), "ms");
		this.figures.add(name + "_p99", fixed.millis(99), "ms");
		this.figures.add(name + "_refused_busy", fixed.statuses().getOrDefault(503, 0L), "requests");
		return saturation.rate();
	}

	private HttpRequest intakeRequest(Node node, String token, String key) {
		long n = this.sequence.get();
		DemoSpots.Spot spot = this.spots.spots.get((int) (Math.floorMod(key.hashCode(), this.spots.spots.size())));
		String body = """
				{"channel":"PATROL","description":"bench concern %d: rubbish left by the gate","lat":%s,"lon":%s,\
				"address":"Lane 1"}""".formatted(n, spot.lat(), spot.lon());
		return HttpRequest.newBuilder(URI.create(node.base + "/api/v1/cases"))
			.timeout(Duration.ofSeconds(30))
			.header("Content-Type", "application/json")
			.header("Authorization", "Bearer " + token)
			.header("Idempotency-Key", key)
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
	}

	private void pointToGrid() throws Exception {
		int threads = Runtime.getRuntime().availableProcessors();
		for (RunResult result : GridLocatorBenchmark.run(threads)) {
			this.figures.add(GridLocatorBenchmark.name(result, threads), result.getPrimaryResult().getScore(),
					"lookups/s");
		}
	}

	/** The dispatcher's console and case pages, signed in through the login form. */
	private void pages(Node node, long open) throws Exception {
		HttpClient dispatcher = node.pageSession("dispatcher");
		String size = "open_" + open;
		time(dispatcher, "console_first_page_" + size, (i) -> node.base + "/console");
		String console = dispatcher
			.send(HttpRequest.newBuilder(URI.create(node.base + "/console")).build(), HttpResponse.BodyHandlers.ofString())
			.body();
		Matcher duplicates = DUPLICATES.matcher(console);
		if (duplicates.find()) {
			String url = node.base + duplicates.group(1).replace("&amp;", "&");
			time(dispatcher, "console_duplicates_" + size, (i) -> url);
		}
		List<String> ids = new ArrayList<>();
		try (Connection connection = connection();
				Statement statement = connection.createStatement();
				ResultSet rows = statement
					.executeQuery("select id from cases.case where number not like 'S%' order by random() limit 200")) {
			while (rows.next()) {
				ids.add(rows.getString(1));
			}
		}
		time(dispatcher, "case_page_" + size, (i) -> node.base + "/cases/" + ids.get((int) (i % ids.size())));
	}

	private void time(HttpClient client, String name, LongFunction<String> urls) throws Exception {
		Histogram micros = new Histogram(TimeUnit.MINUTES.toMicros(5), 3);
		int failed = 0;
		long budgetEnd = System.nanoTime() + this.phase.toNanos() * 4;
		// at least three timed requests however slow the page, more while the budget lasts
		for (int i = -2; i < this.pageRequests && (i < 3 || System.nanoTime() < budgetEnd); i++) {
			long start = System.nanoTime();
			HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(urls.apply(i + 2))).build(),
					HttpResponse.BodyHandlers.ofString());
			long took = (System.nanoTime() - start) / 1000;
			if (response.statusCode() != 200) {
				failed++;
				if (failed == 1) {
					this.figures.note(name + " answered " + response.statusCode());
				}
			}
			if (i >= 0) {
				micros.recordValue(took);
			}
		}
		this.figures.add(name + "_requests_timed", micros.getTotalCount(), "requests");
		this.figures.add(name + "_p50", micros.getValueAtPercentile(50) / 1000.0, "ms");
		this.figures.add(name + "_p95", micros.getValueAtPercentile(95) / 1000.0, "ms");
		if (failed > 0) {
			this.figures.add(name + "_failed", failed, "requests");
		}
	}

	/**
	 * Two nodes on one database under intake load from both: orders whose sign due has
	 * passed each get exactly one overdue mark, and keys retried on both nodes at once
	 * each make exactly one case.
	 */
	private void twoNodes(Node one, Node two) throws Exception {
		List<Node> nodes = List.of(one, two);
		String resident = one.token(this.http, "resident1");
		String dispatcher = two.token(this.http, "dispatcher");
		List<String> caseIds = new ArrayList<>();
		for (int i = 0; i < this.orders; i++) {
			Node node = nodes.get(i % 2);
			HttpResponse<String> reported = this.http.send(intakeRequest(node, resident, "order-" + this.run + "-" + i),
					HttpResponse.BodyHandlers.ofString());
			Matcher id = ID.matcher(reported.body());
			if (reported.statusCode() != 201 || !id.find()) {
				throw new IllegalStateException("report failed: " + reported.statusCode() + " " + reported.body());
			}
			String caseId = id.group(1);
			act(nodes.get((i + 1) % 2), dispatcher, caseId, "accept", "{\"tier\":\"MAJOR\",\"categoryCode\":\"06010\"}");
			act(node, dispatcher, caseId, "dispatch", "{}");
			caseIds.add(caseId);
		}
		String inList = "'" + String.join("','", caseIds) + "'";
		execute("update cases.dispatch set sign_due = now() - interval '1 second' where case_id in (" + inList + ")",
				"update cases.scheduled_tasks set execution_time = now() where task_name = 'cases-overdue'"
						+ " and task_instance like '%/SIGNING' and split_part(task_instance, '/', 1) in (" + inList
						+ ")");
		CompletableFuture<Load.Result> load = CompletableFuture.supplyAsync(() -> {
			try {
				String worker = one.token(this.http, "worker2");
				return Load.closed(this.http, (i) -> intakeRequest(nodes.get((int) (i % 2)), worker,
						"two-" + this.run + "-" + this.sequence.incrementAndGet()), this.callers, this.phase);
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		});
		long retriedOk = retriedSubmissions(nodes, resident);
		Load.Result twoNodeLoad = load.join();
		this.figures.add("intake_saturation_two_nodes", twoNodeLoad.rate(), "requests/s");
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
		long waiting;
		while ((waiting = count("select count(*) from cases.scheduled_tasks where task_name = 'cases-overdue'"
				+ " and task_instance like '%/SIGNING' and split_part(task_instance, '/', 1) in (" + inList + ")")) > 0
				&& System.nanoTime() < deadline) {
			Thread.sleep(1000);
		}
		long marks = count("select count(*) from cases.timeline_entry where action = 'overdue-signing' and case_id in ("
				+ inList + ")");
		long marked = count("select count(distinct case_id) from cases.timeline_entry"
				+ " where action = 'overdue-signing' and case_id in (" + inList + ")");
		long flagged = count("select count(*) from cases.dispatch where sign_overdue_at is not null and case_id in ("
				+ inList + ")");
		this.figures.add("two_nodes_overdue_timers_due", this.orders, "timers");
		this.figures.add("two_nodes_overdue_timers_fired", marks, "timeline_entries");
		this.figures.add("two_nodes_overdue_timers_still_pending", waiting, "timers");
		this.figures.add("two_nodes_overdue_timers_fired_more_than_once", marks - marked, "timers");
		this.figures.add("two_nodes_orders_marked_overdue", flagged, "orders");
		long keys = count("select count(*) from cases.idempotency_key where key like 'retry-" + this.run + "-%'");
		long cases = count("select count(*) from cases.case where description like 'retry " + this.run + " %'");
		this.figures.add("two_nodes_retried_keys", this.retries, "keys");
		this.figures.add("two_nodes_retried_submissions_answered_2xx", retriedOk, "requests");
		this.figures.add("two_nodes_resent_after_503", this.retriesAfterBusy.get(), "requests");
		this.figures.add("two_nodes_cases_from_retried_keys", cases, "cases");
		this.figures.add("two_nodes_duplicate_cases_from_retries", cases - keys, "cases");
	}

	/**
	 * Each key sent twice to each node at once, every submission resent as its client
	 * would after a 503 (waiting Retry-After) until it gets a final answer; answers how
	 * many submissions ended 2xx.
	 */
	private long retriedSubmissions(List<Node> nodes, String token) {
		List<CompletableFuture<Integer>> sent = new ArrayList<>();
		for (int k = 0; k < this.retries; k++) {
			DemoSpots.Spot spot = this.spots.spots.get(k * 37 % this.spots.spots.size());
			String body = """
					{"channel":"WEB","description":"retry %s %d","lat":%s,"lon":%s}""".formatted(this.run, k,
					spot.lat(), spot.lon());
			for (int attempt = 0; attempt < 4; attempt++) {
				HttpRequest request = HttpRequest.newBuilder(URI.create(nodes.get(attempt % 2).base + "/api/v1/cases"))
					.timeout(Duration.ofSeconds(30))
					.header("Content-Type", "application/json")
					.header("Authorization", "Bearer " + token)
					.header("Idempotency-Key", "retry-" + this.run + "-" + k)
					.POST(HttpRequest.BodyPublishers.ofString(body))
					.build();
				sent.add(CompletableFuture.supplyAsync(() -> untilAnswered(request), (task) -> Thread.ofVirtual().start(task)));
			}
		}
		return sent.stream().map(CompletableFuture::join).filter((status) -> status / 100 == 2).count();
	}

	private int untilAnswered(HttpRequest request) {
		try {
			for (int attempt = 0; attempt < 60; attempt++) {
				HttpResponse<Void> response = this.http.send(request, HttpResponse.BodyHandlers.discarding());
				if (response.statusCode() != 503) {
					return response.statusCode();
				}
				this.retriesAfterBusy.incrementAndGet();
				Thread.sleep(1000 * response.headers().firstValueAsLong("Retry-After").orElse(1));
			}
			return 503;
		}
		catch (Exception ex) {
			return -1;
		}
	}

	private void act(Node node, String token, String caseId, String action, String body) throws Exception {
		HttpResponse<String> response = this.http.send(
				HttpRequest.newBuilder(URI.create(node.base + "/api/v1/cases/" + caseId + "/" + action))
					.header("Content-Type", "application/json")
					.header("Authorization", "Bearer " + token)
					.POST(HttpRequest.BodyPublishers.ofString(body))
					.build(),
				HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 200) {
			throw new IllegalStateException(action + " failed: " + response.statusCode() + " " + response.body());
		}
	}

	private void check(Load.Result result, String what) {
		if (result.failed() > 0) {
			this.figures.note(what + ": " + result.failed() + " of " + (result.ok() + result.failed())
					+ " requests failed, by status " + result.statuses());
		}
	}

	private Connection connection() throws SQLException {
		return DriverManager.getConnection(this.jdbcUrl, "postgres", "");
	}

	private void execute(String... sql) throws SQLException {
		try (Connection connection = connection(); Statement statement = connection.createStatement()) {
			for (String each : sql) {
				statement.execute(each);
			}
		}
	}

	private long count(String sql) throws SQLException {
		try (Connection connection = connection();
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery(sql)) {
			rows.next();
			return rows.getLong(1);
		}
	}

	private static String token() {
		byte[] bytes = new byte[24];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	private static String loadAverage() {
		try {
			return Files.readString(Path.of("/proc/loadavg")).strip();
		}
		catch (Exception ex) {
			return "unknown";
		}
	}

}

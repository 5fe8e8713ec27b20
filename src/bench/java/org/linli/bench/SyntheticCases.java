package org.linli.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Fills cases.case with open synthetic cases fast: one INSERT … SELECT over
 * generate_series per batch, computed inside PostgreSQL (no client round trip per row),
 * spread over the demo grids, the last year and the open statuses; dispatched and
 * in-progress cases get their order in cases.dispatch. Numbers start with "S", so they
 * never meet the real ones.
 */
final class SyntheticCases {

	private static final int BATCH = 100_000;

	private final String jdbcUrl;

	SyntheticCases(String jdbcUrl) {
		this.jdbcUrl = jdbcUrl;
	}

	/** Adds cases until {@code total} synthetic ones are stored; answers how many exist. */
	long fillTo(long total, DemoSpots spots) throws SQLException {
		try (Connection connection = DriverManager.getConnection(this.jdbcUrl, "postgres", "")) {
			try (Statement statement = connection.createStatement()) {
				statement.execute("create schema if not exists bench");
				statement.execute(
						"create table if not exists bench.grid (n int primary key, grid_code text, lat float8, lon float8)");
				statement.execute("truncate bench.grid");
			}
			try (PreparedStatement insert = connection.prepareStatement("insert into bench.grid values (?, ?, ?, ?)")) {
				for (int i = 0; i < spots.grids.size(); i++) {
					DemoSpots.Grid grid = spots.grids.get(i);
					insert.setInt(1, i);
					insert.setString(2, grid.code());
					insert.setDouble(3, grid.lat());
					insert.setDouble(4, grid.lon());
					insert.addBatch();
				}
				insert.executeBatch();
			}
			long stored = count(connection);
			while (stored < total) {
				long to = Math.min(total, stored + BATCH);
				load(connection, stored + 1, to, spots.grids.size());
				stored = to;
			}
			try (Statement statement = connection.createStatement()) {
				settle(statement, "cases.case", "cases.dispatch");
			}
			return stored;
		}
	}

	/**
	 * Adds closed synthetic cases (numbers starting with "T", no orders) until {@code total}
	 * cases of every kind are stored: history that intake and queues must not slow down on.
	 */
	long closeHistoryTo(long total) throws SQLException {
		try (Connection connection = DriverManager.getConnection(this.jdbcUrl, "postgres", "");
				Statement statement = connection.createStatement()) {
			long stored = single(statement, "select count(*) from cases.case");
			long closed = single(statement, "select count(*) from cases.case where number like 'T%'");
			int grids = (int) single(statement, "select count(*) from bench.grid");
			while (stored < total) {
				long batch = Math.min(BATCH * 5L, total - stored);
				try (PreparedStatement insert = connection.prepareStatement("""
						insert into cases.case (id, number, tracking_token, channel, description, lat, lon, address,
						       grid_code, community_code, street_code, category_code, tier, priority, status, reporter,
						       reported_at, registered_at, closed_at, rating, version)
						select md5('closed' || i)::uuid, 'T' || lpad(i::text, 18, '0'), md5('closed-token' || i) || 'history',
						       'WEB', 'closed synthetic concern ' || i || ': rubbish cleared, light repaired',
						       g.lat, g.lon, 'Lane ' || (i % 300), g.grid_code, left(g.grid_code, 12), left(g.grid_code, 9),
						       '06010', 'MAJOR', 'NORMAL', 'CLOSED', case when i % 3 = 0 then 'resident' || (i % 5000) end,
						       now() - interval '400 days' + (i % 1000000) * interval '30 seconds',
						       now() - interval '400 days' + (i % 1000000) * interval '30 seconds' + interval '5 minutes',
						       now() - interval '400 days' + (i % 1000000) * interval '30 seconds' + interval '3 days',
						       'SATISFIED', 7
						  from generate_series(?, ?) i join bench.grid g on g.n = i % ?""")) {
					insert.setLong(1, closed + 1);
					insert.setLong(2, closed + batch);
					insert.setInt(3, grids);
					insert.executeUpdate();
				}
				closed += batch;
				stored += batch;
			}
			settle(statement, "cases.case");
			return stored;
		}
	}

	/**
	 * Vacuums what was loaded and takes a checkpoint, as years of real history would
	 * have been long since: otherwise autovacuum and the flush of the bulk load would
	 * run during the figures taken after it.
	 */
	private static void settle(Statement statement, String... tables) throws SQLException {
		for (String table : tables) {
			statement.execute("vacuum (analyze) " + table);
		}
		statement.execute("checkpoint");
	}

	private static long single(Statement statement, String sql) throws SQLException {
		try (var rows = statement.executeQuery(sql)) {
			rows.next();
			return rows.getLong(1);
		}
	}

	private static long count(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement();
				var rows = statement.executeQuery("select count(*) from cases.case where number like 'S%'")) {
			rows.next();
			return rows.getLong(1);
		}
	}

	private static void load(Connection connection, long from, long to, int grids) throws SQLException {
		String cases = """
				insert into cases.case (id, number, tracking_token, channel, description, lat, lon, address, grid_code,
				       community_code, street_code, category_code, tier, priority, status, reporter, reported_at,
				       registered_at, running_due, version)
				select md5('case' || i)::uuid, 'S' || lpad(i::text, 18, '0'), md5('token' || i) || 'synthetic',
				       'WEB', 'synthetic concern number ' || i || ': rubbish left by the gate, lights out on the stairs',
				       g.lat + (random() - 0.5) * 0.0005, g.lon + (random() - 0.5) * 0.0005, 'Lane ' || (i % 300),
				       g.grid_code, left(g.grid_code, 12), left(g.grid_code, 9),
				       case when i % 20 = 0 then null else '06010' end,
				       case when i % 20 = 0 then null else 'MAJOR' end,
				       case when i % 50 = 0 then 'URGENT' else 'NORMAL' end,
				       case i % 20 when 0 then 'REPORTED' when 1 then 'REGISTERED' when 2 then 'HANDLED'
				            when 3 then 'COMMUNITY_HANDLING' else case when i % 2 = 0 then 'DISPATCHED' else 'IN_PROGRESS' end end,
				       case when i % 3 = 0 then 'resident' || (i % 5000) end,
				       now() - (i % 525600) * interval '1 minute',
				       case when i % 20 <> 0 then now() - (i % 525600) * interval '1 minute' + interval '5 minutes' end,
				       case when i % 20 >= 4 then now() - (i % 525600) * interval '1 minute' + interval '5 minutes'
				            + interval '5 days' end, 1
				  from generate_series(?, ?) i join bench.grid g on g.n = i % ?""";
		String orders = """
				insert into cases.dispatch (id, case_id, department_code, status, dispatched_at, sign_due, due, signed_at)
				select md5('order' || c.number)::uuid, c.id, d.codes[1 + abs(hashtext(c.number)) % array_length(d.codes, 1)],
				       case c.status when 'DISPATCHED' then 'DISPATCHED' else 'SIGNED' end,
				       c.registered_at, c.registered_at + interval '1 day', c.registered_at + interval '5 days',
				       case when c.status = 'IN_PROGRESS' then c.registered_at + interval '2 hours' end
				  from cases.case c, (select array_agg(code) codes from department.department where active) d
				 where c.number between ? and ? and c.status in ('DISPATCHED', 'IN_PROGRESS')""";
		try (PreparedStatement insert = connection.prepareStatement(cases)) {
			insert.setLong(1, from);
			insert.setLong(2, to);
			insert.setInt(3, grids);
			insert.executeUpdate();
		}
		try (PreparedStatement insert = connection.prepareStatement(orders)) {
			insert.setString(1, "S" + "%018d".formatted(from));
			insert.setString(2, "S" + "%018d".formatted(to));
			insert.executeUpdate();
		}
	}

}

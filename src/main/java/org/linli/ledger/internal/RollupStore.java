package org.linli.ledger.internal;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Adds contribution differences to the summary tables. Rows are touched table by table in
 * one fixed order (area, bucket, department, dim), so two cases changing at once never
 * wait for each other in a cycle.
 */
@Repository
class RollupStore {

	private static final String MEASURE_COLUMNS = Arrays.stream(Measure.values())
		.map(Measure::column)
		.collect(Collectors.joining(", "));

	private final JdbcTemplate jdbc;

	RollupStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	void add(Contributions difference) {
		if (difference.cells().isEmpty()) {
			return;
		}
		for (Rollup rollup : Rollup.values()) {
			Map<Rollup.Row, long[]> rows = new TreeMap<>();
			difference.cells().forEach((cell, values) -> {
				long[] sum = rows.computeIfAbsent(rollup.row(cell), (row) -> new long[values.length]);
				for (int i = 0; i < values.length; i++) {
					sum[i] += values[i];
				}
			});
			upsert(rollup, new ArrayList<>(rows.entrySet()));
		}
	}

	private void upsert(Rollup rollup, List<Map.Entry<Rollup.Row, long[]>> rows) {
		String updates = Arrays.stream(Measure.values())
			.map((measure) -> measure.column() + " = t." + measure.column() + " + excluded." + measure.column())
			.collect(Collectors.joining(", "));
		String sql = "insert into " + rollup.table() + " as t (bucket, area_code, department_code, dim, "
				+ MEASURE_COLUMNS + ") values (?, ?, ?, ?" + ", ?".repeat(Measure.values().length) + ")"
				+ " on conflict (area_code, bucket, department_code, dim) do update set " + updates;
		this.jdbc.batchUpdate(sql, new BatchPreparedStatementSetter() {

			@Override
			public void setValues(PreparedStatement statement, int index) throws SQLException {
				Rollup.Row row = rows.get(index).getKey();
				long[] values = rows.get(index).getValue();
				statement.setDate(1, Date.valueOf(row.bucket()));
				statement.setString(2, row.areaCode());
				statement.setString(3, row.departmentCode());
				statement.setString(4, row.dim());
				for (int i = 0; i < values.length; i++) {
					statement.setLong(5 + i, values[i]);
				}
			}

			@Override
			public int getBatchSize() {
				return rows.size();
			}

		});
	}

}

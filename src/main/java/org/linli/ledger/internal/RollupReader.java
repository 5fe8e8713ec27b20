package org.linli.ledger.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads sums from one summary table, and the open cases now from the fact rows (only open
 * cases are indexed there). Area codes are matched as prefixes by range: codes are
 * digits, and ':' sorts right after '9'.
 */
@Repository
class RollupReader {

	private static final String SUMS = Arrays.stream(Measure.values())
		.map((measure) -> "sum(" + measure.column() + ")")
		.collect(Collectors.joining(", "));

	private final JdbcClient jdbc;

	RollupReader(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Sums per group over the buckets from {@code first} to {@code last} inclusive. */
	Map<String, Totals> sums(Rollup rollup, String areaCode, String departmentCode, LocalDate first, LocalDate last,
			GroupBy groupBy) {
		String sql = "select " + groupBy.rollupExpression() + " as group_key, " + SUMS + " from " + rollup.table()
				+ " where area_code >= :lo and area_code < :hi and bucket between :first and :last"
				+ ((departmentCode != null) ? " and department_code = :department" : "") + " group by 1";
		Map<String, Totals> groups = new LinkedHashMap<>();
		var statement = this.jdbc.sql(sql)
			.param("lo", areaCode)
			.param("hi", areaCode + ":")
			.param("first", Date.valueOf(first))
			.param("last", Date.valueOf(last));
		if (departmentCode != null) {
			statement = statement.param("department", departmentCode);
		}
		statement.query((rs) -> {
			Totals totals = groups.computeIfAbsent(rs.getString(1), (key) -> new Totals());
			for (Measure measure : Measure.values()) {
				totals.add(measure, rs.getLong(2 + measure.ordinal()));
			}
		});
		return groups;
	}

	/** Open cases and those overdue at {@code now}, per group. */
	void addNow(Map<String, Totals> groups, String areaCode, String departmentCode, GroupBy groupBy, Instant now) {
		String key = (groupBy.factExpression() != null) ? groupBy.factExpression() : "''";
		String sql = "select " + key + ", count(*), count(*) filter (where overdue_from < :now)"
				+ " from ledger.case_fact where open and grid_code >= :lo and grid_code < :hi"
				+ ((departmentCode != null) ? " and department_code = :department" : "") + " group by 1";
		var statement = this.jdbc.sql(sql)
			.param("now", Timestamp.from(now))
			.param("lo", areaCode)
			.param("hi", areaCode + ":");
		if (departmentCode != null) {
			statement = statement.param("department", departmentCode);
		}
		statement.query((rs) -> {
			Totals totals = groups.computeIfAbsent(rs.getString(1), (group) -> new Totals());
			totals.addNow(rs.getLong(2), rs.getLong(3));
		});
	}

}

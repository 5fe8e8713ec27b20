package org.linli.ledger.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.linli.calendar.WorkingCalendar;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The community ledger (民情账本): every concern of an area from the ledger's own fact rows,
 * newest first, including the private and community affairs handled on the spot. The
 * caller's scope is checked by {@link LedgerQueries#visibleArea} before.
 */
@Service
@Transactional(readOnly = true)
public class CaseLedger {

	/** The most rows one export writes. */
	public static final int EXPORT_LIMIT = 100_000;

	private final JdbcClient jdbc;

	CaseLedger(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public record Page(List<LedgerEntry> entries, int page, int size, long total) {

		public Page {
			entries = List.copyOf(entries);
		}

		public boolean hasNext() {
			return (long) (this.page + 1) * this.size < this.total;
		}

	}

	public Page page(LedgerFilter filter, int page, int size) {
		Map<String, Object> params = new HashMap<>();
		String where = where(filter, params);
		long total = this.jdbc.sql("select count(*) from ledger.case_fact where " + where)
			.params(params)
			.query(Long.class)
			.single();
		List<LedgerEntry> entries = this.jdbc
			.sql("select * from ledger.case_fact where " + where
					+ " order by reported_at desc, case_id limit :limit offset :offset")
			.params(params)
			.param("limit", size)
			.param("offset", (long) page * size)
			.query(CaseLedger::entry)
			.list();
		return new Page(entries, page, size, total);
	}

	public void each(LedgerFilter filter, Consumer<LedgerEntry> consumer) {
		Map<String, Object> params = new HashMap<>();
		String where = where(filter, params);
		this.jdbc
			.sql("select * from ledger.case_fact where " + where + " order by reported_at desc, case_id limit "
					+ EXPORT_LIMIT)
			.params(params)
			.query((ResultSet rs) -> {
				consumer.accept(entry(rs, 0));
			});
	}

	private static String where(LedgerFilter filter, Map<String, Object> params) {
		StringBuilder where = new StringBuilder("version >= 0 and grid_code >= :lo and grid_code < :hi");
		params.put("lo", filter.areaCode());
		params.put("hi", filter.areaCode() + ":");
		if (filter.from() != null) {
			where.append(" and reported_at >= :from");
			params.put("from", Timestamp.from(filter.from().atStartOfDay(WorkingCalendar.ZONE).toInstant()));
		}
		if (filter.to() != null) {
			where.append(" and reported_at < :to");
			params.put("to", Timestamp.from(filter.to().plusDays(1).atStartOfDay(WorkingCalendar.ZONE).toInstant()));
		}
		if (filter.status() != null) {
			where.append(" and status = :status");
			params.put("status", filter.status().name());
		}
		if (filter.tier() != null) {
			where.append(" and tier = :tier");
			params.put("tier", filter.tier().name());
		}
		if (filter.channel() != null) {
			where.append(" and channel = :channel");
			params.put("channel", filter.channel().name());
		}
		if (filter.categoryCode() != null) {
			where.append(" and category_code = :category");
			params.put("category", filter.categoryCode());
		}
		if (filter.departmentCode() != null) {
			where.append(" and department_code = :department");
			params.put("department", filter.departmentCode());
		}
		return where.toString();
	}

	private static LedgerEntry entry(ResultSet rs, int row) throws SQLException {
		return new LedgerEntry(rs.getString("number"), instant(rs, "reported_at"), rs.getString("grid_code"),
				rs.getString("category_code"), rs.getString("tier"), rs.getString("channel"), rs.getString("status"),
				rs.getString("department_code"), rs.getString("description"), rs.getString("address"),
				rs.getString("outcome"), instant(rs, "closed_at"), rs.getString("rating"), rs.getInt("return_count"),
				rs.getInt("rework_count"), rs.getInt("reopen_count"), rs.getBoolean("claimed"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return (value != null) ? value.toInstant() : null;
	}

}

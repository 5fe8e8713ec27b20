package org.linli.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.linli.audit.AuditEntry;
import org.linli.audit.AuditLog;
import org.linli.audit.AuditPage;
import org.linli.audit.AuditQuery;
import org.linli.audit.AuditRecord;
import org.linli.shared.FieldProblem;
import org.linli.shared.InvalidInputException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

@Service
class JdbcAuditLog implements AuditLog {

	static final int MAX_PAGE_SIZE = 200;

	private static final TypeReference<Map<String, String>> DETAIL = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final JsonMapper json;

	JdbcAuditLog(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	@Override
	@Transactional(propagation = Propagation.REQUIRED)
	public void record(AuditEntry entry) {
		this.jdbc.sql("""
				insert into audit.entry (actor, action, target_type, target_id, detail)
				values (:actor, :action, :targetType, :targetId, cast(:detail as jsonb))
				""")
			.param("actor", entry.actor())
			.param("action", entry.action())
			.param("targetType", entry.targetType())
			.param("targetId", entry.targetId())
			.param("detail", this.json.writeValueAsString(entry.detail()))
			.update();
	}

	@Override
	@Transactional(readOnly = true)
	public AuditPage find(AuditQuery query, int page, int size) {
		check(query, page, size);
		StringBuilder where = new StringBuilder(" where true");
		Map<String, Object> params = new HashMap<>();
		condition(where, params, "target_type = :targetType", "targetType", query.targetType());
		condition(where, params, "target_id = :targetId", "targetId", query.targetId());
		condition(where, params, "actor = :actor", "actor", query.actor());
		condition(where, params, "occurred_at >= :from", "from", utc(query.from()));
		condition(where, params, "occurred_at < :to", "to", utc(query.to()));
		long total = this.jdbc.sql("select count(*) from audit.entry" + where)
			.params(params)
			.query(Long.class)
			.single();
		List<AuditRecord> items = this.jdbc
			.sql("select * from audit.entry" + where + " order by id desc limit :limit offset :offset")
			.params(params)
			.param("limit", size)
			.param("offset", (long) page * size)
			.query(this::toRecord)
			.list();
		return new AuditPage(items, page, size, total);
	}

	private static void check(AuditQuery query, int page, int size) {
		List<FieldProblem> problems = new ArrayList<>();
		if (page < 0) {
			problems.add(new FieldProblem("page", "audit.error.page"));
		}
		if (size < 1 || size > MAX_PAGE_SIZE) {
			problems.add(new FieldProblem("size", "audit.error.size", MAX_PAGE_SIZE));
		}
		if (query.from() != null && query.to() != null && !query.from().isBefore(query.to())) {
			problems.add(new FieldProblem("to", "audit.error.time-range"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException("error.invalid-input", problems);
		}
	}

	private static void condition(StringBuilder where, Map<String, Object> params, String clause, String name,
			Object value) {
		if (value != null) {
			where.append(" and ").append(clause);
			params.put(name, value);
		}
	}

	private static OffsetDateTime utc(Instant instant) {
		return (instant != null) ? OffsetDateTime.ofInstant(instant, ZoneOffset.UTC) : null;
	}

	private AuditRecord toRecord(ResultSet rs, int row) throws SQLException {
		return new AuditRecord(rs.getLong("id"), rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
				rs.getString("actor"), rs.getString("action"), rs.getString("target_type"), rs.getString("target_id"),
				this.json.readValue(rs.getString("detail"), DETAIL));
	}

}

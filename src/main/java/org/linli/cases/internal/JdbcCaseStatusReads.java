package org.linli.cases.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.linli.cases.CaseId;
import org.linli.cases.CaseStatus;
import org.linli.cases.CaseStatusQuery;
import org.linli.cases.CaseStatusReads;
import org.linli.cases.CaseStatusUpdate;
import org.linli.cases.CaseStatusView;
import org.linli.cases.Channel;
import org.linli.catalogue.Tier;
import org.linli.shared.Messages;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The status views other systems read, straight from the case tables: the active (else
 * the latest) order gives the department and due, the timeline the latest public step and
 * the final reply.
 */
@Component
@Transactional(readOnly = true)
class JdbcCaseStatusReads implements CaseStatusReads {

	/** The steps whose note is the answer to the reporter once the concern is over. */
	private static final String[] REPLY_STEPS = { "handle", "guide", "reject" };

	private static final String SELECT = """
			select c.id, c.number, c.status, c.channel, c.tier, c.category_code, c.description, c.address, c.lat, c.lon,
			       c.grid_code, c.community_code, c.street_code, c.reported_at, c.closed_at,
			       o.department_code, o.due, o.status as order_status, t.last_at, s.action as last_step,
			       r.note as reply
			  from cases.case c
			  left join lateral (select d.department_code, d.due, d.status from cases.dispatch d where d.case_id = c.id
			                      order by d.status in ('DISPATCHED', 'SIGNED', 'HANDLED') desc, d.dispatched_at desc
			                      limit 1) o on true
			  left join lateral (select max(e.at) as last_at from cases.timeline_entry e where e.case_id = c.id) t on true
			  left join lateral (select e.action from cases.timeline_entry e
			                      where e.case_id = c.id and e.action = any(:publicSteps) order by e.id desc limit 1) s on true
			  left join lateral (select e.note from cases.timeline_entry e
			                      where e.case_id = c.id and e.action = any(:replySteps) order by e.id desc limit 1) r on true
			""";

	/**
	 * Classified under a published category and not private, or in through one of the
	 * channels, or one of the ids.
	 */
	private static final String SELECTED = "((c.category_code = any(:categories) and c.tier is distinct from 'PRIVATE')"
			+ " or c.channel = any(:channels) or c.id = any(cast(:ids as uuid[])))";

	private final JdbcClient jdbc;

	private final Messages messages;

	JdbcCaseStatusReads(JdbcClient jdbc, Messages messages) {
		this.jdbc = jdbc;
		this.messages = messages;
	}

	@Override
	public Optional<CaseStatusView> find(CaseId id) {
		return this.jdbc.sql(SELECT + " where c.id = :id")
			.param("id", id.value())
			.param("publicSteps", publicSteps())
			.param("replySteps", REPLY_STEPS)
			.query(this::view)
			.optional();
	}

	@Override
	public List<CaseStatusView> findByNumbers(Collection<String> numbers) {
		if (numbers.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql(SELECT + " where c.number = any(:numbers)")
			.param("numbers", numbers.toArray(String[]::new))
			.param("publicSteps", publicSteps())
			.param("replySteps", REPLY_STEPS)
			.query(this::view)
			.list();
	}

	@Override
	public List<CaseStatusView> search(CaseStatusQuery query) {
		String status = "";
		if (query.open() != null) {
			status = query.open() ? " and c.status not in ('CLOSED', 'REJECTED', 'MERGED')"
					: " and c.status in ('CLOSED', 'REJECTED', 'MERGED')";
		}
		return this.jdbc
			.sql(SELECT + " where c.reported_at >= :from and c.reported_at < :to and " + SELECTED + status
					+ " order by c.reported_at desc, c.id limit :limit offset :offset")
			.param("from", Timestamp.from(query.from()))
			.param("to", Timestamp.from(query.to()))
			.param("categories", query.categoryCodes().toArray(String[]::new))
			.param("channels", query.channels().stream().map(Channel::name).toArray(String[]::new))
			.param("ids", ids(query))
			.param("limit", query.limit())
			.param("offset", query.offset())
			.param("publicSteps", publicSteps())
			.param("replySteps", REPLY_STEPS)
			.query(this::view)
			.list();
	}

	@Override
	public List<CaseStatusUpdate> updates(CaseStatusQuery query) {
		return this.jdbc.sql("""
				select e.id, e.case_id, c.number, e.action, e.at
				  from cases.timeline_entry e join cases.case c on c.id = e.case_id
				 where e.at >= :from and e.at < :to and e.action = any(:publicSteps)\s""" + "and " + SELECTED + """
				order by e.at, e.id limit :limit offset :offset""")
			.param("from", Timestamp.from(query.from()))
			.param("to", Timestamp.from(query.to()))
			.param("categories", query.categoryCodes().toArray(String[]::new))
			.param("channels", query.channels().stream().map(Channel::name).toArray(String[]::new))
			.param("ids", ids(query))
			.param("limit", query.limit())
			.param("offset", query.offset())
			.param("publicSteps", publicSteps())
			.query((rs, row) -> new CaseStatusUpdate(rs.getLong(1), new CaseId(rs.getObject(2, UUID.class)),
					rs.getString(3), rs.getString(4), this.messages.get("cases.track." + rs.getString(4)),
					instant(rs, 5)))
			.list();
	}

	private CaseStatusView view(ResultSet rs, int row) throws SQLException {
		CaseStatus status = CaseStatus.valueOf(rs.getString("status"));
		String orderStatus = rs.getString("order_status");
		boolean activeOrder = orderStatus != null && DispatchStatus.valueOf(orderStatus).isActive();
		String lastStep = rs.getString("last_step");
		String tier = rs.getString("tier");
		return new CaseStatusView(new CaseId(rs.getObject("id", UUID.class)), rs.getString("number"), status,
				Channel.valueOf(rs.getString("channel")), (tier != null) ? Tier.valueOf(tier) : null,
				rs.getString("category_code"), rs.getString("description"), rs.getString("address"),
				rs.getDouble("lat"), rs.getDouble("lon"), rs.getString("grid_code"), rs.getString("community_code"),
				rs.getString("street_code"), rs.getString("department_code"),
				(activeOrder && status.isOpen()) ? instant(rs, "due") : null, lastStep,
				(lastStep != null) ? this.messages.get("cases.track." + lastStep) : null,
				status.isOpen() ? null : rs.getString("reply"), instant(rs, "reported_at"), instant(rs, "last_at"),
				instant(rs, "closed_at"));
	}

	private static String[] publicSteps() {
		Set<String> steps = CaseReads.PUBLIC_STEPS;
		return steps.toArray(String[]::new);
	}

	private static String[] ids(CaseStatusQuery query) {
		return query.caseIds().stream().map(CaseId::toString).toArray(String[]::new);
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return (value != null) ? value.toInstant() : null;
	}

	private static Instant instant(ResultSet rs, int column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return (value != null) ? value.toInstant() : null;
	}

}

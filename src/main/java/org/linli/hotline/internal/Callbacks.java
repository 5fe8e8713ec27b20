package org.linli.hotline.internal;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.ObjectMapper;

import org.linli.calendar.WorkingCalendar;
import org.linli.cases.CaseId;
import org.linli.cases.CaseStatusReads;
import org.linli.cases.CaseStatusView;
import org.linli.shared.Messages;
import org.linli.shared.NotFoundException;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The outbox of callbacks to the hotline. A case event of a hotline concern adds one row
 * (once per event, so a redelivered event adds nothing) with the body to send: the
 * ticket, the concern's number, the new status with its words, the public note and, when
 * the concern is over, the final reply.
 */
@Service
@Transactional
public class Callbacks {

	private static final DateTimeFormatter W3C = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

	private final JdbcClient jdbc;

	private final Tickets tickets;

	private final CaseStatusReads reads;

	private final Messages messages;

	private final ObjectMapper json;

	private final HotlineProperties properties;

	private final Clock clock;

	Callbacks(JdbcClient jdbc, Tickets tickets, CaseStatusReads reads, Messages messages, ObjectMapper json,
			HotlineProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.tickets = tickets;
		this.reads = reads;
		this.messages = messages;
		this.json = json;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Adds the callback for a status change of a concern, if the concern came from the
	 * hotline. {@code event} identifies the change: the same event twice is one callback.
	 */
	void enqueue(Object event, CaseId caseId, String status, Instant occurredAt, Map<String, Object> extra) {
		Tickets.TicketOfCase ticket = this.tickets.ofCase(caseId.value()).orElse(null);
		if (ticket == null) {
			return;
		}
		CaseStatusView view = inHotlineLanguage(() -> this.reads.find(caseId)).orElse(null);
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("ticketNumber", ticket.ticketNumber());
		body.put("caseNumber", ticket.caseNumber());
		body.put("status", status);
		body.put("statusText", inHotlineLanguage(() -> this.messages.get("hotline.callback.status." + status)));
		body.put("occurredAt", W3C.format(occurredAt.truncatedTo(ChronoUnit.MILLIS).atZone(WorkingCalendar.ZONE)));
		body.put("note", (view != null) ? view.publicNote() : null);
		body.put("department", (view != null) ? view.departmentCode() : null);
		body.put("expectedAt", (view != null && view.expectedAt() != null)
				? W3C.format(view.expectedAt().atZone(WorkingCalendar.ZONE)) : null);
		boolean done = view != null && !view.isOpen() && !"REOPENED".equals(status);
		body.put("final", done);
		body.put("reply", done ? view.finalReply() : null);
		body.putAll(extra);
		Instant now = this.clock.instant();
		this.jdbc.sql("""
				insert into hotline.callback (event_id, ticket_number, case_number, status, payload, occurred_at,
				       next_attempt_at, created_at)
				values (:eventId, :ticket, :caseNumber, :status, :payload, :occurredAt, :now, :now)
				on conflict (event_id) do nothing""")
			.param("eventId", eventId(event))
			.param("ticket", ticket.ticketNumber())
			.param("caseNumber", ticket.caseNumber())
			.param("status", status)
			.param("payload", this.json.writeValueAsString(body))
			.param("occurredAt", Timestamp.from(occurredAt))
			.param("now", Timestamp.from(now))
			.update();
	}

	/**
	 * Callbacks by state: {@code FAILED} (waiting for an administrator), {@code FAILING}
	 * (still retried after a failure), {@code PENDING}, {@code SENT}; newest first.
	 */
	@PreAuthorize("hasRole('ADMIN')")
	@Transactional(readOnly = true)
	public List<CallbackView> list(String state, int limit) {
		String where = switch (state) {
			case "FAILING" -> "state = 'PENDING' and attempts > 0";
			case "PENDING", "SENT", "FAILED" -> "state = '" + state + "'";
			default -> throw new org.linli.shared.InvalidInputException("state", "hotline.error.state", state);
		};
		return this.jdbc.sql("""
				select id, ticket_number, case_number, status, state, attempts, occurred_at, next_attempt_at,
				       last_attempt_at, last_error, sent_at
				  from hotline.callback\s""" + "where " + where + " order by id desc limit :limit")
			.param("limit", limit)
			.query((rs, row) -> new CallbackView(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5), rs.getInt(6), instant(rs.getTimestamp(7)), instant(rs.getTimestamp(8)),
					instant(rs.getTimestamp(9)), rs.getString(10), instant(rs.getTimestamp(11))))
			.list();
	}

	/** Sends a failed (or failing) callback again at the next run. */
	@PreAuthorize("hasRole('ADMIN')")
	public void retry(long id) {
		int changed = this.jdbc.sql("""
				update hotline.callback set state = 'PENDING', next_attempt_at = :now
				 where id = :id and state <> 'SENT'""")
			.param("now", Timestamp.from(this.clock.instant()))
			.param("id", id)
			.update();
		if (changed == 0) {
			throw new NotFoundException("hotline.error.callback-not-found", id);
		}
	}

	private <T> T inHotlineLanguage(java.util.function.Supplier<T> work) {
		var previous = LocaleContextHolder.getLocaleContext();
		LocaleContextHolder.setLocale(this.properties.locale());
		try {
			return work.get();
		}
		finally {
			LocaleContextHolder.setLocaleContext(previous);
		}
	}

	/** The same event (type and content) always gives the same id. */
	static UUID eventId(Object event) {
		return UUID.nameUUIDFromBytes((event.getClass().getName() + ":" + event).getBytes(StandardCharsets.UTF_8));
	}

	private static Instant instant(Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

	public record CallbackView(long id, String ticketNumber, String caseNumber, String status, String state,
			int attempts, Instant occurredAt, Instant nextAttemptAt, Instant lastAttemptAt, String lastError,
			Instant sentAt) {

	}

}

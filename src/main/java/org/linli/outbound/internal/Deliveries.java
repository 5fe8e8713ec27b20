package org.linli.outbound.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import tools.jackson.databind.ObjectMapper;

import org.linli.outbound.CaseEventMessage;
import org.linli.shared.InvalidInputException;
import org.linli.shared.NotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Webhook deliveries: one row per subscriber and event, with the exact body to send.
 */
@Service
@Transactional
public class Deliveries {

	private final JdbcClient jdbc;

	private final ObjectMapper json;

	private final Clock clock;

	Deliveries(JdbcClient jdbc, ObjectMapper json, Clock clock) {
		this.jdbc = jdbc;
		this.json = json;
		this.clock = clock;
	}

	/**
	 * One delivery per subscriber of these targets; an event seen before adds nothing.
	 */
	void enqueue(CaseEventMessage message, List<Subscribers.Target> targets) {
		String payload = this.json.writeValueAsString(message);
		Timestamp now = Timestamp.from(this.clock.instant());
		for (Subscribers.Target target : targets) {
			this.jdbc.sql("""
					insert into outbound.delivery (subscriber_id, event_id, event_type, payload, occurred_at,
					       next_attempt_at, created_at)
					values (:subscriber, :eventId, :type, :payload, :occurredAt, :now, :now)
					on conflict (subscriber_id, event_id) do nothing""")
				.param("subscriber", target.subscriberId())
				.param("eventId", message.id())
				.param("type", message.type())
				.param("payload", payload)
				.param("occurredAt", (message.occurredAt() != null) ? Timestamp.from(message.occurredAt()) : null)
				.param("now", now)
				.update();
		}
	}

	/**
	 * Deliveries by state: {@code FAILED} (waiting for an administrator), {@code FAILING}
	 * (retried after a failure), {@code PENDING}, {@code DELIVERED}; newest first.
	 */
	@PreAuthorize("hasRole('ADMIN')")
	@Transactional(readOnly = true)
	public List<DeliveryView> list(String state, UUID subscriberId, int limit) {
		String where = switch (state) {
			case "FAILING" -> "d.state = 'PENDING' and d.attempts > 0";
			case "PENDING", "DELIVERED", "FAILED" -> "d.state = '" + state + "'";
			default -> throw new InvalidInputException("state", "outbound.error.state", state);
		};
		return this.jdbc
			.sql("""
					select d.id, d.subscriber_id, s.name, d.event_id, d.event_type, d.state, d.attempts, d.last_status,
					       d.last_error, d.occurred_at, d.next_attempt_at, d.delivered_at
					  from outbound.delivery d join outbound.subscriber s on s.id = d.subscriber_id
					 where (cast(:subscriber as uuid) is null or d.subscriber_id = :subscriber) and\s""" + where
					+ " order by d.id desc limit :limit")
			.param("subscriber", subscriberId)
			.param("limit", limit)
			.query((rs, row) -> new DeliveryView(rs.getLong(1), rs.getObject(2, UUID.class), rs.getString(3),
					rs.getObject(4, UUID.class), rs.getString(5), rs.getString(6), rs.getInt(7),
					(Integer) rs.getObject(8), rs.getString(9), instant(rs.getTimestamp(10)),
					instant(rs.getTimestamp(11)), instant(rs.getTimestamp(12))))
			.list();
	}

	@PreAuthorize("hasRole('ADMIN')")
	public void retry(long id) {
		int changed = this.jdbc.sql("""
				update outbound.delivery set state = 'PENDING', next_attempt_at = :now
				 where id = :id and state <> 'DELIVERED'""")
			.param("now", Timestamp.from(this.clock.instant()))
			.param("id", id)
			.update();
		if (changed == 0) {
			throw new NotFoundException("outbound.error.delivery-not-found", id);
		}
	}

	private static Instant instant(Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

	public record DeliveryView(long id, UUID subscriberId, String subscriberName, UUID eventId, String eventType,
			String state, int attempts, Integer lastStatus, String lastError, Instant occurredAt, Instant nextAttemptAt,
			Instant deliveredAt) {

	}

}

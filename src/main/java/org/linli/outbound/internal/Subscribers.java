package org.linli.outbound.internal;

import java.security.SecureRandom;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import org.linli.audit.AuditEntry;
import org.linli.audit.AuditLog;
import org.linli.identity.CurrentUser;
import org.linli.shared.FieldProblem;
import org.linli.shared.InvalidInputException;
import org.linli.shared.NotFoundException;
import org.linli.shared.database.TransactionBound;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The systems that receive case events by webhook. Adding one generates its signing
 * secret, shown once; disabling one stops new deliveries (those already written still go
 * out) until it is enabled again. Every change is audited.
 */
@Service
@Transactional
public class Subscribers {

	private static final Pattern URL = Pattern.compile("https?://[^\\s]{1,490}");

	private static final Pattern TYPE = Pattern.compile("[a-z]+(\\.[a-z]+)+");

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	private final Clock clock;

	private final AuditLog audit;

	Subscribers(JdbcClient jdbc, Clock clock, AuditLog audit) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.audit = audit;
	}

	@PreAuthorize("hasRole('ADMIN')")
	public Added add(String name, String url, List<String> eventTypes) {
		List<FieldProblem> problems = new ArrayList<>();
		String given = (name == null) ? "" : name.strip();
		if (given.isEmpty() || given.length() > 100) {
			problems.add(new FieldProblem("name", "outbound.error.name", 100));
		}
		if (url == null || !URL.matcher(url.strip()).matches()) {
			problems.add(new FieldProblem("url", "outbound.error.url"));
		}
		List<String> types = (eventTypes != null) ? eventTypes.stream().map(String::strip).distinct().toList()
				: List.of();
		for (int i = 0; i < types.size(); i++) {
			if (!TYPE.matcher(types.get(i)).matches()) {
				problems.add(new FieldProblem("eventTypes[" + i + "]", "outbound.error.event-type", types.get(i)));
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException("outbound.error.invalid", problems);
		}
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		String secret = "whsec_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		UUID id = UUID.randomUUID();
		Instant now = this.clock.instant();
		this.jdbc.sql("""
				insert into outbound.subscriber (id, name, url, secret, event_types, created_by, created_at)
				values (:id, :name, :url, :secret, :types, :by, :now)""")
			.param("id", id)
			.param("name", given)
			.param("url", url.strip())
			.param("secret", secret)
			.param("types", types.toArray(String[]::new))
			.param("by", CurrentUser.scope().username())
			.param("now", Timestamp.from(now))
			.update();
		Subscriber added = new Subscriber(id, given, url.strip(), types, true, now);
		record("WEBHOOK_SUBSCRIBER_ADDED", added);
		return new Added(added, secret);
	}

	@PreAuthorize("hasRole('ADMIN')")
	@Transactional(readOnly = true)
	public List<Subscriber> all() {
		return this.jdbc
			.sql("select id, name, url, event_types, active, created_at from outbound.subscriber"
					+ " order by created_at, name")
			.query((rs, row) -> subscriber(rs))
			.list();
	}

	/** Stops new deliveries to the subscriber. */
	@PreAuthorize("hasRole('ADMIN')")
	public Subscriber disable(UUID id) {
		Subscriber disabled = setActive(id, false);
		record("WEBHOOK_SUBSCRIBER_DISABLED", disabled);
		return disabled;
	}

	/** Delivers the events that happen from now on to the subscriber again. */
	@PreAuthorize("hasRole('ADMIN')")
	public Subscriber enable(UUID id) {
		Subscriber enabled = setActive(id, true);
		record("WEBHOOK_SUBSCRIBER_ENABLED", enabled);
		return enabled;
	}

	private Subscriber setActive(UUID id, boolean active) {
		return this.jdbc
			.sql("update outbound.subscriber set active = :active where id = :id"
					+ " returning id, name, url, event_types, active, created_at")
			.param("active", active)
			.param("id", id)
			.query((rs, row) -> subscriber(rs))
			.optional()
			.orElseThrow(() -> new NotFoundException("outbound.error.subscriber-not-found"));
	}

	private void record(String action, Subscriber subscriber) {
		this.audit.record(new AuditEntry(CurrentUser.scope().username(), action, "webhook-subscriber",
				subscriber.id().toString(), Map.of("name", subscriber.name())));
	}

	/**
	 * The active subscribers that want events of this type. Read once per transaction: a
	 * transaction that stores many cases (a batch of intakes) asks once, not per event.
	 */
	List<Target> targetsFor(String eventType) {
		return active().stream()
			.filter((wants) -> wants.eventTypes().isEmpty() || wants.eventTypes().contains(eventType))
			.map((wants) -> new Target(wants.subscriberId()))
			.toList();
	}

	private List<Active> active() {
		Actives known = TransactionBound.find(this);
		if (known != null) {
			return known.active;
		}
		List<Active> active = this.jdbc.sql("select id, event_types from outbound.subscriber where active")
			.query((rs, row) -> new Active(rs.getObject(1, UUID.class), List.of((String[]) rs.getArray(2).getArray())))
			.list();
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			new Actives(this, active).bind();
		}
		return active;
	}

	private static Subscriber subscriber(ResultSet rs) throws SQLException {
		Array types = rs.getArray("event_types");
		return new Subscriber(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("url"),
				Arrays.asList((String[]) types.getArray()), rs.getBoolean("active"),
				rs.getTimestamp("created_at").toInstant());
	}

	public record Subscriber(UUID id, String name, String url, List<String> eventTypes, boolean active,
			Instant createdAt) {

		public Subscriber {
			eventTypes = List.copyOf(eventTypes);
		}

	}

	/** A new subscriber with its signing secret, shown this once. */
	public record Added(Subscriber subscriber, String secret) {

	}

	record Target(UUID subscriberId) {
	}

	private record Active(UUID subscriberId, List<String> eventTypes) {
	}

	/** The active subscribers as read once in a transaction. */
	private static final class Actives extends TransactionBound {

		private final List<Active> active;

		Actives(Subscribers key, List<Active> active) {
			super(key);
			this.active = active;
		}

	}

}

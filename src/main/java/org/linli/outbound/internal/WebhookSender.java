package org.linli.outbound.internal;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Posts due webhook deliveries, oldest first. Each request carries the event type and id,
 * the delivery number, a timestamp and {@code X-Linli-Signature: sha256=<hex>}, the
 * HMAC-SHA256 of {@code <timestamp>.<body>} under the subscriber's secret. A 2xx answer
 * marks the delivery done; anything else is retried with a growing wait until the last
 * attempt leaves it FAILED for an administrator.
 */
@Component
public class WebhookSender {

	private static final Logger log = LoggerFactory.getLogger(WebhookSender.class);

	private static final int BATCH = 100;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final OutboundProperties properties;

	private final Clock clock;

	private final HttpClient http;

	WebhookSender(JdbcClient jdbc, TransactionTemplate transactions, OutboundProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.properties = properties;
		this.clock = clock;
		this.http = HttpClient.newBuilder().connectTimeout(properties.timeout()).build();
	}

	/** Sends what is due now; answers how many deliveries succeeded. */
	public int sendDue() {
		List<Long> due = this.jdbc.sql("""
				select id from outbound.delivery where state = 'PENDING' and next_attempt_at <= :now
				 order by next_attempt_at, id limit :batch""")
			.param("now", Timestamp.from(this.clock.instant()))
			.param("batch", BATCH)
			.query(Long.class)
			.list();
		int delivered = 0;
		for (Long id : due) {
			if (Boolean.TRUE.equals(this.transactions.execute((tx) -> attempt(id)))) {
				delivered++;
			}
		}
		return delivered;
	}

	private boolean attempt(long id) {
		Due due = this.jdbc.sql("""
				select d.payload, d.attempts, d.event_id::text, d.event_type, s.url, s.secret
				  from outbound.delivery d join outbound.subscriber s on s.id = d.subscriber_id
				 where d.id = :id and d.state = 'PENDING' and d.next_attempt_at <= :now
				   for update of d skip locked""")
			.param("id", id)
			.param("now", Timestamp.from(this.clock.instant()))
			.query((rs, row) -> new Due(id, rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4),
					rs.getString(5), rs.getString(6)))
			.optional()
			.orElse(null);
		if (due == null) {
			return false;
		}
		Outcome outcome = post(due);
		Instant now = this.clock.instant();
		int attempts = due.attempts() + 1;
		if (outcome.error() == null) {
			this.jdbc.sql("""
					update outbound.delivery set state = 'DELIVERED', attempts = :attempts, last_attempt_at = :now,
					       last_status = :status, last_error = null, delivered_at = :now where id = :id""")
				.param("attempts", attempts)
				.param("now", Timestamp.from(now))
				.param("status", outcome.status())
				.param("id", id)
				.update();
			return true;
		}
		boolean exhausted = attempts >= this.properties.maxAttempts();
		this.jdbc.sql("""
				update outbound.delivery set attempts = :attempts, last_attempt_at = :now, last_status = :status,
				       last_error = :error, state = :state, next_attempt_at = :next where id = :id""")
			.param("attempts", attempts)
			.param("now", Timestamp.from(now))
			.param("status", outcome.status())
			.param("error", outcome.error())
			.param("state", exhausted ? "FAILED" : "PENDING")
			.param("next", Timestamp.from(now.plus(this.properties.waitAfter(attempts))))
			.param("id", id)
			.update();
		log.warn("Webhook delivery {} failed (attempt {}): {}", id, attempts, outcome.error());
		return false;
	}

	private Outcome post(Due due) {
		String timestamp = String.valueOf(this.clock.instant().getEpochSecond());
		HttpRequest request = HttpRequest.newBuilder(URI.create(due.url()))
			.timeout(this.properties.timeout())
			.header("Content-Type", "application/json; charset=utf-8")
			.header("X-Linli-Event", due.eventType())
			.header("X-Linli-Event-Id", due.eventId())
			.header("X-Linli-Delivery", String.valueOf(due.id()))
			.header("X-Linli-Timestamp", timestamp)
			.header("X-Linli-Signature", "sha256=" + signature(due.secret(), timestamp, due.payload()))
			.POST(HttpRequest.BodyPublishers.ofString(due.payload(), StandardCharsets.UTF_8))
			.build();
		try {
			HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() / 100 == 2) {
				return new Outcome(response.statusCode(), null);
			}
			String body = response.body();
			return new Outcome(response.statusCode(),
					"HTTP " + response.statusCode() + ((body != null && !body.isBlank())
							? ": " + body.substring(0, Math.min(200, body.length())) : ""));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return new Outcome(null, "interrupted");
		}
		catch (Exception ex) {
			return new Outcome(null,
					ex.getClass().getSimpleName() + ((ex.getMessage() != null) ? ": " + ex.getMessage() : ""));
		}
	}

	/** The hex HMAC-SHA256 of {@code <timestamp>.<body>}: what a receiver recomputes. */
	public static String signature(String secret, String timestamp, String body) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return HexFormat.of().formatHex(mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HMAC-SHA256 is not available", ex);
		}
	}

	private record Due(long id, String payload, int attempts, String eventId, String eventType, String url,
			String secret) {
	}

	private record Outcome(Integer status, String error) {
	}

}

package org.linli.hotline.internal;

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
 * Sends the due callbacks, oldest first, one ticket's callbacks in the order they
 * happened (a callback waits while an earlier one of its ticket is still pending). Each
 * attempt locks its row, so two runs never send the same callback; a 2xx answer marks it
 * sent, anything else records the error and waits longer each time, until the last
 * attempt leaves it FAILED for an administrator.
 */
@Component
public class CallbackSender {

	private static final Logger log = LoggerFactory.getLogger(CallbackSender.class);

	private static final int BATCH = 50;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final HotlineSettings settings;

	private final HotlineProperties properties;

	private final Clock clock;

	private final HttpClient http;

	CallbackSender(JdbcClient jdbc, TransactionTemplate transactions, HotlineSettings settings,
			HotlineProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.settings = settings;
		this.properties = properties;
		this.clock = clock;
		this.http = HttpClient.newBuilder().connectTimeout(properties.timeout()).build();
	}

	/** Sends what is due now; answers how many callbacks were sent. */
	public int sendDue() {
		HotlineSettings.Settings target = this.settings.current();
		if (target.callbackUrl() == null) {
			return 0;
		}
		List<Long> due = this.jdbc.sql("""
				select c.id from hotline.callback c
				 where c.state = 'PENDING' and c.next_attempt_at <= :now
				   and not exists (select 1 from hotline.callback e
				                    where e.ticket_number = c.ticket_number and e.state = 'PENDING'
				                      and (e.occurred_at, e.id) < (c.occurred_at, c.id))
				 order by c.occurred_at, c.id limit :batch""")
			.param("now", Timestamp.from(this.clock.instant()))
			.param("batch", BATCH)
			.query(Long.class)
			.list();
		int sent = 0;
		for (Long id : due) {
			Boolean delivered = this.transactions.execute((tx) -> attempt(id, target));
			if (Boolean.TRUE.equals(delivered)) {
				sent++;
			}
		}
		return sent;
	}

	private boolean attempt(long id, HotlineSettings.Settings target) {
		Pending pending = this.jdbc.sql("""
				select payload, attempts, event_id::text from hotline.callback
				 where id = :id and state = 'PENDING' and next_attempt_at <= :now for update skip locked""")
			.param("id", id)
			.param("now", Timestamp.from(this.clock.instant()))
			.query((rs, row) -> new Pending(rs.getString(1), rs.getInt(2), rs.getString(3)))
			.optional()
			.orElse(null);
		if (pending == null) {
			return false;
		}
		String error = post(target, pending);
		Instant now = this.clock.instant();
		if (error == null) {
			this.jdbc.sql("""
					update hotline.callback set state = 'SENT', attempts = attempts + 1, last_attempt_at = :now,
					       sent_at = :now, last_error = null where id = :id""")
				.param("now", Timestamp.from(now))
				.param("id", id)
				.update();
			return true;
		}
		int attempts = pending.attempts() + 1;
		boolean exhausted = attempts >= this.properties.maxAttempts();
		this.jdbc.sql("""
				update hotline.callback set attempts = :attempts, last_attempt_at = :now, last_error = :error,
				       state = :state, next_attempt_at = :next where id = :id""")
			.param("attempts", attempts)
			.param("now", Timestamp.from(now))
			.param("error", error)
			.param("state", exhausted ? "FAILED" : "PENDING")
			.param("next", Timestamp.from(now.plus(this.properties.waitAfter(attempts))))
			.param("id", id)
			.update();
		log.warn("Hotline callback {} failed (attempt {}): {}", id, attempts, error);
		return false;
	}

	/** Null when the hotline took it, else what went wrong. */
	private String post(HotlineSettings.Settings target, Pending pending) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(target.callbackUrl()))
			.timeout(this.properties.timeout())
			.header("Content-Type", "application/json; charset=utf-8")
			.header("X-Linli-Event-Id", pending.eventId())
			.POST(HttpRequest.BodyPublishers.ofString(pending.payload(), StandardCharsets.UTF_8));
		if (target.hasSecret()) {
			request.header("X-Linli-Signature", "sha256=" + sign(target.secret(), pending.payload()));
		}
		try {
			HttpResponse<String> response = this.http.send(request.build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			if (response.statusCode() / 100 == 2) {
				return null;
			}
			String body = response.body();
			return "HTTP " + response.statusCode()
					+ ((body != null && !body.isBlank()) ? ": " + body.substring(0, Math.min(200, body.length())) : "");
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return "interrupted";
		}
		catch (Exception ex) {
			return ex.getClass().getSimpleName() + ((ex.getMessage() != null) ? ": " + ex.getMessage() : "");
		}
	}

	static String sign(String secret, String body) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HMAC-SHA256 is not available", ex);
		}
	}

	private record Pending(String payload, int attempts, String eventId) {
	}

}

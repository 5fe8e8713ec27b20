package org.linli.ledger;

import java.time.Duration;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Waits until the ledger has applied every case change published so far (its listener
 * runs after the case's transaction, on another thread).
 */
public final class LedgerAwait {

	private LedgerAwait() {
	}

	public static void settled(JdbcClient jdbc) throws InterruptedException {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
		while (pending(jdbc) > 0) {
			if (Instant.now().isAfter(deadline)) {
				throw new AssertionError("ledger still has unapplied case facts");
			}
			Thread.sleep(20);
		}
	}

	private static long pending(JdbcClient jdbc) {
		return jdbc.sql("""
				select count(*) from event_publication
				 where completion_date is null and listener_id like '%LedgerIngest%'""").query(Long.class).single();
	}

}

package org.linli.ledger;

import java.time.Duration;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Waits until the ledger has applied every case change committed so far (they wait in its
 * inbox until a batch on another thread applies them).
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
		return jdbc.sql("select count(*) from ledger.fact_inbox where failed_at is null").query(Long.class).single();
	}

}

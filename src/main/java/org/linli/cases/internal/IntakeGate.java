package org.linli.cases.internal;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.linli.shared.OverloadedException;

import org.springframework.stereotype.Component;

/**
 * Admission control for intake: at most {@code intakeConcurrency} intakes run at once and
 * the others wait at most {@code intakeQueueWait} for a turn; beyond that the caller is
 * told to retry later (503). A peak then degrades into quick refusals the client can
 * retry with its idempotency key, instead of every request waiting for a database
 * connection until all of them time out.
 */
@Component
class IntakeGate {

	private static final long RETRY_AFTER_SECONDS = 2;

	private final Semaphore turns;

	private final long waitNanos;

	private final ThreadLocal<Boolean> admitted = ThreadLocal.withInitial(() -> false);

	IntakeGate(CaseProperties properties) {
		this.turns = new Semaphore(properties.intakeConcurrency(), true);
		this.waitNanos = properties.intakeQueueWait().toNanos();
	}

	/**
	 * Waits for a turn. A thread that already has one (the request was admitted before
	 * authentication, or a file import takes many rows) keeps it.
	 */
	Pass enter() {
		if (this.admitted.get()) {
			return () -> {
			};
		}
		try {
			if (!this.turns.tryAcquire(this.waitNanos, TimeUnit.NANOSECONDS)) {
				throw new OverloadedException(RETRY_AFTER_SECONDS, "cases.error.busy");
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new OverloadedException(RETRY_AFTER_SECONDS, "cases.error.busy");
		}
		this.admitted.set(true);
		return () -> {
			this.admitted.remove();
			this.turns.release();
		};
	}

	interface Pass extends AutoCloseable {

		@Override
		void close();

	}

}

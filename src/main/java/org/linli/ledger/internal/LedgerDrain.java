package org.linli.ledger.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import org.linli.cases.CaseFacts;
import org.linli.shared.database.TransactionBound;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Receives the cases' facts into the ledger's inbox and applies them in batches, on a
 * thread of its own: woken as soon as a transaction that put facts in commits, and every
 * second regardless (facts another node put in). After a batch it waits 50 ms for the
 * next to gather, so the busier the intake, the larger the batches. A batch that fails is
 * applied one fact at a time, and a fact that still fails is set aside with its error
 * until the next start: one bad fact never holds up the others, and none is lost.
 */
@Component
class LedgerDrain implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(LedgerDrain.class);

	private static final int BATCH = 500;

	private static final long IDLE_NANOS = Duration.ofSeconds(1).toNanos();

	private static final Duration GATHER = Duration.ofMillis(50);

	private final LedgerIngest ingest;

	private final LedgerInbox inbox;

	private volatile Thread worker;

	LedgerDrain(LedgerIngest ingest, LedgerInbox inbox) {
		this.ingest = ingest;
		this.inbox = inbox;
	}

	/**
	 * Puts the facts in the inbox, in the transaction that changed the case (all the
	 * facts of one transaction with one statement, just before it commits), and wakes the
	 * drain once it commits. Not a transactional event listener: Spring Modulith would
	 * store each such event in its publication registry.
	 */
	@EventListener
	void receive(CaseFacts facts) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			this.inbox.add(List.of(facts));
			wake();
			return;
		}
		Uncommitted received = TransactionBound.find(this);
		if (received == null) {
			received = new Uncommitted();
			received.bind();
		}
		received.facts.add(facts);
	}

	private void wake() {
		Thread current = this.worker;
		if (current != null) {
			LockSupport.unpark(current);
		}
	}

	@Override
	public void start() {
		int retried = this.inbox.retryAll();
		if (retried > 0) {
			log.info("Retrying {} case facts the ledger had set aside", retried);
		}
		Thread started = Thread.ofPlatform().name("ledger-drain").daemon().unstarted(this::run);
		this.worker = started;
		started.start();
	}

	@Override
	public void stop() {
		Thread stopping = this.worker;
		this.worker = null;
		if (stopping != null) {
			LockSupport.unpark(stopping);
			try {
				stopping.join(TimeUnit.SECONDS.toMillis(10));
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	@Override
	public boolean isRunning() {
		return this.worker != null;
	}

	private void run() {
		while (this.worker == Thread.currentThread()) {
			int taken;
			try {
				taken = drainOnce();
			}
			catch (RuntimeException ex) {
				log.warn("The ledger could not apply case facts; trying again in a second", ex);
				taken = 0;
			}
			if (taken == 0) {
				LockSupport.parkNanos(IDLE_NANOS);
			}
			else if (taken < BATCH) {
				gather();
			}
		}
	}

	/**
	 * Lets the facts of the transactions committing meanwhile gather into the next batch.
	 */
	private static void gather() {
		try {
			Thread.sleep(GATHER);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private int drainOnce() {
		try {
			return this.ingest.applyWaiting(BATCH);
		}
		catch (RuntimeException ex) {
			log.warn("A batch of case facts failed; applying them one at a time", ex);
			int taken = 0;
			while (taken < BATCH && this.ingest.applyOldestAlone() > 0) {
				taken++;
			}
			return taken;
		}
	}

	/** The facts one transaction put in, stored together just before it commits. */
	private final class Uncommitted extends TransactionBound {

		private final List<CaseFacts> facts = new ArrayList<>();

		Uncommitted() {
			super(LedgerDrain.this);
		}

		@Override
		public void beforeCommit(boolean readOnly) {
			LedgerDrain.this.inbox.add(this.facts);
		}

		@Override
		public void afterCompletion(int status) {
			super.afterCompletion(status);
			if (status == STATUS_COMMITTED) {
				wake();
			}
		}

	}

}

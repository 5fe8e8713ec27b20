package org.linli.ledger.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.linli.cases.CaseFacts;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the read model in step with the cases. The facts of a change are put in the
 * ledger's inbox in the transaction that changes the case, and applied in batches after
 * it commits ({@link LedgerDrain}). A batch locks its cases' rows, drops facts not newer
 * than those stored (a late or repeated delivery), and adds the sum of its cases'
 * contribution differences to each summary row once: reports arriving together in one
 * street no longer queue, one transaction each, on that street's row of the day.
 */
@Component
class LedgerIngest {

	private final LedgerInbox inbox;

	private final FactStore facts;

	private final RollupStore rollups;

	private final FactEnricher enricher;

	private final TransactionTemplate savepoint;

	LedgerIngest(LedgerInbox inbox, FactStore facts, RollupStore rollups, FactEnricher enricher,
			PlatformTransactionManager transactions) {
		this.inbox = inbox;
		this.facts = facts;
		this.rollups = rollups;
		this.enricher = enricher;
		this.savepoint = new TransactionTemplate(transactions);
		this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
	}

	/**
	 * Applies the oldest waiting facts, at most this many; answers how many were taken.
	 */
	@Transactional
	int applyWaiting(int limit) {
		List<LedgerInbox.Received> taken = this.inbox.take(limit);
		apply(taken.stream().map(this.inbox::read).toList());
		this.inbox.remove(taken);
		return taken.size();
	}

	/**
	 * Applies the oldest waiting facts alone; if they fail, sets them aside with the
	 * error instead. Answers how many were taken (none when nothing waits).
	 */
	@Transactional
	int applyOldestAlone() {
		List<LedgerInbox.Received> taken = this.inbox.take(1);
		if (taken.isEmpty()) {
			return 0;
		}
		LedgerInbox.Received oldest = taken.get(0);
		try {
			this.savepoint.executeWithoutResult((status) -> apply(List.of(this.inbox.read(oldest))));
			this.inbox.remove(taken);
		}
		catch (RuntimeException ex) {
			this.inbox.setAside(oldest.id(), ex.toString());
		}
		return 1;
	}

	/** Applies the facts; of several for one case, only the newest counts. */
	@Transactional
	void apply(List<CaseFacts> delivered) {
		Map<UUID, CaseFacts> newest = new TreeMap<>();
		delivered.forEach((event) -> newest.merge(event.id().value(), event,
				(one, other) -> (one.version() >= other.version()) ? one : other));
		if (newest.isEmpty()) {
			return;
		}
		Map<UUID, FactStore.Stored> stored = this.facts.lock(newest.keySet());
		List<Contributions> differences = new ArrayList<>();
		List<LedgerFact> changed = new ArrayList<>();
		for (CaseFacts event : newest.values()) {
			FactStore.Stored before = stored.get(event.id().value());
			if (before.version() >= event.version()) {
				continue;
			}
			LedgerFact next = this.enricher.enrich(event);
			differences
				.add(Contributions.of(next).minus(before.fact().map(Contributions::of).orElseGet(Contributions::none)));
			changed.add(next);
		}
		this.rollups.add(Contributions.sum(differences));
		this.facts.save(changed);
	}

}

package org.linli.ledger.internal;

import org.linli.cases.CaseFacts;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the read model in step with the cases. Runs after the case's transaction commits,
 * in its own; the event publication registry keeps the event until this succeeds. The
 * case's row is locked first, so changes of one case apply one at a time, and facts older
 * than those stored (a late or repeated delivery) change nothing.
 */
@Component
public class LedgerIngest {

	private final FactStore facts;

	private final RollupStore rollups;

	private final FactEnricher enricher;

	LedgerIngest(FactStore facts, RollupStore rollups, FactEnricher enricher) {
		this.facts = facts;
		this.rollups = rollups;
		this.enricher = enricher;
	}

	@ApplicationModuleListener
	void on(CaseFacts event) {
		apply(event);
	}

	@Transactional
	public void apply(CaseFacts event) {
		FactStore.Stored stored = this.facts.lock(event.id().value());
		if (stored.version() >= event.version()) {
			return;
		}
		LedgerFact next = this.enricher.enrich(event);
		Contributions before = stored.fact().map(Contributions::of).orElseGet(Contributions::none);
		this.rollups.add(Contributions.of(next).minus(before));
		this.facts.save(next);
	}

}

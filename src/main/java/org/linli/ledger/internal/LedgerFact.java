package org.linli.ledger.internal;

import java.time.Instant;
import java.util.List;

import org.linli.cases.CaseFacts;

/**
 * A case as the ledger keeps it: the published facts, with the deadlines and working time
 * the ledger derived from them once, when they arrived (so a later change of the working
 * calendar does not rewrite past figures).
 *
 * @param facts the facts as published
 * @param registrationDue by when the case had to be registered
 * @param verificationDues by when each result had to be checked, one per verification
 * @param closeWorkingMinutes working time from registration to the current closure, null
 * while open
 */
public record LedgerFact(CaseFacts facts, Instant registrationDue, List<Instant> verificationDues,
		Long closeWorkingMinutes) {

	public LedgerFact {
		verificationDues = List.copyOf(verificationDues);
	}

}

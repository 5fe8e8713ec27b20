package org.linli.ledger.internal;

import java.time.Instant;

/**
 * One concern as the community ledger lists it, with what was done about it. No
 * reporter's name or phone: the ledger never receives them.
 */
public record LedgerEntry(String number, Instant reportedAt, String gridCode, String categoryCode, String tier,
		String channel, String status, String departmentCode, String description, String address, String outcome,
		Instant closedAt, String rating, int returns, int reworks, int reopenings, boolean claimed) {

}

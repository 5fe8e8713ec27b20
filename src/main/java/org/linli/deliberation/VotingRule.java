package org.linli.deliberation;

/**
 * How a vote is decided.
 * <ul>
 * <li>{@code HOUSEHOLD_MAJORITY}: one household one vote (一户一票), with a configurable
 * quorum (default at least 2/3 of the households voting) and approval (default more than
 * 1/2 of the ballots cast for).</li>
 * <li>{@code OWNERS_DOUBLE_MAJORITY}: Civil Code art. 278 — owners of at least 2/3 of the
 * exclusive floor area and at least 2/3 of the owners take part; more than half of the
 * participating owners and of their area approve.</li>
 * <li>{@code OWNERS_DOUBLE_MAJORITY_3_4}: the same participation; at least 3/4 of the
 * participating owners and of their area approve (the matters art. 278 lists in items 6
 * to 8: raising or using maintenance funds, rebuilding, changing the use of common parts
 * — installing a lift in practice).</li>
 * </ul>
 */
public enum VotingRule {

	HOUSEHOLD_MAJORITY, OWNERS_DOUBLE_MAJORITY, OWNERS_DOUBLE_MAJORITY_3_4;

	public boolean isOwnersVote() {
		return this != HOUSEHOLD_MAJORITY;
	}

}

package org.linli.deliberation.internal;

import java.math.BigDecimal;
import java.util.List;

import org.linli.deliberation.VoteOutcome;
import org.linli.deliberation.VotingRule;

/**
 * A vote counted: households and floor area of the electorate, of the ballots cast and of
 * each choice; each condition of the rule with its numerator, denominator and threshold;
 * and the outcome those conditions give.
 */
public record Tally(VotingRule rule, Count electorate, Count cast, Count forVotes, Count against, Count abstain,
		List<Condition> conditions, VoteOutcome outcome) {

	public Tally {
		conditions = List.copyOf(conditions);
	}

	public record Count(long households, BigDecimal area) {

		static final Count NONE = new Count(0, BigDecimal.ZERO);

		Count plus(BigDecimal floorArea) {
			return new Count(this.households + 1, this.area.add(floorArea));
		}

	}

	/**
	 * @param key what is measured: {@code turnout-households}, {@code turnout-area},
	 * {@code approval-households}, {@code approval-area}
	 */
	public record Condition(String key, BigDecimal numerator, BigDecimal denominator, String threshold, boolean met) {

	}

}

package org.linli.deliberation.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.linli.deliberation.Choice;
import org.linli.deliberation.VoteOutcome;
import org.linli.deliberation.VotingRule;

/**
 * Counts a vote under its rule. Turnout counts every ballot cast, abstentions included;
 * approval counts the ballots for against all ballots cast. For an owners' vote both the
 * number of owners and their exclusive floor area must meet each threshold (Civil Code
 * art. 278): turnout at least 2/3, approval more than 1/2 or at least 3/4; for a
 * household vote the thresholds are the vote's own and only households count.
 */
final class VoteRules {

	private VoteRules() {
	}

	/**
	 * @param ballots each household's last choice; households outside the electorate are
	 * ignored
	 */
	static Tally count(VotingRule rule, Threshold quorum, Threshold approval, List<Voter> electorate,
			Map<Long, Choice> ballots) {
		Tally.Count all = Tally.Count.NONE;
		Tally.Count cast = Tally.Count.NONE;
		Tally.Count forVotes = Tally.Count.NONE;
		Tally.Count against = Tally.Count.NONE;
		Tally.Count abstain = Tally.Count.NONE;
		for (Voter voter : electorate) {
			all = all.plus(voter.floorArea());
			Choice choice = ballots.get(voter.householdId());
			if (choice == null) {
				continue;
			}
			cast = cast.plus(voter.floorArea());
			switch (choice) {
				case FOR -> forVotes = forVotes.plus(voter.floorArea());
				case AGAINST -> against = against.plus(voter.floorArea());
				case ABSTAIN -> abstain = abstain.plus(voter.floorArea());
			}
		}
		List<Tally.Condition> conditions = new ArrayList<>();
		Threshold turnout = rule.isOwnersVote() ? Threshold.AT_LEAST_TWO_THIRDS : quorum;
		Threshold approve = switch (rule) {
			case HOUSEHOLD_MAJORITY -> approval;
			case OWNERS_DOUBLE_MAJORITY -> Threshold.MORE_THAN_HALF;
			case OWNERS_DOUBLE_MAJORITY_3_4 -> Threshold.AT_LEAST_THREE_QUARTERS;
		};
		conditions.add(condition("turnout-households", cast.households(), all.households(), turnout));
		if (rule.isOwnersVote()) {
			conditions.add(condition("turnout-area", cast.area(), all.area(), turnout));
		}
		conditions.add(condition("approval-households", forVotes.households(), cast.households(), approve));
		if (rule.isOwnersVote()) {
			conditions.add(condition("approval-area", forVotes.area(), cast.area(), approve));
		}
		boolean passed = conditions.stream().allMatch(Tally.Condition::met);
		return new Tally(rule, all, cast, forVotes, against, abstain, conditions,
				passed ? VoteOutcome.PASSED : VoteOutcome.FAILED);
	}

	private static Tally.Condition condition(String key, long part, long whole, Threshold threshold) {
		return condition(key, BigDecimal.valueOf(part), BigDecimal.valueOf(whole), threshold);
	}

	/** Nothing out of nothing meets no threshold: no ballots cast approve nothing. */
	private static Tally.Condition condition(String key, BigDecimal part, BigDecimal whole, Threshold threshold) {
		boolean met = whole.signum() > 0 && threshold.met(part, whole);
		return new Tally.Condition(key, part, whole, threshold.toString(), met);
	}

}

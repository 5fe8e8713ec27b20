package org.linli.deliberation.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.linli.deliberation.Choice;
import org.linli.deliberation.VoteOutcome;
import org.linli.deliberation.VotingRule;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each rule's thresholds at, just below and just above their bounds, by households and by
 * floor area.
 */
class VoteRulesTest {

	private static final Threshold TWO_THIRDS = Threshold.AT_LEAST_TWO_THIRDS;

	private static final Threshold HALF = Threshold.MORE_THAN_HALF;

	// one household, one vote: at least 2/3 voting, more than 1/2 of those for

	@Test
	void householdTurnoutMeetsTwoThirdsExactlyButNotOneHouseholdLess() {
		assertThat(householdVote(9, 6, 6).conditions().get(0).met()).isTrue();
		assertThat(householdVote(9, 5, 5).conditions().get(0).met()).isFalse();
		assertThat(householdVote(9, 7, 7).conditions().get(0).met()).isTrue();
		assertThat(householdVote(9, 5, 5).outcome()).isEqualTo(VoteOutcome.FAILED);
	}

	@Test
	void householdApprovalNeedsMoreThanHalfOfTheBallotsCastSoExactlyHalfFails() {
		assertThat(householdVote(6, 6, 3).outcome()).isEqualTo(VoteOutcome.FAILED);
		assertThat(householdVote(6, 6, 4).outcome()).isEqualTo(VoteOutcome.PASSED);
		assertThat(householdVote(6, 6, 2).outcome()).isEqualTo(VoteOutcome.FAILED);
	}

	@Test
	void abstentionsCountForTurnoutButNotForApproval() {
		List<Voter> roll = equalRoll(3, "50");
		Tally tally = VoteRules.count(VotingRule.HOUSEHOLD_MAJORITY, TWO_THIRDS, HALF, roll,
				Map.of(1L, Choice.FOR, 2L, Choice.ABSTAIN, 3L, Choice.ABSTAIN));

		assertThat(tally.cast().households()).isEqualTo(3);
		assertThat(tally.conditions().get(0).met()).isTrue();
		assertThat(tally.conditions().get(1).numerator()).isEqualByComparingTo("1");
		assertThat(tally.conditions().get(1).denominator()).isEqualByComparingTo("3");
		assertThat(tally.outcome()).isEqualTo(VoteOutcome.FAILED);
	}

	@Test
	void aHouseholdVoteUsesItsOwnThresholdsAndIgnoresArea() {
		Threshold threeFifths = Threshold.parse(">=3/5").orElseThrow();
		Threshold twoThirdsStrict = Threshold.parse("> 2/3").orElseThrow();
		List<Voter> roll = List.of(voter(1, "200", true), voter(2, "10", true), voter(3, "10", true),
				voter(4, "10", true), voter(5, "10", true));

		Tally atBounds = VoteRules.count(VotingRule.HOUSEHOLD_MAJORITY, threeFifths, twoThirdsStrict, roll,
				Map.of(2L, Choice.FOR, 3L, Choice.FOR, 4L, Choice.FOR));
		Tally exactlyTwoThirds = VoteRules.count(VotingRule.HOUSEHOLD_MAJORITY, threeFifths, twoThirdsStrict, roll,
				Map.of(1L, Choice.AGAINST, 2L, Choice.FOR, 3L, Choice.FOR));

		assertThat(atBounds.conditions()).hasSize(2);
		assertThat(atBounds.outcome()).isEqualTo(VoteOutcome.PASSED);
		assertThat(exactlyTwoThirds.conditions().get(0).met()).isTrue();
		assertThat(exactlyTwoThirds.conditions().get(1).met()).isFalse();
	}

	@Test
	void noBallotsApproveNothing() {
		Tally tally = VoteRules.count(VotingRule.HOUSEHOLD_MAJORITY, new Threshold(0, 1, true), HALF,
				equalRoll(2, "50"), Map.of());

		assertThat(tally.outcome()).isEqualTo(VoteOutcome.FAILED);
	}

	// owners' double majority, Civil Code art. 278

	@Test
	void ownersTurnoutNeedsTwoThirdsOfTheOwnersAndOfTheAreaEachAtTheBound() {
		List<Voter> roll = equalRoll(3, "100.00");

		Tally atBound = owners(VotingRule.OWNERS_DOUBLE_MAJORITY, roll, Map.of(1L, Choice.FOR, 2L, Choice.FOR));
		Tally below = owners(VotingRule.OWNERS_DOUBLE_MAJORITY, roll, Map.of(1L, Choice.FOR));

		assertThat(atBound.conditions()).extracting(Tally.Condition::key)
			.containsExactly("turnout-households", "turnout-area", "approval-households", "approval-area");
		assertThat(atBound.conditions().get(0).met()).isTrue();
		assertThat(atBound.conditions().get(1).met()).isTrue();
		assertThat(atBound.outcome()).isEqualTo(VoteOutcome.PASSED);
		assertThat(below.outcome()).isEqualTo(VoteOutcome.FAILED);
	}

	@Test
	void ownersTurnoutByAreaFailsOneHundredthOfASquareMetreBelowTwoThirds() {
		// total 300.00 m²: 2/3 is exactly 200.00
		List<Voter> roll = List.of(voter(1, "100.00", true), voter(2, "99.99", true), voter(3, "100.01", true));
		List<Voter> exact = List.of(voter(1, "100.00", true), voter(2, "100.00", true), voter(3, "100.00", true));
		Map<Long, Choice> firstTwo = Map.of(1L, Choice.FOR, 2L, Choice.FOR);
		Map<Long, Choice> firstAndLast = Map.of(1L, Choice.FOR, 3L, Choice.FOR);

		assertThat(owners(VotingRule.OWNERS_DOUBLE_MAJORITY, roll, firstTwo).conditions().get(1).met()).isFalse();
		assertThat(owners(VotingRule.OWNERS_DOUBLE_MAJORITY, exact, firstTwo).conditions().get(1).met()).isTrue();
		assertThat(owners(VotingRule.OWNERS_DOUBLE_MAJORITY, roll, firstAndLast).conditions().get(1).met()).isTrue();
		assertThat(owners(VotingRule.OWNERS_DOUBLE_MAJORITY, roll, firstTwo).outcome()).isEqualTo(VoteOutcome.FAILED);
	}

	@Test
	void manySmallFlatsMeetTheHeadcountButNotTheAreaSoTheVoteFails() {
		List<Voter> roll = List.of(voter(1, "40", true), voter(2, "40", true), voter(3, "40", true),
				voter(4, "180", true));
		Tally tally = owners(VotingRule.OWNERS_DOUBLE_MAJORITY, roll,
				Map.of(1L, Choice.FOR, 2L, Choice.FOR, 3L, Choice.FOR));

		assertThat(tally.conditions().get(0).met()).isTrue();
		assertThat(tally.conditions().get(1).numerator()).isEqualByComparingTo("120");
		assertThat(tally.conditions().get(1).denominator()).isEqualByComparingTo("300");
		assertThat(tally.conditions().get(1).met()).isFalse();
		assertThat(tally.outcome()).isEqualTo(VoteOutcome.FAILED);
	}

	@Test
	void ownersApprovalNeedsMoreThanHalfOfTheParticipatingAreaSoExactlyHalfFails() {
		// all four take part, 200.00 m² in all; half is 100.00
		Map<Long, Choice> twoFor = Map.of(1L, Choice.FOR, 2L, Choice.FOR, 3L, Choice.AGAINST, 4L, Choice.FOR);
		Tally exactlyHalf = owners(VotingRule.OWNERS_DOUBLE_MAJORITY, List.of(voter(1, "50.00", true),
				voter(2, "30.00", true), voter(3, "100.00", true), voter(4, "20.00", true)), twoFor);
		Tally justAbove = owners(VotingRule.OWNERS_DOUBLE_MAJORITY, List.of(voter(1, "50.00", true),
				voter(2, "30.00", true), voter(3, "99.99", true), voter(4, "20.01", true)), twoFor);
		Tally justBelow = owners(VotingRule.OWNERS_DOUBLE_MAJORITY, List.of(voter(1, "50.00", true),
				voter(2, "30.00", true), voter(3, "100.01", true), voter(4, "19.99", true)), twoFor);

		assertThat(exactlyHalf.conditions().get(2).met()).isTrue();
		assertThat(exactlyHalf.conditions().get(3).met()).isFalse();
		assertThat(exactlyHalf.outcome()).isEqualTo(VoteOutcome.FAILED);
		assertThat(justAbove.outcome()).isEqualTo(VoteOutcome.PASSED);
		assertThat(justBelow.outcome()).isEqualTo(VoteOutcome.FAILED);
	}

	@Test
	void ownersApprovalByHeadcountFailsAtExactlyHalfEvenWithMostOfTheArea() {
		Tally tally = owners(VotingRule.OWNERS_DOUBLE_MAJORITY,
				List.of(voter(1, "150", true), voter(2, "20", true), voter(3, "20", true), voter(4, "10", true)),
				Map.of(1L, Choice.FOR, 2L, Choice.FOR, 3L, Choice.AGAINST, 4L, Choice.AGAINST));

		assertThat(tally.conditions().get(3).met()).isTrue();
		assertThat(tally.conditions().get(2).met()).isFalse();
		assertThat(tally.outcome()).isEqualTo(VoteOutcome.FAILED);
	}

	@Test
	void threeQuartersApprovalPassesExactlyAtThreeQuartersOfOwnersAndAreaButNotJustBelow() {
		List<Voter> exact = List.of(voter(1, "60.00", true), voter(2, "60.00", true), voter(3, "60.00", true),
				voter(4, "60.00", true));
		List<Voter> areaJustBelow = List.of(voter(1, "60.00", true), voter(2, "60.00", true), voter(3, "59.99", true),
				voter(4, "60.01", true));
		List<Voter> areaJustAbove = List.of(voter(1, "60.00", true), voter(2, "60.00", true), voter(3, "60.01", true),
				voter(4, "59.99", true));
		Map<Long, Choice> threeOfFour = Map.of(1L, Choice.FOR, 2L, Choice.FOR, 3L, Choice.FOR, 4L, Choice.AGAINST);

		assertThat(owners(VotingRule.OWNERS_DOUBLE_MAJORITY_3_4, exact, threeOfFour).outcome())
			.isEqualTo(VoteOutcome.PASSED);
		assertThat(owners(VotingRule.OWNERS_DOUBLE_MAJORITY_3_4, areaJustBelow, threeOfFour).outcome())
			.isEqualTo(VoteOutcome.FAILED);
		assertThat(owners(VotingRule.OWNERS_DOUBLE_MAJORITY_3_4, areaJustAbove, threeOfFour).outcome())
			.isEqualTo(VoteOutcome.PASSED);
		assertThat(owners(VotingRule.OWNERS_DOUBLE_MAJORITY, exact,
				Map.of(1L, Choice.FOR, 2L, Choice.FOR, 3L, Choice.AGAINST, 4L, Choice.ABSTAIN))
			.outcome()).isEqualTo(VoteOutcome.FAILED);
	}

	@Test
	void threeQuartersByHeadcountFailsWithOneOwnerLessThanThreeQuarters() {
		List<Voter> roll = equalRoll(8, "50");
		Map<Long, Choice> sixOfEight = new HashMap<>();
		Map<Long, Choice> fiveOfEight = new HashMap<>();
		for (long id = 1; id <= 8; id++) {
			sixOfEight.put(id, (id <= 6) ? Choice.FOR : Choice.AGAINST);
			fiveOfEight.put(id, (id <= 5) ? Choice.FOR : Choice.AGAINST);
		}

		assertThat(owners(VotingRule.OWNERS_DOUBLE_MAJORITY_3_4, roll, sixOfEight).outcome())
			.isEqualTo(VoteOutcome.PASSED);
		assertThat(owners(VotingRule.OWNERS_DOUBLE_MAJORITY_3_4, roll, fiveOfEight).outcome())
			.isEqualTo(VoteOutcome.FAILED);
	}

	@Test
	void thresholdsReadAsAtLeastOrMoreThanAndRefuseAnythingElse() {
		assertThat(Threshold.parse(">=2/3")).contains(new Threshold(2, 3, true));
		assertThat(Threshold.parse(" > 1 / 2 ")).contains(new Threshold(1, 2, false));
		assertThat(Threshold.parse("2/3")).isEmpty();
		assertThat(Threshold.parse(">=3/2")).isEmpty();
		assertThat(Threshold.parse(">=1/0")).isEmpty();
		assertThat(Threshold.parse("0.66")).isEmpty();
	}

	private static Tally householdVote(int households, int cast, int inFavour) {
		Map<Long, Choice> ballots = new HashMap<>();
		for (long id = 1; id <= cast; id++) {
			ballots.put(id, (id <= inFavour) ? Choice.FOR : Choice.AGAINST);
		}
		return VoteRules.count(VotingRule.HOUSEHOLD_MAJORITY, TWO_THIRDS, HALF, equalRoll(households, "60"), ballots);
	}

	private static Tally owners(VotingRule rule, List<Voter> roll, Map<Long, Choice> ballots) {
		return VoteRules.count(rule, null, null, roll, ballots);
	}

	private static List<Voter> equalRoll(int households, String area) {
		List<Voter> roll = new ArrayList<>();
		for (int id = 1; id <= households; id++) {
			roll.add(voter(id, area, true));
		}
		return roll;
	}

	private static Voter voter(long id, String area, boolean owner) {
		return new Voter(id, "310107005001001001", String.valueOf(100 + id), 1, new BigDecimal(area), owner, null);
	}

}

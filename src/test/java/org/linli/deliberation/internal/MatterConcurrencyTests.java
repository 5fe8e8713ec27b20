package org.linli.deliberation.internal;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.linli.LinliTest;
import org.linli.deliberation.Choice;
import org.linli.deliberation.MatterStatus;
import org.linli.deliberation.VotingRule;
import org.linli.shared.ConflictException;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Two people acting on the same matter at once: the second transition saved is refused
 * rather than silently overwriting the first, a ballot cast while a close was being
 * prepared makes the close fail instead of missing it, and the timeline cannot be
 * changed.
 */
@LinliTest
class MatterConcurrencyTests {

	private static final String BUILDING = "310107005001001001";

	@Autowired
	MatterRepository repository;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theSecondOfTwoConcurrentTransitionsIsRefusedAsStale() {
		Matter raised = raised();
		Matter first = this.repository.find(raised.id).orElseThrow();
		Matter second = this.repository.find(raised.id).orElseThrow();

		first.screen("staff1", true, null, null, Instant.now());
		this.repository.save(first);
		second.screen("staff2", false, "duplicate", null, Instant.now());

		assertThatExceptionOfType(ConflictException.class).isThrownBy(() -> this.repository.save(second))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("deliberation.error.stale"));
		assertThat(this.repository.find(raised.id).orElseThrow().status).isEqualTo(MatterStatus.DISCUSSING);
	}

	@Test
	void aBallotCastWhileTheCloseWasPreparedMakesTheCloseFailRatherThanMissIt() {
		Matter voting = voting();
		Matter closing = this.repository.find(voting.id).orElseThrow();
		Matter casting = this.repository.find(voting.id).orElseThrow();
		Voter voter = this.repository.electorate(voting.id).get(0);
		Tally seenByTheClose = VoteRules.count(closing.rule, closing.quorum, closing.approval,
				this.repository.electorate(voting.id), this.repository.lastBallots(voting.id));

		casting.castBallot("resident1", Optional.of(voter), Choice.FOR, false, null, Instant.now());
		this.repository.save(casting);
		closing.closeVote("staff1", true, seenByTheClose, Instant.now());

		assertThatExceptionOfType(ConflictException.class).isThrownBy(() -> this.repository.save(closing));
		assertThat(this.repository.lastBallots(voting.id)).containsEntry(voter.householdId(), Choice.FOR);
	}

	@Test
	void concurrentBallotsQueueWithoutConflict() {
		Matter voting = voting();
		List<Voter> roll = this.repository.electorate(voting.id);
		Matter one = this.repository.find(voting.id).orElseThrow();
		Matter other = this.repository.find(voting.id).orElseThrow();

		one.castBallot("a", Optional.of(roll.get(0)), Choice.FOR, false, null, Instant.now());
		other.castBallot("b", Optional.of(roll.get(1)), Choice.AGAINST, false, null, Instant.now());
		this.repository.save(one);
		this.repository.save(other);

		assertThat(this.repository.lastBallots(voting.id)).hasSize(2);
	}

	@Test
	void theTimelineAndTheBallotsAreAppendOnly() {
		Matter voting = voting();
		Matter casting = this.repository.find(voting.id).orElseThrow();
		casting.castBallot("a", Optional.of(this.repository.electorate(voting.id).get(0)), Choice.FOR, false, null,
				Instant.now());
		this.repository.save(casting);

		assertThatExceptionOfType(DataAccessException.class).isThrownBy(
				() -> this.jdbc.sql("update deliberation.timeline_entry set note = 'rewritten' where matter_id = :id")
					.param("id", voting.id)
					.update());
		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> this.jdbc.sql("delete from deliberation.ballot where matter_id = :id")
				.param("id", voting.id)
				.update());
	}

	private Matter raised() {
		Matter raised = Matter.raise(this.repository.nextNumber(2026), BUILDING, "concurrency", "two at once",
				"resident1", null, null, Instant.now());
		this.repository.insert(raised);
		return raised;
	}

	private Matter voting() {
		Matter matter = raised();
		Matter loaded = this.repository.find(matter.id).orElseThrow();
		loaded.screen("staff1", true, null, null, Instant.now());
		this.repository.save(loaded);
		loaded.decide("staff1", true, "go", Instant.now());
		this.repository.save(loaded);
		List<Voter> roll = List.of(new Voter(-1, BUILDING, "T1", 1, new BigDecimal("50.00"), true, null),
				new Voter(-2, BUILDING, "T2", 2, new BigDecimal("60.00"), true, null));
		loaded.openVote("staff1", true, false, VotingRule.HOUSEHOLD_MAJORITY, Threshold.AT_LEAST_TWO_THIRDS,
				Threshold.MORE_THAN_HALF, Instant.now().plus(Duration.ofDays(1)), roll, Instant.now());
		this.repository.save(loaded);
		return loaded;
	}

}

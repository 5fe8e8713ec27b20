package org.linli.cases.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.linli.LinliTest;
import org.linli.area.Areas;
import org.linli.area.Location;
import org.linli.cases.CaseApi;
import org.linli.cases.CaseId;
import org.linli.cases.Channel;
import org.linli.shared.ConflictException;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Concerns that arrive while the writer is busy are stored together, in one transaction,
 * and each gets its own answer.
 */
@LinliTest
class IntakeWriterTests {

	@Autowired
	IntakeWriter writer;

	@Autowired
	Areas areas;

	@Autowired
	ContactSealer sealer;

	@Autowired
	Clock clock;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	private final ExecutorService callers = Executors.newVirtualThreadPerTaskExecutor();

	@AfterEach
	void stopCallers() {
		this.callers.close();
	}

	@Test
	void concernsArrivingWhileTheWriterIsBusyAreStoredInOneTransactionEachWithItsOwnNumber() throws Exception {
		List<Future<IntakeWriter.Stored>> answers = whileTheWritersAreHeld(
				List.of(concern(null, "Lane 2"), concern(null, "Lane 3"), concern(null, "Lane 4")));
		List<CaseId> created = new ArrayList<>();
		for (Future<IntakeWriter.Stored> answer : answers) {
			created.add(((IntakeWriter.Created) answer.get()).reported().id);
		}
		List<String> numbers = this.jdbc.sql("select number from cases.case where id in (:ids)")
			.param("ids", created.stream().map(CaseId::value).toList())
			.query(String.class)
			.list();
		assertThat(numbers).hasSize(3).doesNotHaveDuplicates();
		assertThat(this.jdbc
			.sql("""
					select count(*) from (select case_id from ledger.fact_inbox union select case_id from ledger.case_fact) f
					 where case_id in (:ids)""")
			.param("ids", created.stream().map(CaseId::value).toList())
			.query(Integer.class)
			.single()).as("each case's facts went to the ledger with it").isEqualTo(3);
		assertThat(this.jdbc.sql("select count(distinct xmin::text) from cases.case where id in (:ids)")
			.param("ids", created.stream().map(CaseId::value).toList())
			.query(Integer.class)
			.single()).as("one transaction").isEqualTo(1);
	}

	@Test
	void aConcernThatCannotBeStoredFailsAloneAndTheRestOfItsBatchIsStored() throws Exception {
		List<Future<IntakeWriter.Stored>> answers = whileTheWritersAreHeld(
				List.of(concern(null, "Lane 5"), concern(null, "x".repeat(300)), concern(null, "Lane 6")));
		assertThat(answers.get(0).get()).isInstanceOf(IntakeWriter.Created.class);
		assertThat(answers.get(1)).failsWithin(Duration.ofSeconds(10))
			.withThrowableOfType(ExecutionException.class)
			.havingCause()
			.isInstanceOf(DataAccessException.class);
		assertThat(answers.get(2).get()).isInstanceOf(IntakeWriter.Created.class);
	}

	@Test
	void oneKeySubmittedSeveralTimesInOneBatchMakesOneCase() throws Exception {
		String key = "writer-" + System.nanoTime();
		List<String> addresses = List.of("Lane 7", "Lane 7", "Lane 8", "Lane 7");
		List<Future<IntakeWriter.Stored>> answers = whileTheWritersAreHeld(
				addresses.stream().map((address) -> concern(key, address)).toList());
		List<Integer> created = new ArrayList<>();
		for (int i = 0; i < answers.size(); i++) {
			if (answers.get(i).state() == Future.State.SUCCESS
					&& answers.get(i).resultNow() instanceof IntakeWriter.Created) {
				created.add(i);
			}
		}
		assertThat(created).as("the first to be written makes the case").hasSize(1);
		int first = created.get(0);
		CaseId made = ((IntakeWriter.Created) answers.get(first).get()).reported().id;
		for (int i = 0; i < answers.size(); i++) {
			if (i == first) {
				continue;
			}
			if (addresses.get(i).equals(addresses.get(first))) {
				assertThat(answers.get(i).get()).as("the same concern again")
					.isEqualTo(new IntakeWriter.Replayed(made));
			}
			else {
				assertThat(answers.get(i)).as("another concern under the same key")
					.failsWithin(Duration.ofSeconds(10))
					.withThrowableOfType(ExecutionException.class)
					.havingCause()
					.isInstanceOf(ConflictException.class);
			}
		}
		assertThat(this.jdbc.sql("select count(*) from cases.idempotency_key where key = :key")
			.param("key", key)
			.query(Integer.class)
			.single()).isEqualTo(1);
	}

	/**
	 * Keeps every writer busy with a concern whose idempotency key another transaction
	 * holds, hands these concerns over meanwhile, then lets the writers go on: these
	 * concerns wait together and are written as one batch.
	 */
	private List<Future<IntakeWriter.Stored>> whileTheWritersAreHeld(List<IntakeWriter.Checked> concerns)
			throws Exception {
		CountDownLatch release = new CountDownLatch(1);
		List<Future<?>> holders = new ArrayList<>();
		List<Future<IntakeWriter.Stored>> held = new ArrayList<>();
		for (int writer = 1; writer <= IntakeWriter.WRITERS; writer++) {
			String key = "hold-" + System.nanoTime();
			holders.add(hold(key, release));
			held.add(this.callers.submit(() -> this.writer.store(concern(key, "Lane 1"))));
			awaitWritersWaitingForKeys(writer);
		}
		List<Future<IntakeWriter.Stored>> answers = new ArrayList<>();
		for (IntakeWriter.Checked concern : concerns) {
			answers.add(this.callers.submit(() -> this.writer.store(concern)));
		}
		Thread.sleep(300);
		release.countDown();
		for (Future<?> holder : holders) {
			holder.get();
		}
		for (Future<IntakeWriter.Stored> answer : held) {
			assertThat(answer.get()).isInstanceOf(IntakeWriter.Created.class);
		}
		long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		while (!answers.stream().allMatch(Future::isDone)) {
			assertThat(System.nanoTime()).as("every concern answered").isLessThan(deadline);
			Thread.sleep(10);
		}
		return answers;
	}

	private Future<?> hold(String key, CountDownLatch release) throws InterruptedException {
		CountDownLatch held = new CountDownLatch(1);
		TransactionTemplate holder = new TransactionTemplate(this.transactions);
		holder.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		Future<?> holding = this.callers.submit(() -> holder.executeWithoutResult((status) -> {
			this.jdbc.sql("select pg_advisory_xact_lock(hashtextextended(:key, 7))")
				.param("key", key)
				.query()
				.singleRow();
			held.countDown();
			try {
				release.await();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}));
		held.await();
		return holding;
	}

	private void awaitWritersWaitingForKeys(int writers) throws InterruptedException {
		for (int i = 0; i < 100; i++) {
			if (this.jdbc.sql("""
					select count(*) from pg_stat_activity
					 where wait_event_type = 'Lock' and wait_event = 'advisory' and datname = current_database()""")
				.query(Integer.class)
				.single() >= writers) {
				return;
			}
			Thread.sleep(50);
		}
		throw new AssertionError("the writers never waited for the held keys");
	}

	private IntakeWriter.Checked concern(String key, String address) {
		double[] spot = CaseApi.freshSpot();
		Location location = this.areas.locate(spot[0], spot[1]).orElseThrow();
		NewCase report = new NewCase(Channel.PATROL, "writer concern at " + address, spot[0], spot[1], address,
				location, "06010", null, this.sealer.seal(null, null), "worker1", "worker1", null, null);
		String hash = (key != null) ? this.sealer.fingerprint(address) : null;
		return new IntakeWriter.Checked(report, key, hash, List.of(), "worker1", this.clock.instant());
	}

}

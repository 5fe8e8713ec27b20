package org.linli.ledger.internal;

import org.junit.jupiter.api.Test;
import org.linli.LinliTest;
import org.linli.cases.CaseApi;
import org.linli.ledger.LedgerAwait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Case facts reach the ledger through its inbox, in batches on the drain's thread: a fact
 * that cannot be applied neither holds up the others nor is lost.
 */
@LinliTest
class LedgerDrainTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	LedgerDrain drain;

	@Test
	void aConcernReachesTheLedgerThroughTheInboxAndLeavesNothingWaiting() throws Exception {
		String id = new CaseApi(this.mvc).reported("worker1", "06010");
		LedgerAwait.settled(this.jdbc);
		assertThat(factVersion(id)).isEqualTo(caseVersion(id));
		assertThat(waitingFor(id)).isZero();
	}

	@Test
	void aFactThatCannotBeReadIsSetAsideWithItsErrorAndTheOthersAreApplied() throws Exception {
		long bad = this.jdbc.sql("""
				insert into ledger.fact_inbox (case_id, version, facts)
				values (gen_random_uuid(), 1, '{"not":"case facts"}') returning id""").query(Long.class).single();
		try {
			String id = new CaseApi(this.mvc).reported("worker1", "06010");
			LedgerAwait.settled(this.jdbc);
			assertThat(factVersion(id)).isEqualTo(caseVersion(id));
			assertThat(this.jdbc
				.sql("select failed_at is not null and error is not null from ledger.fact_inbox where id = :id")
				.param("id", bad)
				.query(Boolean.class)
				.single()).as("set aside with its error").isTrue();
		}
		finally {
			this.jdbc.sql("delete from ledger.fact_inbox where id = :id").param("id", bad).update();
		}
	}

	@Test
	void factsThatFailedAreKeptAndAppliedAfterTheNextStart() throws Exception {
		LedgerAwait.settled(this.jdbc);
		String id;
		this.jdbc.sql("alter table ledger.rollup_grid_month rename to rollup_grid_month_away").update();
		try {
			id = new CaseApi(this.mvc).reported("worker1", "06010");
			LedgerAwait.settled(this.jdbc);
			assertThat(factVersion(id)).as("not applied while its summary table is away").isNull();
			assertThat(this.jdbc.sql("select count(*) from ledger.fact_inbox where failed_at is not null")
				.query(Long.class)
				.single()).isPositive();
		}
		finally {
			this.jdbc.sql("alter table ledger.rollup_grid_month_away rename to rollup_grid_month").update();
		}
		this.drain.stop();
		this.drain.start();
		LedgerAwait.settled(this.jdbc);
		assertThat(factVersion(id)).isEqualTo(caseVersion(id));
		assertThat(waitingFor(id)).isZero();
	}

	private Integer factVersion(String caseId) {
		return this.jdbc.sql("select version from ledger.case_fact where case_id = cast(:id as uuid) and version >= 0")
			.param("id", caseId)
			.query(Integer.class)
			.optional()
			.orElse(null);
	}

	private int caseVersion(String caseId) {
		return this.jdbc.sql("select version from cases.case where id = cast(:id as uuid)")
			.param("id", caseId)
			.query(Integer.class)
			.single();
	}

	private long waitingFor(String caseId) {
		return this.jdbc.sql("select count(*) from ledger.fact_inbox where case_id = cast(:id as uuid)")
			.param("id", caseId)
			.query(Long.class)
			.single();
	}

}

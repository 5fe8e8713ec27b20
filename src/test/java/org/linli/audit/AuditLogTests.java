package org.linli.audit;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.linli.DemoLogins;
import org.linli.LinliTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@LinliTest
class AuditLogTests {

	@Autowired
	AuditLog auditLog;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	MockMvc mvc;

	@Test
	@WithMockUser(roles = "ADMIN")
	void recordedEntriesArePagedNewestFirstByTargetActorAndTime() {
		String target = UUID.randomUUID().toString();
		Instant start = Instant.now().minusSeconds(1);
		this.auditLog.record(new AuditEntry("staff1", "PERSONAL_DATA_REVEALED", "test", target, Map.of("reason", "a")));
		this.auditLog.record(new AuditEntry(null, "LOGIN_FAILED", "test", target));
		this.auditLog.record(new AuditEntry("staff1", "PERSONAL_DATA_REVEALED", "test", target, Map.of("reason", "b")));

		AuditPage byTarget = this.auditLog.find(AuditQuery.forTarget("test", target), 0, 2);
		assertThat(byTarget.totalItems()).isEqualTo(3);
		assertThat(byTarget.items()).extracting(AuditRecord::detail).containsExactly(Map.of("reason", "b"), Map.of());
		assertThat(byTarget.items().get(1).actor()).isEqualTo(AuditEntry.ANONYMOUS);
		assertThat(this.auditLog.find(AuditQuery.forTarget("test", target), 1, 2).items())
			.extracting(AuditRecord::detail)
			.containsExactly(Map.of("reason", "a"));
		assertThat(this.auditLog.find(new AuditQuery("test", target, "staff1", start, null), 0, 10).totalItems())
			.isEqualTo(2);
		assertThat(this.auditLog.find(new AuditQuery("test", target, null, null, start), 0, 10).totalItems()).isZero();
	}

	@Test
	void anEntryCommitsOrRollsBackWithTheCallersTransaction() {
		String target = UUID.randomUUID().toString();

		this.transactions.executeWithoutResult((status) -> {
			this.auditLog.record(new AuditEntry("staff1", "PERSONAL_DATA_REVEALED", "test", target));
			status.setRollbackOnly();
		});

		assertThat(entriesFor(target)).isZero();
	}

	@Test
	void theDatabaseRefusesToUpdateDeleteOrTruncateTheLog() {
		String target = UUID.randomUUID().toString();
		this.auditLog.record(new AuditEntry("staff1", "PERSONAL_DATA_REVEALED", "test", target));

		for (String sql : new String[] { "update audit.entry set actor = 'someone' where target_id = :target",
				"delete from audit.entry where target_id = :target", "delete from audit.entry where false",
				"truncate audit.entry" }) {
			assertThatExceptionOfType(DataAccessException.class)
				.isThrownBy(() -> this.jdbc.sql(sql).paramSource(Map.of("target", target)).update())
				.satisfies((ex) -> assertThat(ex.getMostSpecificCause()).hasMessageContaining("append-only"));
		}
		assertThat(entriesFor(target)).isEqualTo(1);
	}

	@Test
	@WithMockUser(roles = "COMMUNITY_STAFF")
	void onlyAdministratorsReadTheLog() throws Exception {
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> this.auditLog.find(AuditQuery.ALL, 0, 10));
		this.mvc.perform(get("/api/v1/audit").with(DemoLogins.as(this.mvc, "staff1")))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/api/v1/audit").param("size", "5").with(DemoLogins.as(this.mvc, "admin")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.size").value(5));
	}

	@Test
	void malformedQueriesAreRefusedWithEveryProblem() throws Exception {
		this.mvc
			.perform(get("/api/v1/audit").param("page", "-1")
				.param("size", "0")
				.param("from", "2026-01-02T00:00:00Z")
				.param("to", "2026-01-01T00:00:00Z")
				.with(DemoLogins.as(this.mvc, "admin")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.length()").value(3));
	}

	private long entriesFor(String target) {
		return this.jdbc.sql("select count(*) from audit.entry where target_id = :target")
			.param("target", target)
			.query(Long.class)
			.single();
	}

}

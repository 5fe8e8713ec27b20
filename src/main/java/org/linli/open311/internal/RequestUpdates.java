package org.linli.open311.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.linli.cases.CaseId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The updates clients posted, once per client key and client's update id. */
@Repository
class RequestUpdates {

	private final JdbcClient jdbc;

	RequestUpdates(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Records the update unless the client posted this update id before (waiting for a
	 * concurrent post of the same id to end); empty when it had.
	 */
	Optional<Long> claim(UUID apiKeyId, String clientUpdateId, CaseId caseId, String caseNumber, String status,
			Instant updatedAt, Instant now) {
		return this.jdbc.sql("""
				insert into open311.request_update (api_key_id, client_update_id, case_id, case_number, status,
				       updated_at, created_at)
				values (:key, :clientId, :caseId, :number, :status, :updatedAt, :now)
				on conflict (api_key_id, client_update_id) do nothing returning id""")
			.param("key", apiKeyId)
			.param("clientId", clientUpdateId)
			.param("caseId", caseId.value())
			.param("number", caseNumber)
			.param("status", status)
			.param("updatedAt", (updatedAt != null) ? Timestamp.from(updatedAt) : null)
			.param("now", Timestamp.from(now))
			.query(Long.class)
			.optional();
	}

	Optional<Posted> find(UUID apiKeyId, String clientUpdateId) {
		return this.jdbc.sql("""
				select id, case_id from open311.request_update
				 where api_key_id = :key and client_update_id = :clientId""")
			.param("key", apiKeyId)
			.param("clientId", clientUpdateId)
			.query((rs, row) -> new Posted(rs.getLong(1), new CaseId(rs.getObject(2, UUID.class))))
			.optional();
	}

	record Posted(long id, CaseId caseId) {
	}

}

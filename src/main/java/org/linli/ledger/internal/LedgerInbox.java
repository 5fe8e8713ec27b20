package org.linli.ledger.internal;

import java.util.List;

import org.linli.cases.CaseFacts;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Case facts received and not yet applied to the ledger ({@code ledger.fact_inbox}). */
@Repository
class LedgerInbox {

	private static final int ERROR_MAX = 2000;

	private final JdbcClient jdbc;

	private final NamedParameterJdbcTemplate batch;

	private final JsonMapper json;

	LedgerInbox(JdbcClient jdbc, NamedParameterJdbcTemplate batch, JsonMapper json) {
		this.jdbc = jdbc;
		this.batch = batch;
		this.json = json;
	}

	void add(List<CaseFacts> received) {
		this.batch.batchUpdate(
				"insert into ledger.fact_inbox (case_id, version, facts) values (:id, :version, cast(:facts as jsonb))",
				received.stream()
					.map((facts) -> new MapSqlParameterSource().addValue("id", facts.id().value())
						.addValue("version", facts.version())
						.addValue("facts", this.json.writeValueAsString(facts)))
					.toArray(SqlParameterSource[]::new));
	}

	/**
	 * The oldest waiting facts, locked until the transaction ends; those another node is
	 * applying are skipped.
	 */
	List<Received> take(int limit) {
		return this.jdbc.sql("""
				select id, facts::text from ledger.fact_inbox where failed_at is null
				 order by id limit :limit for update skip locked""")
			.param("limit", limit)
			.query((rs, row) -> new Received(rs.getLong(1), rs.getString(2)))
			.list();
	}

	CaseFacts read(Received received) {
		return this.json.readValue(received.facts(), CaseFacts.class);
	}

	void remove(List<Received> applied) {
		if (!applied.isEmpty()) {
			this.jdbc.sql("delete from ledger.fact_inbox where id in (:ids)")
				.param("ids", applied.stream().map(Received::id).toList())
				.update();
		}
	}

	/** Sets the facts aside until the next start, with why they could not be applied. */
	void setAside(long id, String error) {
		this.jdbc.sql("update ledger.fact_inbox set failed_at = now(), error = :error where id = :id")
			.param("id", id)
			.param("error", (error.length() > ERROR_MAX) ? error.substring(0, ERROR_MAX) : error)
			.update();
	}

	/** Puts every set-aside fact back in line. */
	int retryAll() {
		return this.jdbc.sql("update ledger.fact_inbox set failed_at = null, error = null where failed_at is not null")
			.update();
	}

	record Received(long id, String facts) {
	}

}

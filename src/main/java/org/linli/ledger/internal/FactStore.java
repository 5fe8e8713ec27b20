package org.linli.ledger.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import tools.jackson.databind.json.JsonMapper;

import org.linli.cases.CaseFacts;
import org.linli.cases.CaseStatus;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The ledger's row per case. */
@Repository
class FactStore {

	private final JdbcClient jdbc;

	private final NamedParameterJdbcTemplate batch;

	private final JsonMapper json;

	FactStore(JdbcClient jdbc, NamedParameterJdbcTemplate batch, JsonMapper json) {
		this.jdbc = jdbc;
		this.batch = batch;
		this.json = json;
	}

	/**
	 * Locks the cases' rows until the transaction ends, in one order so two batches never
	 * wait for each other in a cycle, creating placeholders first for new cases; answers
	 * what is stored per case (no fact for a placeholder).
	 */
	Map<UUID, Stored> lock(Collection<UUID> caseIds) {
		String[] ids = caseIds.stream().map(UUID::toString).toArray(String[]::new);
		this.jdbc.sql("""
				insert into ledger.case_fact (case_id, version)
				select id, -1 from unnest(cast(:ids as uuid[])) as t(id) order by id on conflict do nothing""")
			.param("ids", ids)
			.update();
		Map<UUID, Stored> stored = new HashMap<>();
		this.jdbc.sql("""
				select case_id, version, fact::text from ledger.case_fact
				 where case_id = any(cast(:ids as uuid[])) order by case_id for update""")
			.param("ids", ids)
			.query((rs) -> {
				stored.put(rs.getObject(1, UUID.class), new Stored(rs.getInt(2), Optional.ofNullable(rs.getString(3))
					.map((text) -> this.json.readValue(text, LedgerFact.class))));
			});
		return stored;
	}

	void save(List<LedgerFact> changed) {
		if (changed.isEmpty()) {
			return;
		}
		this.batch.batchUpdate("""
				update ledger.case_fact set version = :version, number = :number, grid_code = :grid,
				       community_code = :community, street_code = :street, channel = :channel,
				       category_code = :category, tier = :tier, status = :status, department_code = :department,
				       reported_at = :reported, registered_at = :registered, closed_at = :closed,
				       overdue_from = :overdueFrom, open = :open, suspended = :suspended, claimed = :claimed,
				       rating = :rating, return_count = :returns, rework_count = :reworks,
				       reopen_count = :reopenings, description = :description, address = :address,
				       outcome = :outcome, fact = cast(:fact as jsonb)
				 where case_id = :id""",
				changed.stream()
					.map(this::values)
					.map(MapSqlParameterSource::new)
					.toArray(MapSqlParameterSource[]::new));
	}

	private Map<String, Object> values(LedgerFact fact) {
		CaseFacts facts = fact.facts();
		Optional<CaseFacts.Order> responsible = Contributions.responsibleOrder(facts);
		Map<String, Object> values = new HashMap<>();
		values.put("id", facts.id().value());
		values.put("version", facts.version());
		values.put("number", facts.number());
		values.put("grid", facts.gridCode());
		values.put("community", facts.communityCode());
		values.put("street", facts.streetCode());
		values.put("channel", facts.channel().name());
		values.put("category", facts.categoryCode());
		values.put("tier", (facts.tier() != null) ? facts.tier().name() : null);
		values.put("status", facts.status().name());
		values.put("department", responsible.map(CaseFacts.Order::departmentCode).orElse(null));
		values.put("reported", timestamp(facts.reportedAt()));
		values.put("registered", timestamp(facts.registeredAt()));
		values.put("closed", timestamp(facts.closedAt()));
		values.put("overdueFrom", timestamp(overdueFrom(facts, responsible)));
		values.put("open", facts.status().isOpen());
		values.put("suspended", facts.status() == CaseStatus.SUSPENDED);
		values.put("claimed", facts.claimedAt() != null);
		values.put("rating", (facts.rating() != null) ? facts.rating().name() : null);
		values.put("returns", facts.returns());
		values.put("reworks", facts.reworks());
		values.put("reopenings", facts.reopenings());
		values.put("description", facts.description());
		values.put("address", facts.address());
		values.put("outcome", outcome(facts, responsible));
		values.put("fact", this.json.writeValueAsString(fact));
		return values;
	}

	/** Every stored fact, for recomputing the summary tables. */
	List<LedgerFact> all() {
		return this.jdbc.sql("select fact::text from ledger.case_fact where version >= 0")
			.query((rs, row) -> this.json.readValue(rs.getString(1), LedgerFact.class))
			.list();
	}

	/**
	 * From when an order still to be handled is overdue: its due, unless the case is
	 * suspended or waits for its check.
	 */
	static Instant overdueFrom(CaseFacts facts, Optional<CaseFacts.Order> responsible) {
		boolean running = facts.status() == CaseStatus.DISPATCHED || facts.status() == CaseStatus.IN_PROGRESS;
		return responsible.filter((order) -> running).map(CaseFacts.Order::due).orElse(null);
	}

	/**
	 * What was done: the department's result, or the guidance given for a private affair.
	 */
	private static String outcome(CaseFacts facts, Optional<CaseFacts.Order> responsible) {
		return responsible.map(CaseFacts.Order::result).orElse(facts.guidance());
	}

	private static Timestamp timestamp(Instant instant) {
		return (instant != null) ? Timestamp.from(instant) : null;
	}

	record Stored(int version, Optional<LedgerFact> fact) {
	}

}

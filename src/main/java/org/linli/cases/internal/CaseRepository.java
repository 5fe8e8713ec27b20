package org.linli.cases.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.linli.calendar.WorkingCalendar.Light;
import org.linli.cases.CaseId;
import org.linli.cases.CaseStatus;
import org.linli.cases.Channel;
import org.linli.cases.Priority;
import org.linli.cases.Rating;
import org.linli.catalogue.Tier;
import org.linli.shared.ConflictException;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Stores cases with their orders, summons, followers and timeline. A case is saved only
 * if nobody changed it since it was loaded (its version), otherwise the whole change is
 * refused as a conflict.
 */
@Repository
class CaseRepository {

	private static final List<String> CASE_COLUMN_NAMES = List.of("id", "number", "tracking_token", "channel",
			"description", "lat", "lon", "address", "grid_code", "community_code", "street_code", "category_code",
			"tier", "priority", "status", "reporter", "reporter_contact", "reporter_name_masked",
			"reporter_phone_masked", "first_contact_owner", "reported_at", "registered_at", "closed_at", "merged_into",
			"return_count", "rework_count", "reopen_count", "claimed_by", "guidance", "rating", "rating_comment",
			"evaluated_by", "evaluated_at", "suspension_reason", "suspension_pending", "suspended_at", "running_due",
			"due_by", "version");

	private static final String CASE_COLUMNS = columnList("");

	private static final String ALIASED_CASE_COLUMNS = columnList("c.");

	private static final String CASE_PARAMETERS = columnList(":");

	/**
	 * The open cases near the spot {@code s}, of its class, recent: read nearest first
	 * from {@code case_open_nearest_idx}, whose Mercator point is written here exactly as
	 * the index has it.
	 */
	private static final String NEAREST_OPEN = """
			where %1$s <@ circle(%2$s, :radius / cos(radians(s.lat)))
			  and c.reported_at >= :since and c.status not in ('CLOSED', 'REJECTED', 'MERGED')
			  and c.reported_at < coalesce(s.before, 'infinity')
			  and (s.major is null or c.category_code is null or case
			       when strpos(c.category_code, '.') > 1 then split_part(c.category_code, '.', 1)
			       when length(c.category_code) = 5 then left(c.category_code, 2) else c.category_code end = s.major)
			order by %1$s <-> %2$s
			limit :limit) c""".formatted(mercator("c"), mercator("s"));

	/** The parameter the red-light condition judges running orders at. */
	static final String NOW = "now";

	private static final String APPEND = """
			insert into cases.timeline_entry (case_id, at, actor, action, note)
			values (:case_id, :at, :actor, :action, :note)""";

	private final JdbcClient jdbc;

	private final NamedParameterJdbcTemplate batch;

	CaseRepository(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
		this.jdbc = jdbc;
		this.batch = batch;
	}

	/**
	 * Serialises submissions with the same idempotency key until the transaction ends.
	 */
	void lockKey(String key) {
		lockKeys(List.of(key));
	}

	/**
	 * {@link #lockKey} for many keys at once, taken in one order so two batches never
	 * deadlock.
	 */
	void lockKeys(Collection<String> keys) {
		this.jdbc.sql("select pg_advisory_xact_lock(hashtextextended(k, 7)) from unnest(cast(:keys as text[])) k")
			.param("keys", keys.stream().sorted().toArray(String[]::new))
			.query()
			.listOfRows();
	}

	Optional<StoredKey> findKey(String key) {
		return Optional.ofNullable(findKeys(List.of(key)).get(key));
	}

	Map<String, StoredKey> findKeys(Collection<String> keys) {
		Map<String, StoredKey> found = new HashMap<>();
		this.jdbc.sql("select key, request_hash, case_id from cases.idempotency_key where key = any(:keys)")
			.param("keys", keys.toArray(String[]::new))
			.query((rs, row) -> found.put(rs.getString(1),
					new StoredKey(rs.getString(2), new CaseId(rs.getObject(3, UUID.class)))))
			.list();
		return found;
	}

	void saveKeys(List<NewKey> keys) {
		this.batch.batchUpdate("""
				insert into cases.idempotency_key (key, request_hash, case_id, created_at)
				values (:key, :hash, :id, :now)""",
				keys.stream()
					.map((key) -> new MapSqlParameterSource().addValue("key", key.key())
						.addValue("hash", key.requestHash())
						.addValue("id", key.caseId().value())
						.addValue("now", timestamp(key.at())))
					.toArray(SqlParameterSource[]::new));
	}

	void saveKey(String key, String requestHash, CaseId id, Instant now) {
		saveKeys(List.of(new NewKey(key, requestHash, id, now)));
	}

	Optional<Case> find(CaseId id) {
		return findWhere("id = :value", id.value());
	}

	/**
	 * The cases of these ids that pass the visibility condition (from
	 * {@link CaseAccess}), without their orders or other details.
	 */
	List<Case> findVisible(String visibility, Map<String, Object> params, Collection<UUID> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return this.jdbc
			.sql("select " + ALIASED_CASE_COLUMNS + " from cases.case c where c.id in (:ids) and " + visibility)
			.params(params)
			.param("ids", ids)
			.query(CaseRepository::caseRow)
			.list();
	}

	Optional<Case> findByNumber(String number) {
		return findWhere("number = :value", number);
	}

	Optional<Case> findByToken(String token) {
		return findWhere("tracking_token = :value", token);
	}

	/**
	 * A spot to search around: open cases of its class reported before {@code before}.
	 */
	record Spot(double lat, double lon, String majorClass, Instant before) {

	}

	/**
	 * For each spot, the open cases reported since {@code since} (and before the spot's
	 * {@code before}, when given) within {@code radius} degrees of latitude of it, of its
	 * major class (or without a category) when it has one, nearest first, at most
	 * {@code limit}: one list per spot, in order, all in one statement.
	 * {@code case_open_nearest_idx} yields them nearest first with the time checked in
	 * the index, so only those returned are read from the table.
	 */
	List<List<Case>> openNear(List<Spot> spots, double radius, Instant since, int limit) {
		List<List<Case>> found = new ArrayList<>();
		spots.forEach((spot) -> found.add(new ArrayList<>()));
		if (spots.isEmpty()) {
			return found;
		}
		Map<String, Object> params = new HashMap<>();
		List<String> rows = new ArrayList<>();
		for (int n = 0; n < spots.size(); n++) {
			Spot spot = spots.get(n);
			rows.add(
					"(%d, cast(:lat%d as float8), cast(:lon%d as float8), cast(:major%d as text), cast(:before%d as timestamptz))"
						.formatted(n, n, n, n, n));
			params.put("lat" + n, spot.lat());
			params.put("lon" + n, spot.lon());
			params.put("major" + n, spot.majorClass());
			params.put("before" + n, timestamp(spot.before()));
		}
		this.jdbc
			.sql("select s.n, " + ALIASED_CASE_COLUMNS + " from (values " + String.join(", ", rows)
					+ ") s(n, lat, lon, major, before) cross join lateral (select * from cases.case c " + NEAREST_OPEN)
			.params(params)
			.param("radius", radius)
			.param("since", timestamp(since))
			.param("limit", limit)
			.query((rs, row) -> found.get(rs.getInt("n")).add(caseRow(rs, row)))
			.list();
		return found;
	}

	/**
	 * Cases matching the filters whose id the caller may see (the visibility condition
	 * comes from {@link CaseAccess}), newest first or by urgency, each with its orders
	 * loaded. A queue over several statuses reads each status's range of
	 * {@code case_queue_idx} in order and merges them, so that the first page never sorts
	 * every open case — unless it only wants the few cases awaiting a decision or a
	 * report, which are found first and then sorted.
	 */
	List<Case> search(String visibility, Map<String, Object> params, CaseFilter filter, int limit, long offset) {
		Map<String, Object> all = new HashMap<>(params);
		String sql;
		if (filter.byUrgency() && filter.statuses().size() > 1 && !filter.awaitingReportIn()
				&& !filter.awaitingDecision()) {
			String where = where(visibility, filter.anyStatus(), all);
			String branches = filter.statuses()
				.stream()
				.map(Enum::name)
				.sorted()
				.map((status) -> "(select " + ALIASED_CASE_COLUMNS + " from cases.case c where " + where
						+ " and c.status = '" + status + "' order by " + URGENCY + " limit :reach)")
				.collect(Collectors.joining(" union all "));
			sql = "select " + ALIASED_CASE_COLUMNS + " from (" + branches + ") c order by " + URGENCY
					+ " limit :limit offset :offset";
			all.put("reach", limit + offset);
		}
		else {
			sql = "select " + ALIASED_CASE_COLUMNS + " from cases.case c where " + where(visibility, filter, all)
					+ " order by " + (filter.byUrgency() ? URGENCY : "c.reported_at desc, c.id")
					+ " limit :limit offset :offset";
		}
		List<Case> cases = this.jdbc.sql(sql)
			.params(all)
			.param("limit", limit)
			.param("offset", offset)
			.query(CaseRepository::caseRow)
			.list();
		loadOrders(cases);
		return cases;
	}

	/** How many cases match, counting no further than {@code cap}. */
	long count(String visibility, Map<String, Object> params, CaseFilter filter, long cap) {
		Map<String, Object> all = new HashMap<>(params);
		String where = where(visibility, filter, all);
		return this.jdbc.sql("select count(*) from (select 1 from cases.case c where " + where + " limit :cap) counted")
			.params(all)
			.param("cap", cap)
			.query(Long.class)
			.single();
	}

	/**
	 * Urgent first, then whatever is due (or was reported) first: the key of
	 * {@code case_queue_idx}.
	 */
	private static final String URGENCY = "(c.priority = 'URGENT') desc, coalesce(c.running_due, c.reported_at), c.id";

	private static String where(String visibility, CaseFilter filter, Map<String, Object> params) {
		StringBuilder where = new StringBuilder(visibility);
		if (!filter.statuses().isEmpty()) {
			where.append(" and c.status in (:statuses)");
			params.put("statuses", filter.statuses().stream().map(Enum::name).sorted().toList());
		}
		if (filter.activeDepartmentCode() != null) {
			where.append(" and exists (select 1 from cases.dispatch d where d.case_id = c.id"
					+ " and d.department_code = :activeDepartment and d.status in ('DISPATCHED', 'SIGNED', 'HANDLED'))");
			params.put("activeDepartment", filter.activeDepartmentCode());
		}
		// the few cases awaiting something are found from their own small partial indexes
		if (filter.awaitingReportIn()) {
			where.append(" and c.id in (select s.case_id from cases.summons s where s.reported_at is null)");
		}
		if (filter.awaitingDecision()) {
			where.append(" and c.id in (select d.case_id from cases.dispatch d where d.extension_hours is not null"
					+ " and d.status in ('DISPATCHED', 'SIGNED', 'HANDLED')"
					+ " union select p.id from cases.case p where p.suspension_pending)");
		}
		if (filter.light() == Light.RED) {
			where.append(" and exists (select 1 from cases.dispatch d where d.case_id = c.id"
					+ " and d.status in ('DISPATCHED', 'SIGNED', 'HANDLED') and d.due < case"
					+ " when d.handled_at is not null and d.status <> 'SIGNED' then d.handled_at"
					+ " when c.suspended_at is not null then c.suspended_at else :now end)");
		}
		if (filter.tier() != null) {
			where.append(" and c.tier = :tier");
			params.put("tier", filter.tier().name());
		}
		if (filter.gridCode() != null) {
			where.append(" and c.grid_code like :grid");
			params.put("grid", filter.gridCode() + "%");
		}
		if (filter.departmentCode() != null) {
			where.append(" and exists (select 1 from cases.dispatch d where d.case_id = c.id"
					+ " and d.department_code = :department)");
			params.put("department", filter.departmentCode());
		}
		return where.toString();
	}

	private Optional<Case> findWhere(String condition, Object value) {
		Optional<Case> found = this.jdbc.sql("select " + CASE_COLUMNS + " from cases.case where " + condition)
			.param("value", value)
			.query(CaseRepository::caseRow)
			.optional();
		found.ifPresent(this::loadDetails);
		return found;
	}

	private void loadDetails(Case loaded) {
		loadOrders(List.of(loaded));
		this.jdbc.sql("""
				select department_code, reason, summoned_at, due, reported_at, reported_by, overdue_at
				  from cases.summons where case_id = :id order by summoned_at, department_code""")
			.param("id", loaded.id.value())
			.query((rs, row) -> {
				Summons summons = new Summons(rs.getString(1), rs.getString(2), instant(rs, 3), instant(rs, 4));
				summons.reportedAt = instant(rs, 5);
				summons.reportedBy = rs.getString(6);
				summons.overdueAt = instant(rs, 7);
				return summons;
			})
			.list()
			.forEach(loaded.summons::add);
		loaded.followers.addAll(this.jdbc.sql("select username from cases.follower where case_id = :id order by since")
			.param("id", loaded.id.value())
			.query(String.class)
			.list());
	}

	private void loadOrders(List<Case> cases) {
		if (cases.isEmpty()) {
			return;
		}
		Map<UUID, Case> byId = new HashMap<>();
		cases.forEach((loaded) -> byId.put(loaded.id.value(), loaded));
		this.jdbc.sql("""
				select case_id, id, department_code, binding, note, dispatched_at, sign_due, status, due, signed_at,
				       handled_at, result, return_reason, rework_count, extension_hours, extension_reason,
				       sign_overdue_at, handling_overdue_at
				  from cases.dispatch where case_id in (:ids) order by dispatched_at, id""")
			.param("ids", new ArrayList<>(byId.keySet()))
			.query((rs, row) -> {
				Dispatch order = new Dispatch(rs.getObject(2, UUID.class), rs.getString(3), rs.getBoolean(4),
						rs.getString(5), instant(rs, 6), instant(rs, 7), DispatchStatus.valueOf(rs.getString(8)),
						instant(rs, 9));
				order.signedAt = instant(rs, 10);
				order.handledAt = instant(rs, 11);
				order.result = rs.getString(12);
				order.returnReason = rs.getString(13);
				order.reworkCount = rs.getInt(14);
				order.extensionHours = rs.getObject(15, Integer.class);
				order.extensionReason = rs.getString(16);
				order.signOverdueAt = instant(rs, 17);
				order.handlingOverdueAt = instant(rs, 18);
				byId.get(rs.getObject(1, UUID.class)).dispatches.add(order);
				return order;
			})
			.list();
	}

	/**
	 * Stores cases just reported, each statement once for all of them: their rows, then
	 * their timeline entries (a case just reported has nothing else yet).
	 */
	void insertReported(List<Case> reported) {
		this.batch.batchUpdate("insert into cases.case (" + CASE_COLUMNS + ") values (" + CASE_PARAMETERS + ")",
				reported.stream()
					.map((one) -> new MapSqlParameterSource(columns(one, one.version)))
					.toArray(SqlParameterSource[]::new));
		this.batch.batchUpdate(APPEND,
				reported.stream()
					.flatMap((one) -> one.newEntries.stream().map((entry) -> entryValues(one.id, entry)))
					.toArray(SqlParameterSource[]::new));
	}

	/**
	 * Saves the changes made since loading, raising the version; refuses when someone
	 * else saved the case in between.
	 */
	void update(Case changed) {
		Map<String, Object> values = columns(changed, changed.version + 1);
		values.put("expected_version", changed.version);
		int updated = this.jdbc.sql("""
				update cases.case set category_code = :category_code, tier = :tier, priority = :priority,
				       status = :status, registered_at = :registered_at, closed_at = :closed_at,
				       merged_into = :merged_into, return_count = :return_count, rework_count = :rework_count,
				       reopen_count = :reopen_count, claimed_by = :claimed_by, guidance = :guidance, rating = :rating,
				       rating_comment = :rating_comment, evaluated_by = :evaluated_by, evaluated_at = :evaluated_at,
				       suspension_reason = :suspension_reason, suspension_pending = :suspension_pending,
				       suspended_at = :suspended_at, running_due = :running_due, version = :version
				 where id = :id and version = :expected_version""").params(values).update();
		if (updated != 1) {
			throw new ConflictException("cases.error.stale", changed.number);
		}
		changed.version++;
		saveChildren(changed);
	}

	private void saveChildren(Case saved) {
		for (Dispatch order : saved.dispatches) {
			this.jdbc.sql("""
					insert into cases.dispatch (id, case_id, department_code, binding, note, dispatched_at, sign_due,
					       status, due, signed_at, handled_at, result, return_reason, rework_count, extension_hours,
					       extension_reason, sign_overdue_at, handling_overdue_at)
					values (:id, :case_id, :department_code, :binding, :note, :dispatched_at, :sign_due, :status, :due,
					       :signed_at, :handled_at, :result, :return_reason, :rework_count, :extension_hours,
					       :extension_reason, :sign_overdue_at, :handling_overdue_at)
					on conflict (id) do update set status = excluded.status, due = excluded.due,
					       signed_at = excluded.signed_at, handled_at = excluded.handled_at, result = excluded.result,
					       return_reason = excluded.return_reason, rework_count = excluded.rework_count,
					       extension_hours = excluded.extension_hours, extension_reason = excluded.extension_reason,
					       sign_overdue_at = excluded.sign_overdue_at,
					       handling_overdue_at = excluded.handling_overdue_at""")
				.param("id", order.id)
				.param("case_id", saved.id.value())
				.param("department_code", order.departmentCode)
				.param("binding", order.binding)
				.param("note", order.note)
				.param("dispatched_at", timestamp(order.dispatchedAt))
				.param("sign_due", timestamp(order.signDue))
				.param("status", order.status.name())
				.param("due", timestamp(order.due))
				.param("signed_at", timestamp(order.signedAt))
				.param("handled_at", timestamp(order.handledAt))
				.param("result", order.result)
				.param("return_reason", order.returnReason)
				.param("rework_count", order.reworkCount)
				.param("extension_hours", order.extensionHours)
				.param("extension_reason", order.extensionReason)
				.param("sign_overdue_at", timestamp(order.signOverdueAt))
				.param("handling_overdue_at", timestamp(order.handlingOverdueAt))
				.update();
		}
		for (Summons summons : saved.summons) {
			this.jdbc.sql("""
					insert into cases.summons (case_id, department_code, reason, summoned_at, due, reported_at,
					       reported_by, overdue_at)
					values (:case_id, :department_code, :reason, :summoned_at, :due, :reported_at, :reported_by,
					       :overdue_at)
					on conflict (case_id, department_code, summoned_at) do update
					   set reported_at = excluded.reported_at, reported_by = excluded.reported_by,
					       overdue_at = excluded.overdue_at""")
				.param("case_id", saved.id.value())
				.param("department_code", summons.departmentCode)
				.param("reason", summons.reason)
				.param("summoned_at", timestamp(summons.summonedAt))
				.param("due", timestamp(summons.due))
				.param("reported_at", timestamp(summons.reportedAt))
				.param("reported_by", summons.reportedBy)
				.param("overdue_at", timestamp(summons.overdueAt))
				.update();
		}
		for (String follower : saved.newFollowers) {
			this.jdbc.sql("""
					insert into cases.follower (case_id, username, since) values (:case_id, :username, now())
					on conflict do nothing""").param("case_id", saved.id.value()).param("username", follower).update();
		}
		saved.newEntries.forEach((entry) -> append(saved.id, entry));
	}

	/** Adds an entry to the case's append-only timeline. */
	void append(CaseId id, TimelineEntry entry) {
		this.jdbc.sql(APPEND).paramSource(entryValues(id, entry)).update();
	}

	private static MapSqlParameterSource entryValues(CaseId id, TimelineEntry entry) {
		return new MapSqlParameterSource().addValue("case_id", id.value())
			.addValue("at", timestamp(entry.at()))
			.addValue("actor", entry.actor())
			.addValue("action", entry.action())
			.addValue("note", entry.note());
	}

	List<TimelineEntry> timeline(CaseId id) {
		return this.jdbc.sql("select at, actor, action, note from cases.timeline_entry where case_id = :id order by id")
			.param("id", id.value())
			.query((rs, row) -> new TimelineEntry(instant(rs, 1), rs.getString(2), rs.getString(3), rs.getString(4)))
			.list();
	}

	private static Map<String, Object> columns(Case stored, int version) {
		Map<String, Object> values = new HashMap<>();
		values.put("id", stored.id.value());
		values.put("number", stored.number);
		values.put("tracking_token", stored.trackingToken);
		values.put("channel", stored.channel.name());
		values.put("description", stored.description);
		values.put("lat", stored.lat);
		values.put("lon", stored.lon);
		values.put("address", stored.address);
		values.put("grid_code", stored.gridCode);
		values.put("community_code", stored.communityCode);
		values.put("street_code", stored.streetCode);
		values.put("category_code", stored.categoryCode);
		values.put("tier", name(stored.tier));
		values.put("priority", stored.priority.name());
		values.put("status", stored.status.name());
		values.put("reporter", stored.reporter);
		values.put("reporter_contact", stored.contact.sealed());
		values.put("reporter_name_masked", stored.contact.nameMasked());
		values.put("reporter_phone_masked", stored.contact.phoneMasked());
		values.put("first_contact_owner", stored.firstContactOwner);
		values.put("reported_at", timestamp(stored.reportedAt));
		values.put("registered_at", timestamp(stored.registeredAt));
		values.put("closed_at", timestamp(stored.closedAt));
		values.put("merged_into", (stored.mergedInto != null) ? stored.mergedInto.value() : null);
		values.put("return_count", stored.returnCount);
		values.put("rework_count", stored.reworkCount);
		values.put("reopen_count", stored.reopenCount);
		values.put("claimed_by", stored.claimedBy);
		values.put("guidance", stored.guidance);
		values.put("rating", name(stored.rating));
		values.put("rating_comment", stored.ratingComment);
		values.put("evaluated_by", stored.evaluatedBy);
		values.put("evaluated_at", timestamp(stored.evaluatedAt));
		values.put("suspension_reason", stored.suspensionReason);
		values.put("suspension_pending", stored.suspensionPending);
		values.put("suspended_at", timestamp(stored.suspendedAt));
		values.put("running_due", timestamp(stored.runningDue()));
		values.put("due_by", timestamp(stored.dueBy));
		values.put("version", version);
		return values;
	}

	private static Case caseRow(ResultSet rs, int row) throws SQLException {
		Case loaded = new Case(new CaseId(rs.getObject("id", UUID.class)), rs.getString("number"),
				rs.getString("tracking_token"), Channel.valueOf(rs.getString("channel")), rs.getString("description"),
				rs.getDouble("lat"), rs.getDouble("lon"), rs.getString("address"), rs.getString("grid_code"),
				rs.getString("community_code"), rs.getString("street_code"), rs.getString("reporter"),
				new ReporterContact(rs.getBytes("reporter_contact"), rs.getString("reporter_name_masked"),
						rs.getString("reporter_phone_masked")),
				rs.getString("first_contact_owner"), instant(rs, "reported_at"), rs.getInt("version"));
		loaded.categoryCode = rs.getString("category_code");
		loaded.tier = (rs.getString("tier") != null) ? Tier.valueOf(rs.getString("tier")) : null;
		loaded.priority = Priority.valueOf(rs.getString("priority"));
		loaded.status = CaseStatus.valueOf(rs.getString("status"));
		loaded.registeredAt = instant(rs, "registered_at");
		loaded.closedAt = instant(rs, "closed_at");
		UUID mergedInto = rs.getObject("merged_into", UUID.class);
		loaded.mergedInto = (mergedInto != null) ? new CaseId(mergedInto) : null;
		loaded.returnCount = rs.getInt("return_count");
		loaded.reworkCount = rs.getInt("rework_count");
		loaded.reopenCount = rs.getInt("reopen_count");
		loaded.claimedBy = rs.getString("claimed_by");
		loaded.guidance = rs.getString("guidance");
		loaded.rating = (rs.getString("rating") != null) ? Rating.valueOf(rs.getString("rating")) : null;
		loaded.ratingComment = rs.getString("rating_comment");
		loaded.evaluatedBy = rs.getString("evaluated_by");
		loaded.evaluatedAt = instant(rs, "evaluated_at");
		loaded.suspensionReason = rs.getString("suspension_reason");
		loaded.suspensionPending = rs.getBoolean("suspension_pending");
		loaded.suspendedAt = instant(rs, "suspended_at");
		loaded.dueBy = instant(rs, "due_by");
		return loaded;
	}

	/** A row's place in Mercator coordinates (degrees). */
	private static String mercator(String row) {
		return "point(%1$s.lon, degrees(ln(tan(radians(45 + %1$s.lat / 2)))))".formatted(row);
	}

	private static String columnList(String prefix) {
		return String.join(", ", CASE_COLUMN_NAMES.stream().map((column) -> prefix + column).toList());
	}

	private static String name(Enum<?> value) {
		return (value != null) ? value.name() : null;
	}

	private static Timestamp timestamp(Instant instant) {
		return (instant != null) ? Timestamp.from(instant) : null;
	}

	private static Instant instant(ResultSet rs, int column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return (value != null) ? value.toInstant() : null;
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return (value != null) ? value.toInstant() : null;
	}

	record StoredKey(String requestHash, CaseId caseId) {
	}

	record NewKey(String key, String requestHash, CaseId caseId, Instant at) {
	}

}

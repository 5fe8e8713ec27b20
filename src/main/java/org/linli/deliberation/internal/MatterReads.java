package org.linli.deliberation.internal;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.linli.deliberation.Choice;
import org.linli.deliberation.CostMethod;
import org.linli.deliberation.MatterStage;
import org.linli.deliberation.MatterStatus;
import org.linli.deliberation.Satisfaction;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The queries behind the views: a matter's comments, meetings, plan, work and ratings,
 * and lists of matters. Names are usernames here; the service turns them into what the
 * reader may see.
 */
@Component
class MatterReads {

	private final JdbcClient jdbc;

	MatterReads(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	record Row(UUID id, String number, String title, String scopeCode, MatterStatus status, Instant raisedAt,
			Instant closesAt) {
	}

	record Plan(long totalFen, long fundMatchFen, CostMethod method, String floorWeights, String setBy, Instant setAt) {
	}

	record ShareRow(long householdId, String buildingCode, String room, int floor, BigDecimal floorArea,
			BigDecimal weight, long amountFen, String pledgedBy, long paidFen) {
	}

	List<Row> page(Seats.Condition visible, String scopePrefix, MatterStage stage, int limit, long offset) {
		Map<String, Object> params = new HashMap<>(visible.params());
		String where = where(visible, scopePrefix, stage, params);
		params.put("limit", limit);
		params.put("offset", offset);
		return this.jdbc
			.sql("select m.id, m.number, m.title, m.scope_code, m.status, m.raised_at, m.vote_closes_at"
					+ " from deliberation.matter m where " + where
					+ " order by m.raised_at desc, m.id limit :limit offset :offset")
			.params(params)
			.query((rs, row) -> new Row(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4),
					MatterStatus.valueOf(rs.getString(5)), MatterRepository.instant(rs, "raised_at"),
					MatterRepository.instant(rs, "vote_closes_at")))
			.list();
	}

	long count(Seats.Condition visible, String scopePrefix, MatterStage stage) {
		Map<String, Object> params = new HashMap<>(visible.params());
		String where = where(visible, scopePrefix, stage, params);
		return this.jdbc.sql("select count(*) from deliberation.matter m where " + where)
			.params(params)
			.query(Long.class)
			.single();
	}

	private static String where(Seats.Condition visible, String scopePrefix, MatterStage stage,
			Map<String, Object> params) {
		StringBuilder where = new StringBuilder(visible.sql());
		if (scopePrefix != null) {
			where.append(" and m.scope_code like :prefix");
			params.put("prefix", scopePrefix + "%");
		}
		if (stage != null) {
			where.append(" and m.status in (:statuses)");
			params.put("statuses",
					Arrays.stream(MatterStatus.values())
						.filter((status) -> status.stage() == stage)
						.map(Enum::name)
						.toList());
		}
		return where.toString();
	}

	List<MatterViews.Comment> comments(UUID matter) {
		return this.jdbc.sql("""
				select id, author, body, posted_at, hidden_by, hidden_at, hidden_reason
				  from deliberation.comment where matter_id = :matter order by id""")
			.param("matter", matter)
			.query((rs, row) -> new MatterViews.Comment(rs.getLong("id"), rs.getString("author"), rs.getString("body"),
					MatterRepository.instant(rs, "posted_at"), rs.getTimestamp("hidden_at") != null,
					rs.getString("hidden_by"), rs.getString("hidden_reason")))
			.list();
	}

	List<MatterViews.Meeting> meetings(UUID matter) {
		return this.jdbc.sql("""
				select id, kind, scheduled_at, place, agenda, scheduled_by, attendance, attendees, minutes,
				       recorded_by, recorded_at
				  from deliberation.meeting where matter_id = :matter order by scheduled_at, id""")
			.param("matter", matter)
			.query((rs, row) -> new MatterViews.Meeting(rs.getLong("id"), MeetingKind.valueOf(rs.getString("kind")),
					MatterRepository.instant(rs, "scheduled_at"), rs.getString("place"), rs.getString("agenda"),
					rs.getString("scheduled_by"), (Integer) rs.getObject("attendance"), rs.getString("attendees"),
					rs.getString("minutes"), rs.getString("recorded_by"), MatterRepository.instant(rs, "recorded_at")))
			.list();
	}

	List<MatterViews.Task> tasks(UUID matter) {
		return this.jdbc.sql("""
				select id, title, owner, due_on, done_by, done_at from deliberation.task
				 where matter_id = :matter order by due_on, id""")
			.param("matter", matter)
			.query((rs, row) -> new MatterViews.Task(rs.getLong("id"), rs.getString("title"), rs.getString("owner"),
					rs.getObject("due_on", Date.class).toLocalDate(), rs.getString("done_by"),
					MatterRepository.instant(rs, "done_at")))
			.list();
	}

	List<MatterViews.Quote> quotes(UUID matter, Long chosen) {
		return this.jdbc.sql("""
				select id, supplier, amount_fen, note, added_by, added_at from deliberation.quote
				 where matter_id = :matter order by amount_fen, id""")
			.param("matter", matter)
			.query((rs, row) -> new MatterViews.Quote(rs.getLong("id"), rs.getString("supplier"),
					Money.yuan(rs.getLong("amount_fen")), rs.getString("note"), rs.getString("added_by"),
					MatterRepository.instant(rs, "added_at"), Long.valueOf(rs.getLong("id")).equals(chosen)))
			.list();
	}

	List<MatterViews.Progress> progress(UUID matter) {
		Map<Long, List<UUID>> photos = new HashMap<>();
		this.jdbc.sql("""
				select p.id, f.photo_id from deliberation.progress p
				  join deliberation.progress_photo f on f.progress_id = p.id
				 where p.matter_id = :matter order by f.photo_id""").param("matter", matter).query((rs) -> {
			photos.computeIfAbsent(rs.getLong(1), (id) -> new ArrayList<>()).add(rs.getObject(2, UUID.class));
		});
		return this.jdbc.sql("""
				select id, note, reported_by, reported_at from deliberation.progress
				 where matter_id = :matter order by id""")
			.param("matter", matter)
			.query((rs, row) -> new MatterViews.Progress(rs.getLong("id"), rs.getString("note"),
					rs.getString("reported_by"), MatterRepository.instant(rs, "reported_at"),
					photos.getOrDefault(rs.getLong("id"), List.of())))
			.list();
	}

	List<MatterViews.Supervision> supervision(UUID matter) {
		return this.jdbc.sql("""
				select kind, note, by_user, at from deliberation.supervision where matter_id = :matter order by id""")
			.param("matter", matter)
			.query((rs, row) -> new MatterViews.Supervision(SupervisionKind.valueOf(rs.getString("kind")),
					rs.getString("note"), rs.getString("by_user"), MatterRepository.instant(rs, "at")))
			.list();
	}

	Map<Satisfaction, Long> ratings(UUID matter) {
		Map<Satisfaction, Long> counts = new EnumMap<>(Satisfaction.class);
		this.jdbc
			.sql("""
					select satisfaction, count(*) from deliberation.rating where matter_id = :matter group by satisfaction""")
			.param("matter", matter)
			.query((rs) -> {
				counts.put(Satisfaction.valueOf(rs.getString(1)), rs.getLong(2));
			});
		return counts;
	}

	Satisfaction ratingOf(UUID matter, long household) {
		return this.jdbc
			.sql("select satisfaction from deliberation.rating where matter_id = :matter and household_id = :household")
			.param("matter", matter)
			.param("household", household)
			.query(String.class)
			.optional()
			.map(Satisfaction::valueOf)
			.orElse(null);
	}

	List<TimelineEntry> timeline(UUID matter) {
		return this.jdbc.sql(
				"select at, actor, action, note from deliberation.timeline_entry where matter_id = :matter order by id")
			.param("matter", matter)
			.query((rs, row) -> new TimelineEntry(MatterRepository.instant(rs, "at"), rs.getString("actor"),
					rs.getString("action"), rs.getString("note")))
			.list();
	}

	/** Every ballot ever cast in the vote, changes of mind included, for the audit. */
	List<MatterViews.Ballot> ballots(UUID matter) {
		return this.jdbc.sql("""
				select b.household_id, v.room, b.choice, b.cast_by, b.proxy, b.note, b.cast_at
				  from deliberation.ballot b
				  join deliberation.voter v on v.matter_id = b.matter_id and v.household_id = b.household_id
				 where b.matter_id = :matter order by v.building_code, v.floor, v.room, b.id""")
			.param("matter", matter)
			.query((rs, row) -> new MatterViews.Ballot(rs.getLong(1), rs.getString(2), Choice.valueOf(rs.getString(3)),
					rs.getString(4), rs.getBoolean(5), rs.getString(6), MatterRepository.instant(rs, "cast_at")))
			.list();
	}

	Optional<Plan> plan(UUID matter) {
		return this.jdbc.sql("""
				select total_fen, fund_match_fen, method, floor_weights, set_by, set_at
				  from deliberation.cost_plan where matter_id = :matter""")
			.param("matter", matter)
			.query((rs, row) -> new Plan(rs.getLong(1), rs.getLong(2), CostMethod.valueOf(rs.getString(3)),
					rs.getString(4), rs.getString(5), MatterRepository.instant(rs, "set_at")))
			.optional();
	}

	List<ShareRow> shares(UUID matter) {
		return this.jdbc.sql("""
				select s.household_id, s.building_code, s.room, s.floor, s.floor_area, s.weight, s.amount_fen,
				       s.pledged_by,
				       coalesce((select sum(p.amount_fen) from deliberation.payment p
				                  where p.matter_id = s.matter_id and p.household_id = s.household_id), 0) as paid
				  from deliberation.cost_share s where s.matter_id = :matter
				 order by s.building_code, s.floor, s.room, s.household_id""")
			.param("matter", matter)
			.query((rs, row) -> new ShareRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4),
					rs.getBigDecimal(5), rs.getBigDecimal(6), rs.getLong(7), rs.getString(8), rs.getLong(9)))
			.list();
	}

	List<UUID> mattersWithPhoto(UUID photo) {
		return this.jdbc.sql("""
				select distinct p.matter_id from deliberation.progress p
				  join deliberation.progress_photo f on f.progress_id = p.id where f.photo_id = :photo""")
			.param("photo", photo)
			.query(UUID.class)
			.list();
	}

	/** The matters of a community with their status, for the map. */
	List<Row> inCommunity(Seats.Condition visible, String communityCode) {
		return page(visible, communityCode, null, 1000, 0);
	}

}

package org.linli.deliberation.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.linli.deliberation.Choice;
import org.linli.deliberation.MatterStatus;
import org.linli.deliberation.VoteOutcome;
import org.linli.deliberation.VotingRule;
import org.linli.shared.ConflictException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Loads a matter with the facts its transitions check, and saves a transition: the
 * matter's row (guarded by its version, see {@link Matter.Write}), the records it added
 * and its timeline entries, in the caller's transaction.
 */
@Repository
class MatterRepository {

	private final JdbcClient jdbc;

	private final Conventions conventions;

	MatterRepository(JdbcClient jdbc, Conventions conventions) {
		this.jdbc = jdbc;
		this.conventions = conventions;
	}

	String nextNumber(int year) {
		long sequence = this.jdbc.sql("select nextval('deliberation.matter_number_seq')").query(Long.class).single();
		return "YS-%d-%04d".formatted(year, sequence);
	}

	void insert(Matter raised) {
		this.jdbc.sql("""
				insert into deliberation.matter (id, number, scope_code, title, description, raised_by, raised_at,
				       case_id, case_number, status, version)
				values (:id, :number, :scope, :title, :description, :raisedBy, :raisedAt, :caseId, :caseNumber,
				       :status, 0)""")
			.param("id", raised.id)
			.param("number", raised.number)
			.param("scope", raised.scopeCode)
			.param("title", raised.title)
			.param("description", raised.description)
			.param("raisedBy", raised.raisedBy)
			.param("raisedAt", timestamp(raised.raisedAt))
			.param("caseId", raised.caseId)
			.param("caseNumber", raised.caseNumber)
			.param("status", raised.status.name())
			.update();
		saveRecords(raised);
	}

	Optional<Matter> find(UUID id) {
		Optional<Matter> found = this.jdbc.sql("select * from deliberation.matter where id = :id")
			.param("id", id)
			.query(MatterRepository::matter)
			.optional();
		found.ifPresent(this::loadFacts);
		return found;
	}

	Optional<UUID> findByCase(UUID caseId) {
		return this.jdbc.sql("select id from deliberation.matter where case_id = :caseId")
			.param("caseId", caseId)
			.query(UUID.class)
			.optional();
	}

	private void loadFacts(Matter matter) {
		Map<String, Object> plan = this.jdbc
			.sql("""
					select count(*) as plans,
					       exists (select 1 from deliberation.cost_share s where s.matter_id = :id and s.pledged_at is not null)
					       or exists (select 1 from deliberation.payment p where p.matter_id = :id) as locked
					  from deliberation.cost_plan where matter_id = :id""")
			.param("id", matter.id)
			.query()
			.singleRow();
		matter.costPlanSet = ((Number) plan.get("plans")).longValue() > 0;
		matter.costPlanLocked = Boolean.TRUE.equals(plan.get("locked"));
		matter.quoteIds.addAll(this.jdbc.sql("select id from deliberation.quote where matter_id = :id")
			.param("id", matter.id)
			.query(Long.class)
			.list());
		this.jdbc.sql("select id, done_at is not null from deliberation.task where matter_id = :id")
			.param("id", matter.id)
			.query((rs) -> {
				matter.tasks.put(rs.getLong(1), rs.getBoolean(2));
			});
		this.jdbc.sql("select id, recorded_at is not null from deliberation.meeting where matter_id = :id")
			.param("id", matter.id)
			.query((rs) -> {
				matter.meetings.put(rs.getLong(1), rs.getBoolean(2));
			});
	}

	/**
	 * Saves a transition. A strict change is refused as a conflict when someone else
	 * saved the matter since it was loaded; a serial one (a ballot) queues behind the
	 * others and raises the version, so a close of the vote loaded before it is refused
	 * instead of missing it.
	 */
	void save(Matter changed) {
		switch (changed.write) {
			case STRICT -> update(changed);
			case SERIAL -> {
				int touched = this.jdbc
					.sql("update deliberation.matter set version = version + 1 where id = :id and status = :status")
					.param("id", changed.id)
					.param("status", changed.status.name())
					.update();
				if (touched != 1) {
					throw new ConflictException("deliberation.error.stale", changed.number);
				}
			}
			case APPEND -> {
			}
		}
		saveRecords(changed);
	}

	private void update(Matter changed) {
		Map<String, Object> values = new HashMap<>();
		values.put("id", changed.id);
		values.put("expected", changed.version);
		values.put("status", changed.status.name());
		values.put("screenedBy", changed.screenedBy);
		values.put("screeningNote", changed.screeningNote);
		values.put("duplicateOf", changed.duplicateOf);
		values.put("putToVote", changed.putToVote);
		values.put("councilReasons", changed.councilReasons);
		values.put("councilBy", changed.councilBy);
		values.put("councilAt", timestamp(changed.councilAt));
		values.put("rule", (changed.rule != null) ? changed.rule.name() : null);
		values.put("quorum", (changed.quorum != null) ? changed.quorum.toString() : null);
		values.put("approval", (changed.approval != null) ? changed.approval.toString() : null);
		values.put("openedBy", changed.voteOpenedBy);
		values.put("openedAt", timestamp(changed.voteOpenedAt));
		values.put("closesAt", timestamp(changed.closesAt));
		values.put("closedVoteAt", timestamp(changed.voteClosedAt));
		values.put("outcome", (changed.outcome != null) ? changed.outcome.name() : null);
		values.put("chosenQuote", changed.chosenQuoteId);
		values.put("quoteReason", changed.quoteReason);
		values.put("closedAt", timestamp(changed.closedAt));
		int updated = this.jdbc.sql("""
				update deliberation.matter set status = :status, screened_by = :screenedBy,
				       screening_note = :screeningNote, duplicate_of = :duplicateOf, put_to_vote = :putToVote,
				       council_reasons = :councilReasons, council_by = :councilBy, council_at = :councilAt,
				       vote_rule = :rule, vote_quorum = :quorum, vote_approval = :approval,
				       vote_opened_by = :openedBy, vote_opened_at = :openedAt, vote_closes_at = :closesAt,
				       vote_closed_at = :closedVoteAt, vote_outcome = :outcome, chosen_quote_id = :chosenQuote,
				       quote_reason = :quoteReason, closed_at = :closedAt, version = version + 1
				 where id = :id and version = :expected""").params(values).update();
		if (updated != 1) {
			throw new ConflictException("deliberation.error.stale", changed.number);
		}
		changed.version++;
	}

	private void saveRecords(Matter saved) {
		for (Change change : saved.changes) {
			store(saved.id, change);
		}
		saved.changes.clear();
		for (TimelineEntry entry : saved.newEntries) {
			this.jdbc.sql("""
					insert into deliberation.timeline_entry (matter_id, at, actor, action, note)
					values (:matter, :at, :actor, :action, :note)""")
				.param("matter", saved.id)
				.param("at", timestamp(entry.at()))
				.param("actor", entry.actor())
				.param("action", entry.action())
				.param("note", entry.note())
				.update();
		}
		saved.newEntries.clear();
	}

	private void store(UUID matter, Change change) {
		switch (change) {
			case Change.NewComment comment -> this.jdbc.sql("""
					insert into deliberation.comment (matter_id, author, body, posted_at)
					values (:matter, :author, :body, :at)""")
				.param("matter", matter)
				.param("author", comment.author())
				.param("body", comment.body())
				.param("at", timestamp(comment.at()))
				.update();
			case Change.HiddenComment hidden -> this.jdbc.sql("""
					update deliberation.comment set hidden_by = :by, hidden_at = :at, hidden_reason = :reason
					 where id = :id and matter_id = :matter and hidden_at is null""")
				.param("by", hidden.by())
				.param("at", timestamp(hidden.at()))
				.param("reason", hidden.reason())
				.param("id", hidden.commentId())
				.param("matter", matter)
				.update();
			case Change.NewMeeting meeting -> this.jdbc.sql("""
					insert into deliberation.meeting (matter_id, kind, scheduled_at, place, agenda, scheduled_by)
					values (:matter, :kind, :scheduledAt, :place, :agenda, :by)""")
				.param("matter", matter)
				.param("kind", meeting.kind().name())
				.param("scheduledAt", timestamp(meeting.scheduledAt()))
				.param("place", meeting.place())
				.param("agenda", meeting.agenda())
				.param("by", meeting.by())
				.update();
			case Change.Minutes minutes -> this.jdbc.sql("""
					update deliberation.meeting set attendance = :attendance, attendees = :attendees,
					       minutes = :minutes, recorded_by = :by, recorded_at = :at
					 where id = :id and matter_id = :matter""")
				.param("attendance", minutes.attendance())
				.param("attendees", minutes.attendees())
				.param("minutes", minutes.minutes())
				.param("by", minutes.by())
				.param("at", timestamp(minutes.at()))
				.param("id", minutes.meetingId())
				.param("matter", matter)
				.update();
			case Change.Electorate electorate -> {
				this.jdbc.sql("delete from deliberation.voter where matter_id = :matter")
					.param("matter", matter)
					.update();
				for (Voter voter : electorate.voters()) {
					this.jdbc.sql("""
							insert into deliberation.voter (matter_id, household_id, building_code, room, floor,
							       floor_area, owner_occupied, account_username)
							values (:matter, :household, :building, :room, :floor, :area, :owner, :account)""")
						.param("matter", matter)
						.param("household", voter.householdId())
						.param("building", voter.buildingCode())
						.param("room", voter.room())
						.param("floor", voter.floor())
						.param("area", voter.floorArea())
						.param("owner", voter.ownerOccupied())
						.param("account", voter.accountUsername())
						.update();
				}
			}
			case Change.NewBallot ballot -> this.jdbc.sql("""
					insert into deliberation.ballot (matter_id, household_id, choice, cast_by, proxy, note, cast_at)
					values (:matter, :household, :choice, :by, :proxy, :note, :at)""")
				.param("matter", matter)
				.param("household", ballot.householdId())
				.param("choice", ballot.choice().name())
				.param("by", ballot.castBy())
				.param("proxy", ballot.proxy())
				.param("note", ballot.note())
				.param("at", timestamp(ballot.at()))
				.update();
			case Change.NewCostPlan plan -> storePlan(matter, plan.plan());
			case Change.Pledge pledge -> this.jdbc.sql("""
					update deliberation.cost_share set pledged_by = :by, pledged_at = :at
					 where matter_id = :matter and household_id = :household and pledged_at is null""")
				.param("by", pledge.by())
				.param("at", timestamp(pledge.at()))
				.param("matter", matter)
				.param("household", pledge.householdId())
				.update();
			case Change.Payment payment -> this.jdbc.sql("""
					insert into deliberation.payment (matter_id, household_id, amount_fen, recorded_by, recorded_at)
					values (:matter, :household, :amount, :by, :at)""")
				.param("matter", matter)
				.param("household", payment.householdId())
				.param("amount", payment.amountFen())
				.param("by", payment.by())
				.param("at", timestamp(payment.at()))
				.update();
			case Change.NewTask task -> this.jdbc.sql("""
					insert into deliberation.task (matter_id, title, owner, due_on, created_by, created_at)
					values (:matter, :title, :owner, :dueOn, :by, :at)""")
				.param("matter", matter)
				.param("title", task.title())
				.param("owner", task.owner())
				.param("dueOn", task.dueOn())
				.param("by", task.by())
				.param("at", timestamp(task.at()))
				.update();
			case Change.TaskDone done -> this.jdbc.sql("""
					update deliberation.task set done_by = :by, done_at = :at
					 where id = :id and matter_id = :matter and done_at is null""")
				.param("by", done.by())
				.param("at", timestamp(done.at()))
				.param("id", done.taskId())
				.param("matter", matter)
				.update();
			case Change.NewQuote quote -> this.jdbc.sql("""
					insert into deliberation.quote (matter_id, supplier, amount_fen, note, added_by, added_at)
					values (:matter, :supplier, :amount, :note, :by, :at)""")
				.param("matter", matter)
				.param("supplier", quote.supplier())
				.param("amount", quote.amountFen())
				.param("note", quote.note())
				.param("by", quote.by())
				.param("at", timestamp(quote.at()))
				.update();
			case Change.Progress progress -> {
				long id = this.jdbc.sql("""
						insert into deliberation.progress (matter_id, note, reported_by, reported_at)
						values (:matter, :note, :by, :at) returning id""")
					.param("matter", matter)
					.param("note", progress.note())
					.param("by", progress.by())
					.param("at", timestamp(progress.at()))
					.query(Long.class)
					.single();
				for (UUID photo : progress.photoIds()) {
					this.jdbc.sql("""
							insert into deliberation.progress_photo (progress_id, photo_id) values (:progress, :photo)
							on conflict do nothing""").param("progress", id).param("photo", photo).update();
				}
			}
			case Change.Supervision supervision -> this.jdbc.sql("""
					insert into deliberation.supervision (matter_id, kind, note, by_user, at)
					values (:matter, :kind, :note, :by, :at)""")
				.param("matter", matter)
				.param("kind", supervision.kind().name())
				.param("note", supervision.note())
				.param("by", supervision.by())
				.param("at", timestamp(supervision.at()))
				.update();
			case Change.Rating rating -> {
				int added = this.jdbc
					.sql("""
							insert into deliberation.rating (matter_id, household_id, satisfaction, comment, rated_by, rated_at)
							values (:matter, :household, :satisfaction, :comment, :by, :at) on conflict do nothing""")
					.param("matter", matter)
					.param("household", rating.householdId())
					.param("satisfaction", rating.satisfaction().name())
					.param("comment", rating.comment())
					.param("by", rating.by())
					.param("at", timestamp(rating.at()))
					.update();
				if (added != 1) {
					throw new ConflictException("deliberation.error.already-rated");
				}
			}
			case Change.ConventionArticle article -> this.conventions.adopt(matter, article);
		}
	}

	private void storePlan(UUID matter, CostPlan plan) {
		this.jdbc.sql("delete from deliberation.cost_share where matter_id = :matter").param("matter", matter).update();
		this.jdbc.sql("delete from deliberation.cost_plan where matter_id = :matter").param("matter", matter).update();
		this.jdbc.sql("""
				insert into deliberation.cost_plan (matter_id, total_fen, fund_match_fen, method, floor_weights, set_by,
				       set_at)
				values (:matter, :total, :match, :method, :weights, :by, :at)""")
			.param("matter", matter)
			.param("total", plan.totalFen())
			.param("match", plan.fundMatchFen())
			.param("method", plan.method().name())
			.param("weights", plan.floorWeights().isEmpty() ? null : FloorWeights.format(plan.floorWeights()))
			.param("by", plan.setBy())
			.param("at", timestamp(plan.setAt()))
			.update();
		for (CostPlan.Share share : plan.shares()) {
			this.jdbc.sql("""
					insert into deliberation.cost_share (matter_id, household_id, building_code, room, floor,
					       floor_area, weight, amount_fen)
					values (:matter, :household, :building, :room, :floor, :area, :weight, :amount)""")
				.param("matter", matter)
				.param("household", share.householdId())
				.param("building", share.buildingCode())
				.param("room", share.room())
				.param("floor", share.floor())
				.param("area", share.floorArea())
				.param("weight", share.weight())
				.param("amount", share.amountFen())
				.update();
		}
	}

	// the electorate and ballots, for the vote's transitions

	List<Voter> electorate(UUID matter) {
		return this.jdbc
			.sql("""
					select household_id, building_code, room, floor, floor_area, owner_occupied, account_username
					  from deliberation.voter where matter_id = :matter order by building_code, floor, room, household_id""")
			.param("matter", matter)
			.query(MatterRepository::voter)
			.list();
	}

	Optional<Voter> voter(UUID matter, long household) {
		return this.jdbc.sql("""
				select household_id, building_code, room, floor, floor_area, owner_occupied, account_username
				  from deliberation.voter where matter_id = :matter and household_id = :household""")
			.param("matter", matter)
			.param("household", household)
			.query(MatterRepository::voter)
			.optional();
	}

	/** Each household's last ballot. */
	Map<Long, Choice> lastBallots(UUID matter) {
		return this.jdbc.sql("""
				select distinct on (household_id) household_id, choice from deliberation.ballot
				 where matter_id = :matter order by household_id, id desc""")
			.param("matter", matter)
			.query((rs, row) -> Map.entry(rs.getLong(1), Choice.valueOf(rs.getString(2))))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	long electorateSize(UUID matter) {
		return this.jdbc.sql("select count(*) from deliberation.voter where matter_id = :matter")
			.param("matter", matter)
			.query(Long.class)
			.single();
	}

	/** How many households have a ballot. */
	long householdsVoted(UUID matter) {
		return this.jdbc.sql("select count(distinct household_id) from deliberation.ballot where matter_id = :matter")
			.param("matter", matter)
			.query(Long.class)
			.single();
	}

	Optional<Choice> lastChoice(UUID matter, long household) {
		return this.jdbc.sql("""
				select choice from deliberation.ballot where matter_id = :matter and household_id = :household
				 order by id desc limit 1""")
			.param("matter", matter)
			.param("household", household)
			.query(String.class)
			.optional()
			.map(Choice::valueOf);
	}

	boolean hasShare(UUID matter, long household) {
		return shareRow(matter, household).isPresent();
	}

	/** Whether the household's share is pledged, if it has one. */
	Optional<Boolean> shareRow(UUID matter, long household) {
		return this.jdbc
			.sql("select pledged_at is not null from deliberation.cost_share"
					+ " where matter_id = :matter and household_id = :household")
			.param("matter", matter)
			.param("household", household)
			.query(Boolean.class)
			.optional();
	}

	boolean hasRated(UUID matter, long household) {
		return this.jdbc
			.sql("select count(*) from deliberation.rating where matter_id = :matter and household_id = :household")
			.param("matter", matter)
			.param("household", household)
			.query(Long.class)
			.single() > 0;
	}

	/** Whether the comment belongs to the matter, and if so whether it is hidden. */
	Optional<Boolean> commentHidden(UUID matter, long comment) {
		return this.jdbc
			.sql("select hidden_at is not null from deliberation.comment where id = :id and matter_id = :matter")
			.param("id", comment)
			.param("matter", matter)
			.query(Boolean.class)
			.optional();
	}

	private static Voter voter(ResultSet rs, int row) throws SQLException {
		return new Voter(rs.getLong("household_id"), rs.getString("building_code"), rs.getString("room"),
				rs.getInt("floor"), rs.getBigDecimal("floor_area"), rs.getBoolean("owner_occupied"),
				rs.getString("account_username"));
	}

	static Matter matter(ResultSet rs, int row) throws SQLException {
		Matter matter = new Matter(rs.getObject("id", UUID.class), rs.getString("number"), rs.getString("scope_code"),
				rs.getString("title"), rs.getString("description"), rs.getString("raised_by"), instant(rs, "raised_at"),
				rs.getObject("case_id", UUID.class), rs.getString("case_number"), rs.getInt("version"));
		matter.status = MatterStatus.valueOf(rs.getString("status"));
		matter.screenedBy = rs.getString("screened_by");
		matter.screeningNote = rs.getString("screening_note");
		matter.duplicateOf = rs.getObject("duplicate_of", UUID.class);
		matter.putToVote = (Boolean) rs.getObject("put_to_vote");
		matter.councilReasons = rs.getString("council_reasons");
		matter.councilBy = rs.getString("council_by");
		matter.councilAt = instant(rs, "council_at");
		String rule = rs.getString("vote_rule");
		matter.rule = (rule != null) ? VotingRule.valueOf(rule) : null;
		matter.quorum = Threshold.parse(rs.getString("vote_quorum")).orElse(null);
		matter.approval = Threshold.parse(rs.getString("vote_approval")).orElse(null);
		matter.voteOpenedBy = rs.getString("vote_opened_by");
		matter.voteOpenedAt = instant(rs, "vote_opened_at");
		matter.closesAt = instant(rs, "vote_closes_at");
		matter.voteClosedAt = instant(rs, "vote_closed_at");
		String outcome = rs.getString("vote_outcome");
		matter.outcome = (outcome != null) ? VoteOutcome.valueOf(outcome) : null;
		long chosen = rs.getLong("chosen_quote_id");
		matter.chosenQuoteId = rs.wasNull() ? null : chosen;
		matter.quoteReason = rs.getString("quote_reason");
		matter.closedAt = instant(rs, "closed_at");
		return matter;
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return (value != null) ? value.toInstant() : null;
	}

	static Timestamp timestamp(Instant instant) {
		return (instant != null) ? Timestamp.from(instant) : null;
	}

}

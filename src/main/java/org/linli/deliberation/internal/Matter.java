package org.linli.deliberation.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.linli.deliberation.Choice;
import org.linli.deliberation.MatterRaised;
import org.linli.deliberation.MatterStatus;
import org.linli.deliberation.Satisfaction;
import org.linli.deliberation.VoteClosed;
import org.linli.deliberation.VoteOutcome;
import org.linli.deliberation.VotingRule;
import org.linli.shared.ConflictException;
import org.linli.shared.ForbiddenException;
import org.linli.shared.InvalidInputException;
import org.linli.shared.NotFoundException;

/**
 * A matter (议题) from raising to closing. Every change is a named method that first checks
 * the status allows it ({@link Action}; otherwise a conflict), then changes the matter,
 * notes the records it adds ({@link Change}) and a timeline entry. The repository saves
 * them in one transaction, refusing the save if someone else changed the matter since it
 * was loaded.
 */
final class Matter {

	/** How saving this change guards against concurrent ones. */
	enum Write {

		/** Only if nobody changed the matter since it was loaded (its version). */
		STRICT,
		/**
		 * After whatever came before, raising the version: ballots queue behind each
		 * other without conflict, and a concurrent close of the vote sees them.
		 */
		SERIAL,
		/** Adds records only; the matter itself is unchanged. */
		APPEND

	}

	static final int MIN_QUOTES = 3;

	final UUID id;

	final String number;

	final String scopeCode;

	final String title;

	final String description;

	final String raisedBy;

	final Instant raisedAt;

	final UUID caseId;

	final String caseNumber;

	int version;

	MatterStatus status;

	String screenedBy;

	String screeningNote;

	UUID duplicateOf;

	Boolean putToVote;

	String councilReasons;

	String councilBy;

	Instant councilAt;

	VotingRule rule;

	Threshold quorum;

	Threshold approval;

	String voteOpenedBy;

	Instant voteOpenedAt;

	Instant closesAt;

	Instant voteClosedAt;

	VoteOutcome outcome;

	Long chosenQuoteId;

	String quoteReason;

	Instant closedAt;

	boolean costPlanSet;

	boolean costPlanLocked;

	final Set<Long> quoteIds = new HashSet<>();

	/** Task id → done. */
	final Map<Long, Boolean> tasks = new HashMap<>();

	/** Meeting id → held (minutes recorded). */
	final Map<Long, Boolean> meetings = new HashMap<>();

	Write write = Write.STRICT;

	final List<Change> changes = new ArrayList<>();

	final List<TimelineEntry> newEntries = new ArrayList<>();

	final List<Object> events = new ArrayList<>();

	Matter(UUID id, String number, String scopeCode, String title, String description, String raisedBy,
			Instant raisedAt, UUID caseId, String caseNumber, int version) {
		this.id = id;
		this.number = number;
		this.scopeCode = scopeCode;
		this.title = title;
		this.description = description;
		this.raisedBy = raisedBy;
		this.raisedAt = raisedAt;
		this.caseId = caseId;
		this.caseNumber = caseNumber;
		this.version = version;
	}

	/**
	 * A resident or staff raises a matter; {@code caseId} names the community-tier
	 * concern staff convert into it, or is null.
	 */
	static Matter raise(String number, String scopeCode, String title, String description, String actor, UUID caseId,
			String caseNumber, Instant now) {
		Matter raised = new Matter(UUID.randomUUID(), number, scopeCode, title, description, actor, now, caseId,
				caseNumber, 0);
		raised.status = MatterStatus.PROPOSED;
		raised.record(now, actor, (caseId != null) ? "raise-from-case" : "raise", caseNumber);
		raised.events.add(new MatterRaised(raised.id, number, scopeCode, caseId, now));
		return raised;
	}

	/**
	 * Staff take the matter up for discussion, or screen it out as outside the scope or a
	 * duplicate of another matter (with a reason).
	 */
	void screen(String actor, boolean accept, String note, UUID duplicate, Instant now) {
		require(Action.SCREEN);
		if (!accept && note == null) {
			throw new InvalidInputException("note", "deliberation.error.reason-required");
		}
		this.screenedBy = actor;
		this.screeningNote = note;
		this.duplicateOf = accept ? null : duplicate;
		this.status = accept ? MatterStatus.DISCUSSING : MatterStatus.SCREENED_OUT;
		record(now, actor, accept ? "screen-in" : "screen-out", note);
	}

	void comment(String actor, String body, Instant now) {
		require(Action.COMMENT);
		this.write = Write.APPEND;
		this.changes.add(new Change.NewComment(actor, body, now));
	}

	/** Moderation hides a comment with a reason; nothing is ever deleted. */
	void hideComment(String actor, long commentId, boolean alreadyHidden, String reason, Instant now) {
		require(Action.HIDE_COMMENT);
		if (alreadyHidden) {
			throw new ConflictException("deliberation.error.comment-hidden");
		}
		this.write = Write.APPEND;
		this.changes.add(new Change.HiddenComment(commentId, actor, reason, now));
		record(now, actor, "hide-comment", reason);
	}

	void scheduleMeeting(String actor, MeetingKind kind, Instant scheduledAt, String place, String agenda,
			Instant now) {
		require(Action.SCHEDULE_MEETING);
		this.changes.add(new Change.NewMeeting(kind, scheduledAt, place, agenda, actor, now));
		record(now, actor, "schedule-meeting", place);
	}

	void recordMinutes(String actor, long meetingId, int attendance, String attendees, String minutes, Instant now) {
		require(Action.RECORD_MINUTES);
		Boolean held = this.meetings.get(meetingId);
		if (held == null) {
			throw new NotFoundException("deliberation.error.meeting-not-found");
		}
		if (held) {
			throw new ConflictException("deliberation.error.meeting-held");
		}
		this.meetings.put(meetingId, true);
		this.changes.add(new Change.Minutes(meetingId, attendance, attendees, minutes, actor, now));
		record(now, actor, "record-minutes", null);
	}

	/** The council decides whether the matter goes to a vote, giving its reasons. */
	void decide(String actor, boolean toVote, String reasons, Instant now) {
		require(Action.COUNCIL_DECISION);
		this.putToVote = toVote;
		this.councilReasons = reasons;
		this.councilBy = actor;
		this.councilAt = now;
		this.status = toVote ? MatterStatus.AWAITING_VOTE : MatterStatus.NOT_PURSUED;
		record(now, actor, toVote ? "council-put-to-vote" : "council-not-pursued", reasons);
	}

	/**
	 * Opens the vote: the electorate is frozen as the households of the scope stand now.
	 * Staff opening a vote on a proposal screen it in by doing so; a vote may be opened
	 * again, with the roll frozen afresh, only while nobody has voted.
	 */
	void openVote(String actor, boolean staff, boolean ballotsCast, VotingRule votingRule, Threshold quorumNeeded,
			Threshold approvalNeeded, Instant closing, List<Voter> electorate, Instant now) {
		require(Action.OPEN_VOTE);
		if (this.status == MatterStatus.PROPOSED && !staff) {
			throw illegal();
		}
		if (this.status == MatterStatus.VOTING && ballotsCast) {
			throw new ConflictException("deliberation.error.vote-has-ballots");
		}
		if (!closing.isAfter(now)) {
			throw new InvalidInputException("closesAt", "deliberation.error.closes-at-past");
		}
		if (electorate.isEmpty()) {
			throw new ConflictException("deliberation.error.no-households");
		}
		if (this.status == MatterStatus.PROPOSED) {
			this.screenedBy = actor;
			record(now, actor, "screen-in", null);
		}
		this.rule = votingRule;
		this.quorum = quorumNeeded;
		this.approval = approvalNeeded;
		this.voteOpenedBy = actor;
		this.voteOpenedAt = now;
		this.closesAt = closing;
		this.status = MatterStatus.VOTING;
		this.changes.add(new Change.Electorate(electorate));
		record(now, actor, "open-vote", votingRule.name() + " " + electorate.size());
	}

	/**
	 * One ballot per household, whoever casts it; a later ballot replaces the earlier
	 * until the vote closes. A household that was not in the scope when the vote opened
	 * has no vote; in an owners' vote a tenant household has none either (the owner votes
	 * through staff).
	 */
	void castBallot(String actor, Optional<Voter> voter, Choice choice, boolean proxy, String note, Instant now) {
		require(proxy ? Action.PROXY_BALLOT : Action.BALLOT);
		if (!now.isBefore(this.closesAt)) {
			throw new ConflictException("deliberation.error.vote-closed");
		}
		Voter household = voter.orElseThrow(() -> new ForbiddenException("deliberation.error.not-in-electorate"));
		if (this.rule.isOwnersVote() && !proxy && !household.ownerOccupied()) {
			throw new ForbiddenException("deliberation.error.owners-only");
		}
		this.write = Write.SERIAL;
		this.changes.add(new Change.NewBallot(household.householdId(), choice, actor, proxy, note, now));
		if (proxy) {
			record(now, actor, "proxy-ballot", household.room());
		}
	}

	/**
	 * Closes the vote and takes the tally's outcome. Closing before the closing time
	 * while households have still not voted is allowed but stands out in the timeline.
	 */
	void closeVote(String actor, boolean everyoneVoted, Tally tally, Instant now) {
		require(Action.CLOSE_VOTE);
		if (now.isBefore(this.closesAt) && !everyoneVoted) {
			record(now, actor, "close-early", tally.cast().households() + "/" + tally.electorate().households());
		}
		this.voteClosedAt = now;
		this.outcome = tally.outcome();
		this.status = (this.outcome == VoteOutcome.PASSED) ? MatterStatus.FUNDING : MatterStatus.REJECTED_BY_VOTE;
		record(now, actor, (this.outcome == VoteOutcome.PASSED) ? "close-vote-passed" : "close-vote-failed",
				tally.cast().households() + "/" + tally.electorate().households());
		this.events.add(new VoteClosed(this.id, this.number, this.scopeCode, this.rule, this.outcome, now));
	}

	/** Sets or replaces the cost plan; once anyone pledged or paid it stands. */
	void planCost(String actor, CostPlan plan, Instant now) {
		require(Action.COST_PLAN);
		if (this.costPlanLocked) {
			throw new ConflictException("deliberation.error.cost-plan-locked");
		}
		this.costPlanSet = true;
		this.changes.add(new Change.NewCostPlan(plan));
		record(now, actor, "cost-plan", plan.method().name() + " " + Money.format(plan.totalFen()));
	}

	void pledge(String actor, long householdId, boolean proxy, boolean hasShare, boolean alreadyPledged, Instant now) {
		require(proxy ? Action.RECORD_PLEDGE : Action.PLEDGE);
		requireShare(hasShare);
		if (alreadyPledged) {
			throw new ConflictException("deliberation.error.already-pledged");
		}
		this.costPlanLocked = true;
		this.changes.add(new Change.Pledge(householdId, actor, now));
	}

	void recordPayment(String actor, long householdId, String room, long amountFen, boolean hasShare, Instant now) {
		require(Action.RECORD_PAYMENT);
		requireShare(hasShare);
		this.costPlanLocked = true;
		this.changes.add(new Change.Payment(householdId, amountFen, actor, now));
		record(now, actor, "payment", room + " " + Money.format(amountFen));
	}

	private void requireShare(boolean hasShare) {
		if (!this.costPlanSet) {
			throw new ConflictException("deliberation.error.no-cost-plan");
		}
		if (!hasShare) {
			throw new ForbiddenException("deliberation.error.no-share");
		}
	}

	void startWork(String actor, Instant now) {
		require(Action.START_WORK);
		this.status = MatterStatus.EXECUTING;
		record(now, actor, "start-work", null);
	}

	void addTask(String actor, String taskTitle, String owner, LocalDate dueOn, Instant now) {
		require(Action.ADD_TASK);
		this.changes.add(new Change.NewTask(taskTitle, owner, dueOn, actor, now));
		record(now, actor, "add-task", taskTitle);
	}

	void finishTask(String actor, long taskId, Instant now) {
		require(Action.FINISH_TASK);
		Boolean done = this.tasks.get(taskId);
		if (done == null) {
			throw new NotFoundException("deliberation.error.task-not-found");
		}
		if (done) {
			throw new ConflictException("deliberation.error.task-done");
		}
		this.tasks.put(taskId, true);
		this.changes.add(new Change.TaskDone(taskId, actor, now));
		record(now, actor, "finish-task", null);
	}

	void addQuote(String actor, String supplier, long amountFen, String note, Instant now) {
		require(Action.ADD_QUOTE);
		if (this.chosenQuoteId != null) {
			throw new ConflictException("deliberation.error.quote-chosen");
		}
		this.changes.add(new Change.NewQuote(supplier, amountFen, note, actor, now));
		record(now, actor, "add-quote", supplier + " " + Money.format(amountFen));
	}

	/** 货比三家: one of at least three quotes is chosen, with the reason why. */
	void chooseQuote(String actor, long quoteId, String reason, Instant now) {
		require(Action.CHOOSE_QUOTE);
		if (!this.quoteIds.contains(quoteId)) {
			throw new NotFoundException("deliberation.error.quote-not-found");
		}
		if (this.chosenQuoteId != null) {
			throw new ConflictException("deliberation.error.quote-chosen");
		}
		if (this.quoteIds.size() < MIN_QUOTES) {
			throw new ConflictException("deliberation.error.quotes-needed", MIN_QUOTES, this.quoteIds.size());
		}
		this.chosenQuoteId = quoteId;
		this.quoteReason = reason;
		record(now, actor, "choose-quote", reason);
	}

	void reportProgress(String actor, String note, List<UUID> photoIds, Instant now) {
		require(Action.REPORT_PROGRESS);
		this.changes.add(new Change.Progress(note, photoIds, actor, now));
		record(now, actor, "progress", note);
	}

	/**
	 * The owners' committee reports the work done: every task finished, and a quote
	 * chosen if any were taken.
	 */
	void completeWork(String actor, Instant now) {
		require(Action.COMPLETE_WORK);
		if (this.tasks.containsValue(false)) {
			throw new ConflictException("deliberation.error.tasks-open");
		}
		if (!this.quoteIds.isEmpty() && this.chosenQuoteId == null) {
			throw new ConflictException("deliberation.error.quote-not-chosen");
		}
		this.status = MatterStatus.UNDER_REVIEW;
		record(now, actor, "complete-work", null);
	}

	void check(String actor, String note, Instant now) {
		require(Action.CHECK);
		this.write = Write.APPEND;
		this.changes.add(new Change.Supervision(SupervisionKind.CHECK, note, actor, now));
		record(now, actor, "check", note);
	}

	/**
	 * The supervisory committee signs the work off, or sends it back to the owners'
	 * committee.
	 */
	void signOff(String actor, boolean passed, String note, Instant now) {
		require(Action.SIGN_OFF);
		this.status = passed ? MatterStatus.EVALUATING : MatterStatus.EXECUTING;
		this.changes.add(new Change.Supervision(passed ? SupervisionKind.SIGN_OFF : SupervisionKind.SEND_BACK, note,
				actor, now));
		record(now, actor, passed ? "sign-off" : "send-back", note);
	}

	void rate(String actor, long householdId, boolean alreadyRated, Satisfaction satisfaction, String comment,
			Instant now) {
		require(Action.RATE);
		if (alreadyRated) {
			throw new ConflictException("deliberation.error.already-rated");
		}
		this.write = Write.APPEND;
		this.changes.add(new Change.Rating(householdId, satisfaction, comment, actor, now));
	}

	void close(String actor, Instant now) {
		require(Action.CLOSE);
		this.status = MatterStatus.CLOSED;
		this.closedAt = now;
		record(now, actor, "close", null);
	}

	/**
	 * The rule that came out of the matter joins the residents' convention of its scope.
	 */
	void addToConvention(String actor, String articleTitle, String body, Long supersedes, Instant now) {
		require(Action.ADD_TO_CONVENTION);
		this.write = Write.APPEND;
		this.changes.add(new Change.ConventionArticle(this.scopeCode, articleTitle, body, supersedes, actor, now));
		record(now, actor, "convention", articleTitle);
	}

	boolean allows(Action action) {
		return action.allowedIn(this.status);
	}

	private void require(Action action) {
		if (!allows(action)) {
			throw illegal();
		}
	}

	private ConflictException illegal() {
		return new ConflictException("deliberation.error.illegal-transition", this.status.name());
	}

	private void record(Instant at, String actor, String action, String note) {
		this.newEntries.add(new TimelineEntry(at, actor, action, note));
	}

}

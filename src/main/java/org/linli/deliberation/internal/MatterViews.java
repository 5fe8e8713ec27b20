package org.linli.deliberation.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.linli.deliberation.Choice;
import org.linli.deliberation.Committee;
import org.linli.deliberation.CostMethod;
import org.linli.deliberation.MatterStage;
import org.linli.deliberation.MatterStatus;
import org.linli.deliberation.Satisfaction;
import org.linli.deliberation.VoteOutcome;
import org.linli.deliberation.VotingRule;

/**
 * What the API and the pages show of matters. People appear by display name; a resident's
 * name is masked (surname kept) for readers who are not staff.
 */
public final class MatterViews {

	private MatterViews() {
	}

	public record Summary(UUID id, String number, String title, String scopeCode, String scopeName, MatterStatus status,
			MatterStage stage, Instant raisedAt, Instant closesAt) {
	}

	public record Page(List<Summary> items, int page, int size, long totalItems) {

		public Page {
			items = List.copyOf(items);
		}

	}

	/** One of the six stages: done, the current one, or still ahead. */
	public record StageView(MatterStage stage, String state) {
	}

	public record Detail(UUID id, String number, String title, String description, String scopeCode, String scopeName,
			MatterStatus status, String statusText, MatterStage stage, List<StageView> stages, String raisedBy,
			Instant raisedAt, UUID caseId, String caseNumber, Screening screening, Council council, Vote vote,
			List<Meeting> meetings, boolean hasCostPlan, List<Task> tasks, List<Quote> quotes, Long chosenQuoteId,
			String quoteReason, List<Progress> progress, List<Supervision> supervision, Ratings ratings,
			List<String> actions, List<Seat> seats, int version) {

		public boolean can(String action) {
			return this.actions.contains(action);
		}

	}

	public record Screening(String by, String note, UUID duplicateOf) {
	}

	public record Council(boolean putToVote, String reasons, String by, Instant at) {
	}

	/**
	 * @param myChoice the caller's household's last ballot, or null
	 * @param voteAs what the caller's own household may do: {@code VOTE}, or why not
	 * ({@code NOT_IN_ELECTORATE}, {@code TENANT}), or null for a caller without a
	 * household here
	 */
	public record Vote(VotingRule rule, String quorum, String approval, String openedBy, Instant openedAt,
			Instant closesAt, Instant closedAt, VoteOutcome outcome, long electorate, long cast, Choice myChoice,
			String voteAs) {
	}

	public record Meeting(long id, MeetingKind kind, Instant scheduledAt, String place, String agenda,
			String scheduledBy, Integer attendance, String attendees, String minutes, String recordedBy,
			Instant recordedAt) {

		public boolean held() {
			return this.recordedAt != null;
		}

	}

	public record Comment(long id, String author, String body, Instant postedAt, boolean hidden, String hiddenBy,
			String hiddenReason) {
	}

	public record Task(long id, String title, String owner, LocalDate dueOn, String doneBy, Instant doneAt) {

		public boolean done() {
			return this.doneAt != null;
		}

	}

	public record Quote(long id, String supplier, BigDecimal amount, String note, String addedBy, Instant addedAt,
			boolean chosen) {
	}

	public record Progress(long id, String note, String reportedBy, Instant reportedAt, List<UUID> photoIds) {

		public Progress {
			photoIds = List.copyOf(photoIds);
		}

	}

	public record Supervision(SupervisionKind kind, String note, String by, Instant at) {
	}

	/**
	 * How many households rated the result and how: {@code satisfied} of {@code rated}.
	 */
	public record Ratings(long rated, Map<Satisfaction, Long> counts, Satisfaction mine) {

		public Ratings {
			counts = Map.copyOf(counts);
		}

	}

	public record Entry(Instant at, String actor, String action, String actionText, String note) {
	}

	/**
	 * A tally as the caller may see it: while the vote is open only staff and the
	 * supervisory committee see the choices and the outcome so far; everyone else sees
	 * the turnout.
	 */
	public record TallyView(UUID matterId, VotingRule rule, boolean open, Tally.Count electorate, Tally.Count cast,
			Tally.Count forVotes, Tally.Count against, Tally.Count abstain, List<Tally.Condition> conditions,
			VoteOutcome outcome) {
	}

	/**
	 * A household on the roll, and whether it voted (not how): for staff recording
	 * proxies.
	 */
	public record VoterView(long householdId, String room, int floor, BigDecimal floorArea, boolean ownerOccupied,
			boolean voted) {
	}

	public record Ballot(long householdId, String room, Choice choice, String castBy, boolean proxy, String note,
			Instant castAt) {
	}

	public record CostPlanView(UUID matterId, BigDecimal total, BigDecimal fundMatch, BigDecimal shared,
			CostMethod method, Map<Integer, BigDecimal> floorWeights, List<ShareView> shares, long pledgedHouseholds,
			BigDecimal pledged, BigDecimal paid, String setBy, Instant setAt) {
	}

	/**
	 * @param mine the share of the caller's own household
	 */
	public record ShareView(long householdId, String buildingCode, String room, int floor, BigDecimal floorArea,
			BigDecimal weight, BigDecimal amount, boolean pledged, BigDecimal paid, boolean mine) {
	}

	public record MemberView(String areaCode, Committee committee, String username, String name) {
	}

	public record ConventionView(String areaCode, String areaName, int version, int latest,
			List<Conventions.Article> articles, List<Conventions.Version> versions) {
	}

	/** A matter on the self-governance map. */
	public record MapPoint(UUID id, String number, String title, String scopeCode, MatterStage stage, String stageText,
			String url) {
	}

}

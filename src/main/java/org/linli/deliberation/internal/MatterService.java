package org.linli.deliberation.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiConsumer;

import org.linli.area.Area;
import org.linli.area.AreaLevel;
import org.linli.area.Areas;
import org.linli.cases.CaseId;
import org.linli.cases.CaseStatus;
import org.linli.cases.CaseTakenUp;
import org.linli.cases.ConcernSummary;
import org.linli.cases.Concerns;
import org.linli.catalogue.Tier;
import org.linli.deliberation.Choice;
import org.linli.deliberation.CostMethod;
import org.linli.deliberation.MatterStage;
import org.linli.deliberation.Satisfaction;
import org.linli.deliberation.VotingRule;
import org.linli.identity.CurrentUser;
import org.linli.identity.Role;
import org.linli.identity.Scope;
import org.linli.media.PhotoContent;
import org.linli.media.PhotoStore;
import org.linli.resident.HouseholdRegistry;
import org.linli.resident.HouseholdSummary;
import org.linli.shared.ConflictException;
import org.linli.shared.FieldProblem;
import org.linli.shared.ForbiddenException;
import org.linli.shared.InvalidInputException;
import org.linli.shared.Messages;
import org.linli.shared.NotFoundException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The self-governance workflow behind the API and the pages: finds the matter as the
 * caller may see it (404 otherwise), checks the caller's seat for the action (403
 * otherwise), applies the transition (409 when the matter's status does not allow it) and
 * saves it with its records and timeline in one transaction, then publishes its events.
 */
@Service
@Transactional
public class MatterService {

	/** Dates without a zone (the pages' date-time fields) are Beijing time. */
	public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private static final int TITLE_MAX = 100;

	private static final int TEXT_MAX = 4000;

	private static final int NAME_MAX = 100;

	private static final int MAX_PHOTOS = 9;

	private final MatterRepository repository;

	private final MatterReads reads;

	private final Seats seats;

	private final HouseholdRegistry households;

	private final Areas areas;

	private final Concerns concerns;

	private final PhotoStore photos;

	private final Messages messages;

	private final MatterDetails details;

	private final CommunityBodies bodies;

	private final ApplicationEventPublisher publisher;

	private final Clock clock;

	MatterService(MatterRepository repository, MatterReads reads, Seats seats, HouseholdRegistry households,
			Areas areas, Concerns concerns, PhotoStore photos, Messages messages, MatterDetails details,
			CommunityBodies bodies, ApplicationEventPublisher publisher, Clock clock) {
		this.repository = repository;
		this.reads = reads;
		this.seats = seats;
		this.households = households;
		this.areas = areas;
		this.concerns = concerns;
		this.photos = photos;
		this.messages = messages;
		this.details = details;
		this.bodies = bodies;
		this.publisher = publisher;
		this.clock = clock;
	}

	// raising and reading

	/**
	 * A resident raises a matter for their building, grid or community; staff raise one
	 * for any area they cover, or convert a community-tier concern into one (linked both
	 * ways: the concern's timeline names the matter).
	 */
	public MatterViews.Detail raise(String scopeCode, String title, String description, UUID caseId) {
		Scope scope = CurrentUser.scope();
		List<FieldProblem> problems = new ArrayList<>();
		String scopeGiven = Inputs.text(scopeCode);
		Area area = (scopeGiven != null) ? MatterAreas.find(this.areas, scopeGiven).orElse(null) : null;
		if (area == null) {
			problems.add(new FieldProblem("scopeCode", "deliberation.error.scope-code"));
		}
		String titleGiven = Inputs.checked("title", title, TITLE_MAX, true, problems);
		String descriptionGiven = Inputs.checked("description", description, TEXT_MAX, caseId == null, problems);
		Inputs.refuseIfAny(problems);
		Set<Seat> held = this.seats.of(scope, area.code());
		if (!held.contains(Seat.STAFF) && (caseId != null || !held.contains(Seat.RESIDENT))) {
			throw new ForbiddenException("deliberation.error.raise-outside");
		}
		ConcernSummary concern = (caseId != null) ? convertible(caseId, area.code()) : null;
		Instant now = now();
		String number = this.repository.nextNumber(now.atZone(ZONE).getYear());
		Matter raised = Matter.raise(number, area.code(), titleGiven,
				(descriptionGiven != null) ? descriptionGiven : concern.description(), scope.username(), caseId,
				(concern != null) ? concern.number() : null, now);
		this.repository.insert(raised);
		if (concern != null) {
			this.publisher.publishEvent(new CaseTakenUp(concern.id(), number, scope.username(), now));
		}
		publish(raised);
		return this.details.of(raised, held);
	}

	private ConcernSummary convertible(UUID caseId, String scopeCode) {
		ConcernSummary concern = this.concerns.visible(new CaseId(caseId))
			.orElseThrow(() -> new NotFoundException("deliberation.error.case-not-found"));
		if (concern.tier() != Tier.COMMUNITY
				|| (concern.status() != CaseStatus.REGISTERED && concern.status() != CaseStatus.COMMUNITY_HANDLING)) {
			throw new ConflictException("deliberation.error.case-not-community", concern.number());
		}
		if (!scopeCode.startsWith(concern.communityCode())) {
			throw new InvalidInputException("scopeCode", "deliberation.error.case-elsewhere", concern.number());
		}
		if (this.repository.findByCase(caseId).isPresent()) {
			throw new ConflictException("deliberation.error.case-taken-up", concern.number());
		}
		return concern;
	}

	/**
	 * The areas the caller may raise a matter for: a resident's building, grid and
	 * community; the communities staff cover with their grids and buildings.
	 */
	@Transactional(readOnly = true)
	public List<Area> raisable() {
		Scope scope = CurrentUser.scope();
		List<Area> found = new ArrayList<>();
		this.seats.household(scope).ifPresent((home) -> {
			for (String code : List.of(home.buildingCode(), home.gridCode(), home.communityCode())) {
				this.areas.find(code).ifPresent(found::add);
			}
		});
		if (scope.has(Role.COMMUNITY_STAFF)) {
			for (String code : scope.areaCodes()) {
				MatterAreas.find(this.areas, code).ifPresent((community) -> {
					found.add(community);
					for (Area grid : this.areas.children(community.code())) {
						found.add(grid);
						found.addAll(this.areas.children(grid.code()));
					}
				});
			}
		}
		return found;
	}

	/**
	 * A photo of the matter's progress, if the caller may see the matter; empty
	 * otherwise.
	 */
	@Transactional(readOnly = true)
	public Optional<PhotoContent> photo(UUID id, UUID photoId) {
		Loaded loaded = visible(id);
		boolean attached = this.reads.progress(loaded.matter.id)
			.stream()
			.anyMatch((progress) -> progress.photoIds().contains(photoId));
		return attached ? this.photos.load(photoId) : Optional.empty();
	}

	/** Whether the caller may see a matter this photo belongs to. */
	@Transactional(readOnly = true)
	public boolean maySeePhoto(UUID photoId) {
		Scope scope = CurrentUser.scope();
		return this.reads.mattersWithPhoto(photoId)
			.stream()
			.map(this.repository::find)
			.flatMap(Optional::stream)
			.anyMatch((matter) -> this.seats.canSee(scope, matter.scopeCode, this.seats.of(scope, matter.scopeCode)));
	}

	@Transactional(readOnly = true)
	public MatterViews.Detail get(UUID id) {
		Loaded loaded = visible(id);
		return this.details.of(loaded.matter, loaded.seats);
	}

	/** Matters the caller sees, newest first, optionally under an area and in a stage. */
	@Transactional(readOnly = true)
	public MatterViews.Page list(String scopePrefix, MatterStage stage, int page, int size) {
		String prefix = Inputs.text(scopePrefix);
		if (prefix != null && AreaLevel.ofCode(prefix).isEmpty()) {
			throw new InvalidInputException("scope", "deliberation.error.scope-code");
		}
		Seats.Condition visible = this.seats.visible(CurrentUser.scope());
		List<MatterViews.Summary> items = this.reads.page(visible, prefix, stage, size, (long) page * size)
			.stream()
			.map(this.details::summary)
			.toList();
		return new MatterViews.Page(items, page, size, this.reads.count(visible, prefix, stage));
	}

	/** The matters of a community the caller sees, for the self-governance map. */
	@Transactional(readOnly = true)
	public List<MatterViews.MapPoint> map(String communityCode) {
		if (communityCode == null || !AreaLevel.COMMUNITY.accepts(communityCode)) {
			throw new InvalidInputException("community", "deliberation.error.scope-code");
		}
		return this.reads.inCommunity(this.seats.visible(CurrentUser.scope()), communityCode)
			.stream()
			.map((row) -> new MatterViews.MapPoint(row.id(), row.number(), row.title(), row.scopeCode(),
					row.status().stage(), this.messages.get("deliberation.stage." + row.status().stage().name()),
					"/matters/" + row.id()))
			.toList();
	}

	@Transactional(readOnly = true)
	public List<MatterViews.Entry> timeline(UUID id) {
		Loaded loaded = visible(id);
		Names names = this.details.names(loaded.seats);
		return this.reads.timeline(loaded.matter.id)
			.stream()
			.map((entry) -> new MatterViews.Entry(entry.at(), names.of(entry.actor()), entry.action(),
					this.messages.get("deliberation.action." + entry.action()), entry.note()))
			.toList();
	}

	// discussion

	@Transactional(readOnly = true)
	public List<MatterViews.Comment> comments(UUID id) {
		Loaded loaded = visible(id);
		Names names = this.details.names(loaded.seats);
		boolean moderator = loaded.seats.contains(Seat.STAFF) || loaded.seats.contains(Seat.COUNCIL)
				|| loaded.seats.contains(Seat.SUPERVISOR);
		return this.reads.comments(loaded.matter.id)
			.stream()
			.map((comment) -> new MatterViews.Comment(comment.id(), names.of(comment.author()),
					(comment.hidden() && !moderator) ? null : comment.body(), comment.postedAt(), comment.hidden(),
					names.of(comment.hiddenBy()), comment.hiddenReason()))
			.toList();
	}

	public void comment(UUID id, String body) {
		String given = Inputs.required("text", body, TEXT_MAX);
		change(id, Action.COMMENT, (matter, scope) -> matter.comment(scope.username(), given, now()));
	}

	public void hideComment(UUID id, long commentId, String reason) {
		String given = Inputs.required("reason", reason, TEXT_MAX);
		change(id, Action.HIDE_COMMENT, (matter, scope) -> {
			boolean hidden = this.repository.commentHidden(matter.id, commentId)
				.orElseThrow(() -> new NotFoundException("deliberation.error.comment-not-found"));
			matter.hideComment(scope.username(), commentId, hidden, given, now());
		});
	}

	public MatterViews.Detail scheduleMeeting(UUID id, String kind, String scheduledAt, String place, String agenda) {
		List<FieldProblem> problems = new ArrayList<>();
		MeetingKind meetingKind = Inputs.parse(MeetingKind.class, kind, "kind", problems);
		Instant at = Inputs.instant("scheduledAt", scheduledAt, problems);
		String placeGiven = Inputs.checked("place", place, NAME_MAX, true, problems);
		String agendaGiven = Inputs.checked("agenda", agenda, TEXT_MAX, true, problems);
		Inputs.refuseIfAny(problems);
		return change(id, Action.SCHEDULE_MEETING, (matter, scope) -> matter.scheduleMeeting(scope.username(),
				meetingKind, at, placeGiven, agendaGiven, now()));
	}

	public MatterViews.Detail recordMinutes(UUID id, long meetingId, Integer attendance, String attendees,
			String minutes) {
		List<FieldProblem> problems = new ArrayList<>();
		if (attendance == null || attendance < 0 || attendance > 100_000) {
			problems.add(new FieldProblem("attendance", "deliberation.error.attendance"));
		}
		String attendeesGiven = Inputs.checked("attendees", attendees, TEXT_MAX, false, problems);
		String minutesGiven = Inputs.checked("minutes", minutes, TEXT_MAX, true, problems);
		Inputs.refuseIfAny(problems);
		return change(id, Action.RECORD_MINUTES, (matter, scope) -> matter.recordMinutes(scope.username(), meetingId,
				attendance, attendeesGiven, minutesGiven, now()));
	}

	public MatterViews.Detail screen(UUID id, Boolean accept, String note, UUID duplicateOf) {
		if (accept == null) {
			throw new InvalidInputException("accept", "deliberation.error.required");
		}
		String noteGiven = Inputs.optional("note", note, TEXT_MAX);
		return change(id, Action.SCREEN, (matter, scope) -> {
			if (duplicateOf != null) {
				Matter original = this.repository.find(duplicateOf)
					.filter((other) -> !other.id.equals(matter.id)
							&& this.seats.canSee(scope, other.scopeCode, this.seats.of(scope, other.scopeCode)))
					.orElseThrow(
							() -> new InvalidInputException("duplicateOf", "deliberation.error.duplicate-unknown"));
				matter.screen(scope.username(), accept, (noteGiven != null) ? noteGiven : original.number, original.id,
						now());
			}
			else {
				matter.screen(scope.username(), accept, noteGiven, null, now());
			}
		});
	}

	public MatterViews.Detail decide(UUID id, Boolean putToVote, String reasons) {
		if (putToVote == null) {
			throw new InvalidInputException("putToVote", "deliberation.error.required");
		}
		String given = Inputs.required("reasons", reasons, TEXT_MAX);
		return change(id, Action.COUNCIL_DECISION,
				(matter, scope) -> matter.decide(scope.username(), putToVote, given, now()));
	}

	// the vote

	/**
	 * Opens the vote under its rule; the electorate is the scope's households as they
	 * stand now. Quorum and approval are the vote's own only for a household vote; an
	 * owners' vote follows art. 278.
	 */
	public MatterViews.Detail openVote(UUID id, String rule, String closesAt, String quorum, String approval) {
		List<FieldProblem> problems = new ArrayList<>();
		VotingRule votingRule = Inputs.parse(VotingRule.class, rule, "rule", problems);
		Instant closing = Inputs.instant("closesAt", closesAt, problems);
		Threshold quorumNeeded = threshold("quorum", quorum, Threshold.AT_LEAST_TWO_THIRDS, votingRule, problems);
		Threshold approvalNeeded = threshold("approval", approval, Threshold.MORE_THAN_HALF, votingRule, problems);
		Inputs.refuseIfAny(problems);
		return change(id, Action.OPEN_VOTE, (matter, scope) -> {
			List<Voter> electorate = this.households.householdsUnder(matter.scopeCode)
				.stream()
				.map((household) -> new Voter(household.id(), household.buildingCode(), household.room(),
						household.floor(), household.floorArea(), household.ownerOccupied(),
						household.accountUsername()))
				.toList();
			matter.openVote(scope.username(), Action.SCREEN.takenBy(this.seats.of(scope, matter.scopeCode)),
					this.repository.householdsVoted(matter.id) > 0, votingRule, quorumNeeded, approvalNeeded, closing,
					electorate, now());
		});
	}

	private static Threshold threshold(String field, String text, Threshold fallback, VotingRule rule,
			List<FieldProblem> problems) {
		String given = Inputs.text(text);
		if (given == null) {
			return (rule == VotingRule.HOUSEHOLD_MAJORITY) ? fallback : null;
		}
		if (rule != null && rule.isOwnersVote()) {
			problems.add(new FieldProblem(field, "deliberation.error.threshold-fixed"));
			return null;
		}
		Optional<Threshold> parsed = Threshold.parse(given);
		if (parsed.isEmpty()) {
			problems.add(new FieldProblem(field, "deliberation.error.threshold", given));
		}
		return parsed.orElse(null);
	}

	/**
	 * Casts the caller's household's ballot, or — with {@code householdId} — records a
	 * proxy ballot for a household that cannot vote by phone (staff only; the record
	 * names who recorded it).
	 */
	public MatterViews.Detail ballot(UUID id, String choice, Long householdId, String note) {
		List<FieldProblem> problems = new ArrayList<>();
		Choice chosen = Inputs.parse(Choice.class, choice, "choice", problems);
		String noteGiven = Inputs.checked("note", note, TEXT_MAX, false, problems);
		Inputs.refuseIfAny(problems);
		boolean proxy = householdId != null;
		return change(id, proxy ? Action.PROXY_BALLOT : Action.BALLOT, (matter, scope) -> {
			Optional<Voter> voter = proxy ? this.repository.voter(matter.id, householdId)
					: this.seats.household(scope).flatMap((home) -> this.repository.voter(matter.id, home.id()));
			matter.castBallot(scope.username(), voter, chosen, proxy, noteGiven, now());
		});
	}

	public MatterViews.Detail closeVote(UUID id) {
		return change(id, Action.CLOSE_VOTE, (matter, scope) -> {
			List<Voter> electorate = this.repository.electorate(matter.id);
			Map<Long, Choice> ballots = this.repository.lastBallots(matter.id);
			Tally tally = VoteRules.count(matter.rule, matter.quorum, matter.approval, electorate, ballots);
			matter.closeVote(scope.username(), ballots.size() >= electorate.size(), tally, now());
		});
	}

	@Transactional(readOnly = true)
	public MatterViews.TallyView tally(UUID id) {
		Loaded loaded = visible(id);
		Matter matter = loaded.matter;
		if (matter.rule == null) {
			throw new NotFoundException("deliberation.error.no-vote");
		}
		Tally tally = VoteRules.count(matter.rule, matter.quorum, matter.approval,
				this.repository.electorate(matter.id), this.repository.lastBallots(matter.id));
		boolean open = matter.voteClosedAt == null;
		boolean insider = CurrentUser.scope().isAdmin() || loaded.seats.contains(Seat.STAFF)
				|| loaded.seats.contains(Seat.SUPERVISOR);
		if (open && !insider) {
			return new MatterViews.TallyView(matter.id, matter.rule, true, tally.electorate(), tally.cast(), null, null,
					null,
					tally.conditions().stream().filter((condition) -> condition.key().startsWith("turnout")).toList(),
					null);
		}
		return new MatterViews.TallyView(matter.id, matter.rule, open, tally.electorate(), tally.cast(),
				tally.forVotes(), tally.against(), tally.abstain(), tally.conditions(), tally.outcome());
	}

	/** The roll and who has voted, for staff recording proxy ballots. */
	@Transactional(readOnly = true)
	public List<MatterViews.VoterView> electorate(UUID id) {
		Loaded loaded = visible(id);
		if (!Action.PROXY_BALLOT.takenBy(loaded.seats)) {
			throw new ForbiddenException("deliberation.error.not-your-action");
		}
		Map<Long, Choice> ballots = this.repository.lastBallots(loaded.matter.id);
		return this.repository.electorate(loaded.matter.id)
			.stream()
			.map((voter) -> new MatterViews.VoterView(voter.householdId(), voter.room(), voter.floor(),
					voter.floorArea(), voter.ownerOccupied(), ballots.containsKey(voter.householdId())))
			.toList();
	}

	/** Every ballot with who cast it: for the supervisory committee's audit only. */
	@Transactional(readOnly = true)
	public List<MatterViews.Ballot> ballots(UUID id) {
		Loaded loaded = visible(id);
		if (!Action.AUDIT_BALLOTS.takenBy(loaded.seats)) {
			throw new ForbiddenException("deliberation.error.ballots-secret");
		}
		if (!loaded.matter.allows(Action.AUDIT_BALLOTS)) {
			throw new NotFoundException("deliberation.error.no-vote");
		}
		Names names = this.details.plainNames();
		return this.reads.ballots(loaded.matter.id)
			.stream()
			.map((ballot) -> new MatterViews.Ballot(ballot.householdId(), ballot.room(), ballot.choice(),
					names.of(ballot.castBy()), ballot.proxy(), ballot.note(), ballot.castAt()))
			.toList();
	}

	// the money

	/**
	 * Shares the total, less any match from the community fund, among the households: of
	 * the electorate if a vote was opened, else of the scope now. Floor weights default
	 * to a lift's (floor − 1).
	 */
	public MatterViews.CostPlanView planCost(UUID id, BigDecimal total, String method,
			Map<String, BigDecimal> floorWeights, BigDecimal fundMatch) {
		List<FieldProblem> problems = new ArrayList<>();
		Optional<Long> totalFen = Money.fen(total).filter((fen) -> fen > 0);
		if (totalFen.isEmpty()) {
			problems.add(new FieldProblem("total", "deliberation.error.amount"));
		}
		Optional<Long> matchFen = (fundMatch != null) ? Money.fen(fundMatch) : Optional.of(0L);
		if (matchFen.isEmpty() || (totalFen.isPresent() && matchFen.get() > totalFen.get())) {
			problems.add(new FieldProblem("fundMatch", "deliberation.error.fund-match"));
		}
		CostMethod costMethod = Inputs.parse(CostMethod.class, method, "method", problems);
		Map<Integer, BigDecimal> weights = FloorWeights.read(floorWeights, costMethod, problems);
		Inputs.refuseIfAny(problems);
		change(id, Action.COST_PLAN, (matter, scope) -> {
			List<Voter> payers = this.repository.electorate(matter.id);
			if (payers.isEmpty()) {
				payers = this.households.householdsUnder(matter.scopeCode)
					.stream()
					.map((household) -> new Voter(household.id(), household.buildingCode(), household.room(),
							household.floor(), household.floorArea(), household.ownerOccupied(),
							household.accountUsername()))
					.toList();
			}
			matter.planCost(scope.username(), CostPlan.share(payers, totalFen.get(), matchFen.get(), costMethod,
					weights, scope.username(), now()), now());
		});
		return costPlan(id);
	}

	@Transactional(readOnly = true)
	public MatterViews.CostPlanView costPlan(UUID id) {
		Loaded loaded = visible(id);
		MatterReads.Plan plan = this.reads.plan(loaded.matter.id)
			.orElseThrow(() -> new NotFoundException("deliberation.error.no-cost-plan"));
		Long mine = this.seats.household(CurrentUser.scope()).map(HouseholdSummary::id).orElse(null);
		List<MatterReads.ShareRow> rows = this.reads.shares(loaded.matter.id);
		List<MatterViews.ShareView> shares = rows.stream()
			.map((share) -> new MatterViews.ShareView(share.householdId(), share.buildingCode(), share.room(),
					share.floor(), share.floorArea(), share.weight().stripTrailingZeros(),
					Money.yuan(share.amountFen()), share.pledgedBy() != null, Money.yuan(share.paidFen()),
					Long.valueOf(share.householdId()).equals(mine)))
			.toList();
		long pledgedFen = rows.stream()
			.filter((row) -> row.pledgedBy() != null)
			.mapToLong(MatterReads.ShareRow::amountFen)
			.sum();
		long paidFen = rows.stream().mapToLong(MatterReads.ShareRow::paidFen).sum();
		return new MatterViews.CostPlanView(loaded.matter.id, Money.yuan(plan.totalFen()),
				Money.yuan(plan.fundMatchFen()), Money.yuan(plan.totalFen() - plan.fundMatchFen()), plan.method(),
				FloorWeights.parse(plan.floorWeights()), shares,
				rows.stream().filter((row) -> row.pledgedBy() != null).count(), Money.yuan(pledgedFen),
				Money.yuan(paidFen), this.details.names(loaded.seats).of(plan.setBy()), plan.setAt());
	}

	/**
	 * A resident pledges their household's share; staff or the owners' committee record a
	 * pledge for a household ({@code householdId}).
	 */
	public MatterViews.CostPlanView pledge(UUID id, Long householdId) {
		boolean proxy = householdId != null;
		change(id, proxy ? Action.RECORD_PLEDGE : Action.PLEDGE, (matter, scope) -> {
			long household = proxy ? householdId : this.seats.household(scope).orElseThrow().id();
			Optional<Boolean> pledged = this.repository.shareRow(matter.id, household);
			matter.pledge(scope.username(), household, proxy, pledged.isPresent(), pledged.orElse(false), now());
		});
		return costPlan(id);
	}

	public MatterViews.CostPlanView recordPayment(UUID id, Long householdId, BigDecimal amount) {
		List<FieldProblem> problems = new ArrayList<>();
		if (householdId == null) {
			problems.add(new FieldProblem("householdId", "deliberation.error.required"));
		}
		Optional<Long> fen = Money.fen(amount).filter((value) -> value > 0);
		if (fen.isEmpty()) {
			problems.add(new FieldProblem("amount", "deliberation.error.amount"));
		}
		Inputs.refuseIfAny(problems);
		change(id, Action.RECORD_PAYMENT, (matter, scope) -> {
			boolean hasShare = this.repository.hasShare(matter.id, householdId);
			String room = hasShare ? this.reads.shares(matter.id)
				.stream()
				.filter((share) -> share.householdId() == householdId)
				.findFirst()
				.map(MatterReads.ShareRow::room)
				.orElse("") : "";
			matter.recordPayment(scope.username(), householdId, room, fen.get(), hasShare, now());
		});
		return costPlan(id);
	}

	// the work

	public MatterViews.Detail startWork(UUID id) {
		return change(id, Action.START_WORK, (matter, scope) -> matter.startWork(scope.username(), now()));
	}

	public MatterViews.Detail addTask(UUID id, String title, String owner, String dueOn) {
		List<FieldProblem> problems = new ArrayList<>();
		String titleGiven = Inputs.checked("title", title, 200, true, problems);
		String ownerGiven = Inputs.checked("owner", owner, NAME_MAX, true, problems);
		LocalDate due = null;
		try {
			due = LocalDate.parse(String.valueOf(dueOn).strip());
		}
		catch (DateTimeParseException ex) {
			problems.add(new FieldProblem("dueOn", "deliberation.error.date"));
		}
		Inputs.refuseIfAny(problems);
		LocalDate dueGiven = due;
		return change(id, Action.ADD_TASK,
				(matter, scope) -> matter.addTask(scope.username(), titleGiven, ownerGiven, dueGiven, now()));
	}

	public MatterViews.Detail finishTask(UUID id, long taskId) {
		return change(id, Action.FINISH_TASK, (matter, scope) -> matter.finishTask(scope.username(), taskId, now()));
	}

	public MatterViews.Detail addQuote(UUID id, String supplier, BigDecimal amount, String note) {
		List<FieldProblem> problems = new ArrayList<>();
		String supplierGiven = Inputs.checked("supplier", supplier, NAME_MAX, true, problems);
		Optional<Long> fen = Money.fen(amount).filter((value) -> value > 0);
		if (fen.isEmpty()) {
			problems.add(new FieldProblem("amount", "deliberation.error.amount"));
		}
		String noteGiven = Inputs.checked("note", note, TEXT_MAX, false, problems);
		Inputs.refuseIfAny(problems);
		return change(id, Action.ADD_QUOTE,
				(matter, scope) -> matter.addQuote(scope.username(), supplierGiven, fen.get(), noteGiven, now()));
	}

	public MatterViews.Detail chooseQuote(UUID id, Long quoteId, String reason) {
		if (quoteId == null) {
			throw new InvalidInputException("quoteId", "deliberation.error.required");
		}
		String given = Inputs.required("reason", reason, TEXT_MAX);
		return change(id, Action.CHOOSE_QUOTE,
				(matter, scope) -> matter.chooseQuote(scope.username(), quoteId, given, now()));
	}

	/** Progress with photos already uploaded (ids from the media module). */
	public MatterViews.Detail reportProgress(UUID id, String note, List<UUID> photoIds) {
		List<FieldProblem> problems = new ArrayList<>();
		String given = Inputs.checked("note", note, TEXT_MAX, true, problems);
		List<UUID> photoList = (photoIds != null) ? photoIds : List.of();
		if (photoList.size() > MAX_PHOTOS) {
			problems.add(new FieldProblem("photoIds", "deliberation.error.photos-too-many", MAX_PHOTOS));
		}
		for (int i = 0; i < photoList.size(); i++) {
			if (photoList.get(i) == null || this.photos.load(photoList.get(i)).isEmpty()) {
				problems.add(new FieldProblem("photoIds[" + i + "]", "deliberation.error.photo-unknown"));
			}
		}
		Inputs.refuseIfAny(problems);
		return change(id, Action.REPORT_PROGRESS,
				(matter, scope) -> matter.reportProgress(scope.username(), given, photoList, now()));
	}

	/** Progress with photos uploaded with it (the pages' form). */
	public MatterViews.Detail reportProgressWithPhotos(UUID id, String note, List<byte[]> photoFiles) {
		if (photoFiles.size() > MAX_PHOTOS) {
			throw new InvalidInputException("photos", "deliberation.error.photos-too-many", MAX_PHOTOS);
		}
		Loaded loaded = visible(id);
		if (!Action.REPORT_PROGRESS.takenBy(loaded.seats)) {
			throw new ForbiddenException("deliberation.error.not-your-action");
		}
		String uploader = CurrentUser.scope().username();
		List<UUID> stored = photoFiles.stream().map((bytes) -> this.photos.store(bytes, uploader).id()).toList();
		return reportProgress(id, note, stored);
	}

	public MatterViews.Detail completeWork(UUID id) {
		return change(id, Action.COMPLETE_WORK, (matter, scope) -> matter.completeWork(scope.username(), now()));
	}

	// supervision and evaluation

	public MatterViews.Detail check(UUID id, String note) {
		String given = Inputs.required("note", note, TEXT_MAX);
		return change(id, Action.CHECK, (matter, scope) -> matter.check(scope.username(), given, now()));
	}

	public MatterViews.Detail signOff(UUID id, Boolean passed, String note) {
		if (passed == null) {
			throw new InvalidInputException("passed", "deliberation.error.required");
		}
		String given = Inputs.required("note", note, TEXT_MAX);
		return change(id, Action.SIGN_OFF, (matter, scope) -> matter.signOff(scope.username(), passed, given, now()));
	}

	public MatterViews.Detail rate(UUID id, String satisfaction, String comment) {
		List<FieldProblem> problems = new ArrayList<>();
		Satisfaction given = Inputs.parse(Satisfaction.class, satisfaction, "satisfaction", problems);
		String commentGiven = Inputs.checked("comment", comment, TEXT_MAX, false, problems);
		Inputs.refuseIfAny(problems);
		return change(id, Action.RATE, (matter, scope) -> {
			long household = this.seats.household(scope).orElseThrow().id();
			matter.rate(scope.username(), household, this.repository.hasRated(matter.id, household), given,
					commentGiven, now());
		});
	}

	public MatterViews.Detail close(UUID id) {
		return change(id, Action.CLOSE, (matter, scope) -> matter.close(scope.username(), now()));
	}

	/**
	 * Adds the rule that came out of the matter to the residents' convention of its
	 * scope, as a new version; {@code supersedes} names an article it replaces.
	 */
	public MatterViews.ConventionView addToConvention(UUID id, String title, String text, Long supersedes) {
		List<FieldProblem> problems = new ArrayList<>();
		String titleGiven = Inputs.checked("title", title, TITLE_MAX, true, problems);
		String textGiven = Inputs.checked("text", text, TEXT_MAX, true, problems);
		Inputs.refuseIfAny(problems);
		MatterViews.Detail detail = change(id, Action.ADD_TO_CONVENTION,
				(matter, scope) -> matter.addToConvention(scope.username(), titleGiven, textGiven, supersedes, now()));
		return this.bodies.convention(detail.scopeCode(), null);
	}

	// the workflow's plumbing

	private record Loaded(Matter matter, Set<Seat> seats) {
	}

	private Loaded visible(UUID id) {
		Scope scope = CurrentUser.scope();
		return this.repository.find(id)
			.map((matter) -> new Loaded(matter, this.seats.of(scope, matter.scopeCode)))
			.filter((loaded) -> this.seats.canSee(scope, loaded.matter.scopeCode, loaded.seats))
			.orElseThrow(() -> new NotFoundException("deliberation.error.not-found"));
	}

	private MatterViews.Detail change(UUID id, Action action, BiConsumer<Matter, Scope> transition) {
		Scope scope = CurrentUser.scope();
		Loaded loaded = visible(id);
		if (!action.takenBy(loaded.seats)) {
			throw new ForbiddenException("deliberation.error.not-your-action");
		}
		transition.accept(loaded.matter, scope);
		this.repository.save(loaded.matter);
		publish(loaded.matter);
		return this.details.of(loaded.matter, loaded.seats);
	}

	private void publish(Matter changed) {
		changed.events.forEach(this.publisher::publishEvent);
		changed.events.clear();
	}

	private Instant now() {
		return this.clock.instant();
	}

}

package org.linli.cases.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.linli.cases.CaseClosed;
import org.linli.cases.CaseDispatched;
import org.linli.cases.CaseEscalated;
import org.linli.cases.CaseEvaluated;
import org.linli.cases.CaseHandled;
import org.linli.cases.CaseId;
import org.linli.cases.CaseMerged;
import org.linli.cases.CaseRegistered;
import org.linli.cases.CaseRejected;
import org.linli.cases.CaseReopened;
import org.linli.cases.CaseReported;
import org.linli.cases.CaseResumed;
import org.linli.cases.CaseReturned;
import org.linli.cases.CaseReworked;
import org.linli.cases.CaseSigned;
import org.linli.cases.CaseStatus;
import org.linli.cases.CaseSuspended;
import org.linli.cases.Channel;
import org.linli.cases.OrderOverdue;
import org.linli.cases.Priority;
import org.linli.cases.Rating;
import org.linli.cases.Referral;
import org.linli.catalogue.Tier;
import org.linli.shared.ConflictException;

/**
 * A concern and its orders. Every change is a named method that checks the current state
 * first (an illegal change is a conflict), records a timeline entry and, where other
 * modules care, an event. The repository stores the entries and the service publishes the
 * events in the same transaction.
 */
final class Case {

	final CaseId id;

	final String number;

	final String trackingToken;

	final Channel channel;

	final String description;

	final double lat;

	final double lon;

	final String address;

	final String gridCode;

	final String communityCode;

	final String streetCode;

	final String reporter;

	final ReporterContact contact;

	final String firstContactOwner;

	final Instant reportedAt;

	int version;

	String categoryCode;

	Tier tier;

	Priority priority;

	CaseStatus status;

	Instant registeredAt;

	Instant closedAt;

	CaseId mergedInto;

	int returnCount;

	int reworkCount;

	int reopenCount;

	String claimedBy;

	String guidance;

	Rating rating;

	String ratingComment;

	String evaluatedBy;

	Instant evaluatedAt;

	String suspensionReason;

	boolean suspensionPending;

	Instant suspendedAt;

	Instant dueBy;

	final List<Dispatch> dispatches = new ArrayList<>();

	final List<Summons> summons = new ArrayList<>();

	final Set<String> followers = new LinkedHashSet<>();

	final Set<String> newFollowers = new LinkedHashSet<>();

	final List<TimelineEntry> newEntries = new ArrayList<>();

	final List<Object> events = new ArrayList<>();

	Case(CaseId id, String number, String trackingToken, Channel channel, String description, double lat, double lon,
			String address, String gridCode, String communityCode, String streetCode, String reporter,
			ReporterContact contact, String firstContactOwner, Instant reportedAt, int version) {
		this.id = id;
		this.number = number;
		this.trackingToken = trackingToken;
		this.channel = channel;
		this.description = description;
		this.lat = lat;
		this.lon = lon;
		this.address = address;
		this.gridCode = gridCode;
		this.communityCode = communityCode;
		this.streetCode = streetCode;
		this.reporter = reporter;
		this.contact = contact;
		this.firstContactOwner = firstContactOwner;
		this.reportedAt = reportedAt;
		this.version = version;
	}

	static Case report(NewCase report, String number, String trackingToken, Instant now) {
		Case reported = new Case(CaseId.random(), number, trackingToken, report.channel(), report.description(),
				report.lat(), report.lon(), report.address(), report.location().gridCode(),
				report.location().communityCode(), report.location().streetCode(), report.reporter(), report.contact(),
				report.firstContactOwner(), now, 0);
		reported.categoryCode = report.categoryCode();
		reported.priority = (report.priority() != null) ? report.priority() : Priority.NORMAL;
		reported.dueBy = report.dueBy();
		reported.status = CaseStatus.REPORTED;
		reported.record(now, report.actor(), "report", null);
		reported.events.add(new CaseReported(reported.id, number, reported.gridCode, reported.categoryCode, now));
		return reported;
	}

	void accept(String actor, Tier tier, String categoryCode, Priority priority, Instant now) {
		require(allows(CaseAction.ACCEPT));
		this.tier = tier;
		this.categoryCode = categoryCode;
		this.priority = priority;
		this.status = CaseStatus.REGISTERED;
		this.registeredAt = now;
		record(now, actor, "accept", tier.name() + " " + categoryCode);
		this.events.add(new CaseRegistered(this.id, tier, categoryCode, now));
	}

	void reject(String actor, String reason, Instant now) {
		require(allows(CaseAction.REJECT));
		this.status = CaseStatus.REJECTED;
		record(now, actor, "reject", reason);
		this.events.add(new CaseRejected(this.id, now));
	}

	/**
	 * The same concern as {@code original}: this case stops here and its reporter follows
	 * the original instead.
	 */
	void mergeInto(Case original, String actor, Instant now) {
		require(allows(CaseAction.MERGE) && original.status.isOpen() && !original.id.equals(this.id));
		this.status = CaseStatus.MERGED;
		this.mergedInto = original.id;
		if (this.reporter != null) {
			original.follow(this.reporter, now);
		}
		record(now, actor, "merge", original.number);
		original.record(now, actor, "merged-in", this.number);
		this.events.add(new CaseMerged(this.id, original.id, now));
	}

	void follow(String username, Instant now) {
		if (!username.equals(this.reporter) && this.followers.add(username)) {
			this.newFollowers.add(username);
		}
	}

	void dispatch(String actor, String departmentCode, String note, Instant now, Instant signDue, Instant due) {
		require(allows(CaseAction.DISPATCH));
		addDispatch(actor, departmentCode, note, false, now, signDue, due, "dispatch");
	}

	/**
	 * The street's ruling on a returned case: the department it names must handle it and
	 * can no longer return it.
	 */
	void ruleOnReturn(String actor, String departmentCode, String note, Instant now, Instant signDue, Instant due) {
		require(allows(CaseAction.RULE_RETURN));
		addDispatch(actor, departmentCode, note, true, now, signDue, due, "rule-return");
	}

	private void addDispatch(String actor, String departmentCode, String note, boolean binding, Instant now,
			Instant signDue, Instant due, String action) {
		Dispatch order = new Dispatch(UUID.randomUUID(), departmentCode, binding, note, now, signDue,
				DispatchStatus.DISPATCHED, due);
		this.dispatches.add(order);
		this.status = CaseStatus.DISPATCHED;
		record(now, actor, action, departmentCode + ((note != null) ? ": " + note : ""));
		this.events.add(new CaseDispatched(this.id, this.number, order.id, departmentCode, due, now));
	}

	void sign(String actor, Instant now) {
		require(allows(CaseAction.SIGN));
		Dispatch order = activeOrder().orElseThrow(this::illegal);
		order.status = DispatchStatus.SIGNED;
		order.signedAt = now;
		this.status = CaseStatus.IN_PROGRESS;
		record(now, actor, "sign", order.departmentCode);
		this.events.add(new CaseSigned(this.id, order.id, order.departmentCode, now));
	}

	/**
	 * A department sends a wrongly dispatched order back. Once the case has been returned
	 * {@code maxReturns} times only the street's ruling dispatches it again.
	 */
	void returnOrder(String actor, String reason, int maxReturns, Instant now) {
		require(this.status == CaseStatus.DISPATCHED || this.status == CaseStatus.IN_PROGRESS);
		Dispatch order = activeOrder().orElseThrow(this::illegal);
		if (order.binding) {
			throw new ConflictException("cases.error.binding-order");
		}
		order.status = DispatchStatus.RETURNED;
		order.returnReason = reason;
		this.returnCount++;
		this.status = (this.returnCount >= maxReturns) ? CaseStatus.AWAITING_RULING : CaseStatus.REGISTERED;
		record(now, actor, "return", reason);
		this.events.add(new CaseReturned(this.id, this.number, this.streetCode, order.id, order.departmentCode,
				this.status == CaseStatus.AWAITING_RULING, now));
	}

	void handle(String actor, String result, Instant now) {
		if (this.status == CaseStatus.IN_PROGRESS) {
			Dispatch order = activeOrder().orElseThrow(this::illegal);
			order.status = DispatchStatus.HANDLED;
			order.handledAt = now;
			order.result = result;
			this.events.add(new CaseHandled(this.id, this.number, this.gridCode, order.departmentCode, now));
		}
		else {
			require(this.status == CaseStatus.COMMUNITY_HANDLING);
			this.events.add(new CaseHandled(this.id, this.number, this.gridCode, null, now));
		}
		this.status = CaseStatus.HANDLED;
		record(now, actor, "handle", result);
	}

	/**
	 * The check on site: passed closes the case, failed sends it back to whoever handled
	 * it (rework).
	 */
	void verify(String actor, boolean passed, String note, Instant now) {
		require(allows(CaseAction.VERIFY));
		Optional<Dispatch> order = activeOrder();
		if (passed) {
			order.ifPresent((dispatch) -> dispatch.status = DispatchStatus.FINISHED);
			this.status = CaseStatus.CLOSED;
			this.closedAt = now;
			record(now, actor, "verify-passed", note);
			this.events.add(new CaseClosed(this.id, this.number, this.reporter, List.copyOf(this.followers), now));
			return;
		}
		this.reworkCount++;
		order.ifPresent((dispatch) -> {
			dispatch.status = DispatchStatus.SIGNED;
			dispatch.reworkCount++;
		});
		this.status = order.isPresent() ? CaseStatus.IN_PROGRESS : CaseStatus.COMMUNITY_HANDLING;
		record(now, actor, "verify-failed", note);
		this.events.add(new CaseReworked(this.id, order.map((dispatch) -> dispatch.departmentCode).orElse(null), now));
	}

	void assignToCommunity(String actor, Instant now) {
		require(allows(CaseAction.ASSIGN_COMMUNITY));
		this.status = CaseStatus.COMMUNITY_HANDLING;
		record(now, actor, "assign-community", this.communityCode);
	}

	/** A private affair: the guidance given is recorded and the case is closed. */
	void guide(String actor, String guidance, Referral referral, Instant now) {
		require(allows(CaseAction.GUIDE));
		this.guidance = guidance;
		this.status = CaseStatus.CLOSED;
		this.closedAt = now;
		record(now, actor, "guide", guidance);
		if (referral != null) {
			record(now, actor, "refer-" + referral.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'), null);
		}
		this.events.add(new CaseClosed(this.id, this.number, this.reporter, List.copyOf(this.followers), now));
	}

	void claim(String actor, Instant now) {
		require(allows(CaseAction.CLAIM));
		this.claimedBy = actor;
		follow(actor, now);
		record(now, actor, "claim", null);
	}

	void evaluate(String actor, Rating rating, String comment, Instant now) {
		require(allows(CaseAction.EVALUATE));
		this.rating = rating;
		this.ratingComment = comment;
		this.evaluatedBy = actor;
		this.evaluatedAt = now;
		record(now, actor, "evaluate", rating.name() + ((comment != null) ? ": " + comment : ""));
		this.events.add(new CaseEvaluated(this.id, rating, now));
	}

	/**
	 * A dissatisfied reporter sends a closed case back to triage, within the window after
	 * closure.
	 */
	void reopen(String actor, String reason, Duration window, Instant now) {
		require(allows(CaseAction.REOPEN));
		if (now.isAfter(this.closedAt.plus(window))) {
			throw new ConflictException("cases.error.reopen-window", window.toDays());
		}
		this.status = CaseStatus.REGISTERED;
		this.reopenCount++;
		this.closedAt = null;
		this.rating = null;
		this.ratingComment = null;
		this.evaluatedBy = null;
		this.evaluatedAt = null;
		record(now, actor, "reopen", reason);
		this.events.add(new CaseReopened(this.id, now));
	}

	void requestExtension(String actor, int workingHours, String reason, Instant now) {
		require(allows(CaseAction.REQUEST_EXTENSION));
		Dispatch order = activeOrder().orElseThrow(this::illegal);
		order.extensionHours = workingHours;
		order.extensionReason = reason;
		record(now, actor, "request-extension", workingHours + "h: " + reason);
	}

	void decideExtension(String actor, boolean approve, Instant extendedDue, Instant now) {
		Dispatch order = activeOrder().filter((dispatch) -> dispatch.extensionHours != null).orElseThrow(this::illegal);
		if (approve) {
			order.due = extendedDue;
		}
		order.extensionHours = null;
		order.extensionReason = null;
		record(now, actor, approve ? "extension-approved" : "extension-refused", null);
	}

	void requestSuspension(String actor, String reason, Instant now) {
		require(allows(CaseAction.SUSPEND));
		this.suspensionPending = true;
		this.suspensionReason = reason;
		record(now, actor, "suspend", reason);
	}

	void decideSuspension(String actor, boolean approve, Instant now) {
		require(allows(CaseAction.DECIDE_SUSPENSION));
		this.suspensionPending = false;
		if (approve) {
			this.status = CaseStatus.SUSPENDED;
			this.suspendedAt = now;
			this.events.add(new CaseSuspended(this.id, now));
		}
		else {
			this.suspensionReason = null;
		}
		record(now, actor, approve ? "suspension-approved" : "suspension-refused", null);
	}

	/** Work resumes; the order's deadline moves by the working time it was suspended. */
	void resume(String actor, Instant resumedDue, Instant now) {
		require(allows(CaseAction.RESUME));
		activeOrder().orElseThrow(this::illegal).due = resumedDue;
		this.status = CaseStatus.IN_PROGRESS;
		this.suspendedAt = null;
		this.suspensionReason = null;
		record(now, actor, "resume", null);
		this.events.add(new CaseResumed(this.id, now));
	}

	/** The street blows the whistle: each department named must report in by the due. */
	void escalate(String actor, List<String> departmentCodes, String reason, Instant due, Instant now) {
		require(allows(CaseAction.ESCALATE));
		for (String department : departmentCodes) {
			this.summons.add(new Summons(department, reason, now, due));
		}
		record(now, actor, "escalate", String.join(",", departmentCodes) + ": " + reason);
		this.events.add(new CaseEscalated(this.id, departmentCodes, now));
	}

	void reportIn(String actor, String departmentCode, Instant now) {
		Summons summoned = this.summons.stream()
			.filter((summons) -> summons.departmentCode.equals(departmentCode) && summons.reportedAt == null)
			.findFirst()
			.orElseThrow(this::illegal);
		summoned.reportedAt = now;
		summoned.reportedBy = actor;
		record(now, actor, "report-in", departmentCode);
	}

	/**
	 * A timer found the order still unsigned at its sign due: marked once, and the case
	 * goes up to the street's dispatcher. False when signed, returned or already marked.
	 */
	boolean markSigningOverdue(UUID dispatchId, String actor, Instant now) {
		Dispatch order = order(dispatchId).filter((dispatch) -> dispatch.status == DispatchStatus.DISPATCHED)
			.filter((dispatch) -> dispatch.signOverdueAt == null && !now.isBefore(dispatch.signDue))
			.orElse(null);
		if (order == null) {
			return false;
		}
		order.signOverdueAt = now;
		record(now, actor, "overdue-signing", order.departmentCode);
		record(now, actor, "escalate-street", order.departmentCode);
		this.events.add(new OrderOverdue(this.id, this.number, this.streetCode, order.id, order.departmentCode,
				OrderOverdue.Step.SIGNING, order.signDue));
		return true;
	}

	/**
	 * A timer found the order still not handled at its due. A suspended case's clock is
	 * stopped: resuming sets a new due and a new timer.
	 */
	boolean markHandlingOverdue(UUID dispatchId, String actor, Instant now) {
		boolean running = this.status == CaseStatus.DISPATCHED || this.status == CaseStatus.IN_PROGRESS;
		Dispatch order = order(dispatchId).filter((dispatch) -> running && dispatch.status.isRunning())
			.filter((dispatch) -> dispatch.handlingOverdueAt == null && !now.isBefore(dispatch.due))
			.orElse(null);
		if (order == null) {
			return false;
		}
		order.handlingOverdueAt = now;
		record(now, actor, "overdue-handling", order.departmentCode);
		this.events.add(new OrderOverdue(this.id, this.number, this.streetCode, order.id, order.departmentCode,
				OrderOverdue.Step.HANDLING, order.due));
		return true;
	}

	/** A timer found a summoned department not reported in at the due. */
	boolean markReportInOverdue(String departmentCode, long summonedAtMillis, String actor, Instant now) {
		Summons summoned = this.summons.stream()
			.filter((summons) -> summons.departmentCode.equals(departmentCode)
					&& summons.summonedAt.toEpochMilli() == summonedAtMillis)
			.filter((summons) -> this.status.isOpen() && summons.reportedAt == null && summons.overdueAt == null
					&& !now.isBefore(summons.due))
			.findFirst()
			.orElse(null);
		if (summoned == null) {
			return false;
		}
		summoned.overdueAt = now;
		record(now, actor, "overdue-report-in", departmentCode);
		this.events.add(new OrderOverdue(this.id, this.number, this.streetCode, null, departmentCode,
				OrderOverdue.Step.REPORT_IN, summoned.due));
		return true;
	}

	/** Whether an order went up to the street because nobody signed for it in time. */
	boolean escalatedToStreet() {
		return this.dispatches.stream().anyMatch((dispatch) -> dispatch.signOverdueAt != null);
	}

	private Optional<Dispatch> order(UUID dispatchId) {
		return this.dispatches.stream().filter((dispatch) -> dispatch.id.equals(dispatchId)).findFirst();
	}

	/**
	 * Whether the concern's state lets the action happen now, whoever asks. Returning a
	 * binding order, reopening after the window and reporting in for a department that
	 * was not summoned are refused by the transition itself with their own reasons.
	 */
	boolean allows(CaseAction action) {
		Optional<Dispatch> order = activeOrder();
		return switch (action) {
			case ACCEPT, REJECT, MERGE -> this.status == CaseStatus.REPORTED;
			case DISPATCH -> this.tier == Tier.MAJOR && this.status == CaseStatus.REGISTERED;
			case RULE_RETURN -> this.tier == Tier.MAJOR && (this.status == CaseStatus.AWAITING_RULING
					|| (this.status == CaseStatus.REGISTERED && this.returnCount > 0));
			case SIGN -> this.status == CaseStatus.DISPATCHED;
			case RETURN -> (this.status == CaseStatus.DISPATCHED || this.status == CaseStatus.IN_PROGRESS)
					&& order.filter((dispatch) -> !dispatch.binding).isPresent();
			case REQUEST_EXTENSION -> this.status == CaseStatus.IN_PROGRESS
					&& order.filter((dispatch) -> dispatch.extensionHours == null).isPresent();
			case DECIDE_EXTENSION -> order.filter((dispatch) -> dispatch.extensionHours != null).isPresent();
			case SUSPEND -> this.status == CaseStatus.IN_PROGRESS && !this.suspensionPending;
			case DECIDE_SUSPENSION -> this.status == CaseStatus.IN_PROGRESS && this.suspensionPending;
			case RESUME -> this.status == CaseStatus.SUSPENDED;
			case HANDLE -> this.status == CaseStatus.IN_PROGRESS || this.status == CaseStatus.COMMUNITY_HANDLING;
			case VERIFY -> this.status == CaseStatus.HANDLED;
			case ASSIGN_COMMUNITY -> this.tier == Tier.COMMUNITY && this.status == CaseStatus.REGISTERED;
			case GUIDE -> this.tier == Tier.PRIVATE && this.status == CaseStatus.REGISTERED;
			case ESCALATE -> this.status.isOpen() && this.status != CaseStatus.REPORTED;
			case REPORT_IN -> this.summons.stream().anyMatch((summons) -> summons.reportedAt == null);
			case CLAIM -> this.tier == Tier.COMMUNITY
					&& (this.status == CaseStatus.REGISTERED || this.status == CaseStatus.COMMUNITY_HANDLING)
					&& this.claimedBy == null;
			case EVALUATE -> this.status == CaseStatus.CLOSED && this.rating == null;
			case REOPEN -> this.status == CaseStatus.CLOSED && this.rating == Rating.DISSATISFIED;
		};
	}

	/** Whether a summoned department has yet to report in. */
	boolean awaitsReportIn(String departmentCode) {
		return this.summons.stream()
			.anyMatch((summons) -> summons.departmentCode.equals(departmentCode) && summons.reportedAt == null);
	}

	/**
	 * When the order that runs now is due — what work queues sort by; null while no order
	 * runs.
	 */
	Instant runningDue() {
		return this.dispatches.stream()
			.filter((dispatch) -> dispatch.status.isRunning())
			.map((dispatch) -> dispatch.due)
			.min(Instant::compareTo)
			.orElse(null);
	}

	/** The order not yet returned or finished, if any. */
	Optional<Dispatch> activeOrder() {
		return this.dispatches.stream().filter((dispatch) -> dispatch.status.isActive()).findFirst();
	}

	boolean isSummoned(String departmentCode) {
		return this.summons.stream().anyMatch((summons) -> summons.departmentCode.equals(departmentCode));
	}

	boolean hasOrderFor(String departmentCode) {
		return this.dispatches.stream().anyMatch((dispatch) -> dispatch.departmentCode.equals(departmentCode));
	}

	private void record(Instant at, String actor, String action, String note) {
		this.newEntries.add(new TimelineEntry(at, actor, action, note));
	}

	private void require(boolean allowed) {
		if (!allowed) {
			throw illegal();
		}
	}

	private ConflictException illegal() {
		return new ConflictException("cases.error.illegal-transition", this.status.name());
	}

}

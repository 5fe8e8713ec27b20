package org.linli.deliberation.internal;

import java.util.EnumSet;
import java.util.Set;

import org.linli.deliberation.MatterStatus;

import static org.linli.deliberation.MatterStatus.AWAITING_VOTE;
import static org.linli.deliberation.MatterStatus.CLOSED;
import static org.linli.deliberation.MatterStatus.DISCUSSING;
import static org.linli.deliberation.MatterStatus.EVALUATING;
import static org.linli.deliberation.MatterStatus.EXECUTING;
import static org.linli.deliberation.MatterStatus.FUNDING;
import static org.linli.deliberation.MatterStatus.PROPOSED;
import static org.linli.deliberation.MatterStatus.REJECTED_BY_VOTE;
import static org.linli.deliberation.MatterStatus.UNDER_REVIEW;
import static org.linli.deliberation.MatterStatus.VOTING;
import static org.linli.deliberation.internal.Seat.COUNCIL;
import static org.linli.deliberation.internal.Seat.OWNERS_COMMITTEE;
import static org.linli.deliberation.internal.Seat.RESIDENT;
import static org.linli.deliberation.internal.Seat.STAFF;
import static org.linli.deliberation.internal.Seat.SUPERVISOR;

/**
 * Everything one can do to a matter: in which statuses it is allowed and who may do it.
 * The aggregate checks the status (409 otherwise), the service checks the seat (403
 * otherwise), and the pages offer exactly the actions both allow.
 */
public enum Action {

	SCREEN(Set.of(PROPOSED), Set.of(STAFF)),

	COMMENT(Set.of(DISCUSSING, AWAITING_VOTE, VOTING, FUNDING, EXECUTING, UNDER_REVIEW, EVALUATING),
			Set.of(STAFF, RESIDENT, COUNCIL, OWNERS_COMMITTEE, SUPERVISOR)),

	HIDE_COMMENT(Set.of(DISCUSSING, AWAITING_VOTE, VOTING, FUNDING, EXECUTING, UNDER_REVIEW, EVALUATING, CLOSED),
			Set.of(STAFF, COUNCIL)),

	SCHEDULE_MEETING(Set.of(DISCUSSING, AWAITING_VOTE, FUNDING, EXECUTING), Set.of(STAFF, COUNCIL, OWNERS_COMMITTEE)),

	RECORD_MINUTES(Set.of(DISCUSSING, AWAITING_VOTE, VOTING, FUNDING, EXECUTING, UNDER_REVIEW),
			Set.of(STAFF, COUNCIL, OWNERS_COMMITTEE)),

	COUNCIL_DECISION(Set.of(DISCUSSING), Set.of(COUNCIL, STAFF)),

	/**
	 * Normally after the council's decision; staff may also open a vote straight from the
	 * proposal (screening it in) or the discussion, and a vote nobody has voted in yet
	 * may be opened again to correct its rule or closing time.
	 */
	OPEN_VOTE(Set.of(PROPOSED, DISCUSSING, AWAITING_VOTE, VOTING), Set.of(STAFF, COUNCIL, OWNERS_COMMITTEE)),

	BALLOT(Set.of(VOTING), Set.of(RESIDENT)),

	PROXY_BALLOT(Set.of(VOTING), Set.of(STAFF)),

	CLOSE_VOTE(Set.of(VOTING), Set.of(STAFF, COUNCIL, OWNERS_COMMITTEE)),

	AUDIT_BALLOTS(Set.of(VOTING, REJECTED_BY_VOTE, FUNDING, EXECUTING, UNDER_REVIEW, EVALUATING, CLOSED),
			Set.of(SUPERVISOR)),

	COST_PLAN(Set.of(PROPOSED, DISCUSSING, AWAITING_VOTE, VOTING, FUNDING), Set.of(STAFF, OWNERS_COMMITTEE)),

	PLEDGE(Set.of(FUNDING, EXECUTING), Set.of(RESIDENT)),

	RECORD_PLEDGE(Set.of(FUNDING, EXECUTING), Set.of(STAFF, OWNERS_COMMITTEE)),

	RECORD_PAYMENT(Set.of(FUNDING, EXECUTING, UNDER_REVIEW, EVALUATING), Set.of(STAFF, OWNERS_COMMITTEE)),

	START_WORK(Set.of(FUNDING), Set.of(STAFF, OWNERS_COMMITTEE)),

	ADD_TASK(Set.of(EXECUTING), Set.of(STAFF, OWNERS_COMMITTEE)),

	FINISH_TASK(Set.of(EXECUTING), Set.of(STAFF, OWNERS_COMMITTEE)),

	ADD_QUOTE(Set.of(FUNDING, EXECUTING), Set.of(STAFF, OWNERS_COMMITTEE)),

	CHOOSE_QUOTE(Set.of(FUNDING, EXECUTING), Set.of(STAFF, OWNERS_COMMITTEE)),

	REPORT_PROGRESS(Set.of(EXECUTING), Set.of(STAFF, OWNERS_COMMITTEE)),

	COMPLETE_WORK(Set.of(EXECUTING), Set.of(STAFF, OWNERS_COMMITTEE)),

	CHECK(Set.of(DISCUSSING, AWAITING_VOTE, VOTING, FUNDING, EXECUTING, UNDER_REVIEW, EVALUATING), Set.of(SUPERVISOR)),

	SIGN_OFF(Set.of(UNDER_REVIEW), Set.of(SUPERVISOR)),

	RATE(Set.of(EVALUATING), Set.of(RESIDENT)),

	CLOSE(Set.of(EVALUATING), Set.of(STAFF)),

	ADD_TO_CONVENTION(Set.of(FUNDING, EXECUTING, UNDER_REVIEW, EVALUATING, CLOSED), Set.of(STAFF, COUNCIL));

	private final Set<MatterStatus> statuses;

	private final Set<Seat> seats;

	Action(Set<MatterStatus> statuses, Set<Seat> seats) {
		this.statuses = EnumSet.copyOf(statuses);
		this.seats = EnumSet.copyOf(seats);
	}

	boolean allowedIn(MatterStatus status) {
		return this.statuses.contains(status);
	}

	boolean takenBy(Set<Seat> held) {
		return held.stream().anyMatch(this.seats::contains);
	}

	/** The kebab-case name used in message keys and in the pages. */
	public String key() {
		return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
	}

}

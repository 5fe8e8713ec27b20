package org.linli.deliberation;

/**
 * Where a matter stands, and the stage that puts it in.
 * <ul>
 * <li>{@code PROPOSED}: raised, waiting for staff to screen it.</li>
 * <li>{@code SCREENED_OUT}: not taken up (outside the scope, or a duplicate).</li>
 * <li>{@code DISCUSSING}: comments and meetings until the council decides.</li>
 * <li>{@code NOT_PURSUED}: the council decided not to put it to a vote.</li>
 * <li>{@code AWAITING_VOTE}: the council put it to a vote that is not open yet.</li>
 * <li>{@code VOTING}: households are voting.</li>
 * <li>{@code REJECTED_BY_VOTE}: the vote failed.</li>
 * <li>{@code FUNDING}: the vote passed; the cost is being pledged and paid.</li>
 * <li>{@code EXECUTING}: the owners' committee is carrying it out.</li>
 * <li>{@code UNDER_REVIEW}: the work is reported done; the supervisory committee checks
 * it.</li>
 * <li>{@code EVALUATING}: signed off; residents rate the result.</li>
 * <li>{@code CLOSED}: done.</li>
 * </ul>
 */
public enum MatterStatus {

	PROPOSED(MatterStage.RAISE), SCREENED_OUT(MatterStage.RAISE), DISCUSSING(MatterStage.DISCUSS),
	NOT_PURSUED(MatterStage.DISCUSS), AWAITING_VOTE(MatterStage.DECIDE), VOTING(MatterStage.DECIDE),
	REJECTED_BY_VOTE(MatterStage.DECIDE), FUNDING(MatterStage.FUND), EXECUTING(MatterStage.EXECUTE),
	UNDER_REVIEW(MatterStage.EVALUATE), EVALUATING(MatterStage.EVALUATE), CLOSED(MatterStage.EVALUATE);

	private final MatterStage stage;

	MatterStatus(MatterStage stage) {
		this.stage = stage;
	}

	public MatterStage stage() {
		return this.stage;
	}

	/** The matter stopped here without going further. */
	public boolean isDropped() {
		return this == SCREENED_OUT || this == NOT_PURSUED || this == REJECTED_BY_VOTE;
	}

	public boolean isFinished() {
		return isDropped() || this == CLOSED;
	}

}

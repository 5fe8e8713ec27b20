package org.linli.cases;

/**
 * Where a concern stands.
 * <ul>
 * <li>{@code REPORTED}: taken in, not yet triaged.</li>
 * <li>{@code REGISTERED}: accepted with a tier and category (受理/立案); a major affair waits
 * here for its order, also after a return or a reopening.</li>
 * <li>{@code AWAITING_RULING}: departments returned it as often as allowed; only the
 * street's ruling (终审) dispatches it again.</li>
 * <li>{@code DISPATCHED}: an order is with a department, not yet signed for.</li>
 * <li>{@code IN_PROGRESS}: the department signed for it and is handling it (also after a
 * failed verification: rework).</li>
 * <li>{@code COMMUNITY_HANDLING}: a community affair assigned to the community
 * committee.</li>
 * <li>{@code HANDLED}: a result is reported and awaits verification on site.</li>
 * <li>{@code SUSPENDED}: an approved suspension (挂账/缓办); the clock stops.</li>
 * <li>{@code CLOSED}: verified, or a private affair guided (结案).</li>
 * <li>{@code REJECTED}: not accepted, with a reason.</li>
 * <li>{@code MERGED}: the same concern as an earlier case, followed there.</li>
 * </ul>
 */
public enum CaseStatus {

	REPORTED, REGISTERED, AWAITING_RULING, DISPATCHED, IN_PROGRESS, COMMUNITY_HANDLING, HANDLED, SUSPENDED, CLOSED,
	REJECTED, MERGED;

	/** Still to be worked on: counts as a possible duplicate of a new report. */
	public boolean isOpen() {
		return this != CLOSED && this != REJECTED && this != MERGED;
	}

}

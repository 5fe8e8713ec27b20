package org.linli.area;

/**
 * Who answers for a grid. A department liaison is kept per department; the party branch
 * is named by the branch's name, every other duty by a username.
 */
public enum GridDuty {

	GRID_WORKER, COMMUNITY_LEAD, PARTY_BRANCH, DEPARTMENT_LIAISON

}

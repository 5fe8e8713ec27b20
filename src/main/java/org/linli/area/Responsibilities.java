package org.linli.area;

import java.util.List;

/**
 * The responsibility map: who answers for each grid, and who staffs each community.
 */
public interface Responsibilities {

	/**
	 * Gives a duty on a grid to a person, replacing whoever held it.
	 * {@code departmentCode} is required for {@link GridDuty#DEPARTMENT_LIAISON} and must
	 * be null otherwise.
	 */
	void assignGrid(String gridCode, GridDuty duty, String departmentCode, String person);

	void assignCommunityStaff(String communityCode, String username);

	GridResponsibilities ofGrid(String gridCode);

	/** The community's staff usernames, in alphabetical order. */
	List<String> staffOf(String communityCode);

}

package org.linli.identity;

import java.util.List;
import java.util.Set;

/**
 * What one person may see. Area codes are hierarchical (district 6 digits, street 9,
 * community 12, grid 15), so an area lies in scope when one of the scope's codes is a
 * prefix of its code. A department handler is scoped to the department's code as well; an
 * administrator sees everything.
 */
public record Scope(String username, Set<Role> roles, List<String> areaCodes, String departmentCode) {

	public static final Scope ANONYMOUS = new Scope(null, Set.of(), List.of(), null);

	public Scope {
		roles = Set.copyOf(roles);
		areaCodes = List.copyOf(areaCodes);
	}

	public boolean isAuthenticated() {
		return this.username != null;
	}

	public boolean has(Role role) {
		return this.roles.contains(role);
	}

	public boolean hasAny(Role... candidates) {
		for (Role role : candidates) {
			if (has(role)) {
				return true;
			}
		}
		return false;
	}

	public boolean isAdmin() {
		return has(Role.ADMIN);
	}

	/** The area, or an area above it, is one this person is responsible for. */
	public boolean covers(String areaCode) {
		if (isAdmin()) {
			return true;
		}
		return areaCode != null && this.areaCodes.stream().anyMatch(areaCode::startsWith);
	}

	/**
	 * The area is in scope, or lies above an area in scope (a community's staff may look
	 * at their street).
	 */
	public boolean canSee(String areaCode) {
		return covers(areaCode)
				|| (areaCode != null && this.areaCodes.stream().anyMatch(code -> code.startsWith(areaCode)));
	}

	public boolean belongsTo(String department) {
		return this.departmentCode != null && this.departmentCode.equals(department);
	}

}

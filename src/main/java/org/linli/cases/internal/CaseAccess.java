package org.linli.cases.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.linli.identity.Role;
import org.linli.identity.Scope;

/**
 * Who sees which case: residents the cases they reported, follow or claimed; grid
 * workers, community staff, dispatchers and leaders the cases in their areas; department
 * handlers the cases with an order or a summons for their department; administrators all.
 * The same rule as a SQL condition for lists and as a check for one case.
 */
final class CaseAccess {

	private static final Role[] AREA_ROLES = { Role.GRID_WORKER, Role.COMMUNITY_STAFF, Role.DISPATCHER, Role.LEADER };

	private CaseAccess() {
	}

	static boolean canSee(Scope scope, Case seen) {
		if (!scope.isAuthenticated()) {
			return false;
		}
		if (scope.isAdmin()) {
			return true;
		}
		String me = scope.username();
		if (me.equals(seen.reporter) || seen.followers.contains(me) || me.equals(seen.claimedBy)) {
			return true;
		}
		if (scope.hasAny(AREA_ROLES) && scope.covers(seen.gridCode)) {
			return true;
		}
		return scope.has(Role.DEPARTMENT_HANDLER) && scope.departmentCode() != null
				&& (seen.hasOrderFor(scope.departmentCode()) || seen.isSummoned(scope.departmentCode()));
	}

	/**
	 * Staff, grid workers, dispatchers and leaders of the case's area, and
	 * administrators.
	 */
	static boolean worksTheArea(Scope scope, Case seen) {
		return scope.isAdmin() || (scope.hasAny(AREA_ROLES) && scope.covers(seen.gridCode));
	}

	/** A condition on {@code c} (cases.case) with its parameters. */
	static Condition condition(Scope scope) {
		if (!scope.isAuthenticated()) {
			return new Condition("false", Map.of());
		}
		if (scope.isAdmin()) {
			return new Condition("true", Map.of());
		}
		List<String> any = new ArrayList<>();
		Map<String, Object> params = new HashMap<>();
		params.put("me", scope.username());
		any.add("c.reporter = :me or c.claimed_by = :me");
		any.add("exists (select 1 from cases.follower f where f.case_id = c.id and f.username = :me)");
		if (scope.hasAny(AREA_ROLES) && !scope.areaCodes().isEmpty()) {
			params.put("areas", scope.areaCodes().stream().map((code) -> code + "%").toList());
			any.add("c.grid_code like any (array[:areas])");
		}
		if (scope.has(Role.DEPARTMENT_HANDLER) && scope.departmentCode() != null) {
			params.put("myDepartment", scope.departmentCode());
			any.add("exists (select 1 from cases.dispatch d where d.case_id = c.id"
					+ " and d.department_code = :myDepartment)");
			any.add("exists (select 1 from cases.summons s where s.case_id = c.id"
					+ " and s.department_code = :myDepartment)");
		}
		return new Condition("(" + String.join(" or ", any) + ")", params);
	}

	record Condition(String sql, Map<String, Object> params) {

		Condition {
			params = Map.copyOf(params);
		}

	}

}

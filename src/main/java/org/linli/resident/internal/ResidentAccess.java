package org.linli.resident.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.linli.identity.Role;
import org.linli.identity.Scope;

/**
 * Who may see, name and reveal whose households. Area roles see the households of the
 * grids their scope covers; a resident sees the household linked to their account; a
 * department handler sees none. The SQL filter for lists states the same rule as
 * {@link #canSee}.
 */
final class ResidentAccess {

	private static final Role[] AREA_ROLES = { Role.COMMUNITY_STAFF, Role.GRID_WORKER, Role.DISPATCHER, Role.LEADER,
			Role.ADMIN };

	private static final Role[] REVEAL_ROLES = { Role.COMMUNITY_STAFF, Role.GRID_WORKER, Role.DISPATCHER, Role.ADMIN };

	/**
	 * Those who work with residents face to face see full names; dispatchers and leaders
	 * see masked ones.
	 */
	private static final Role[] FULL_NAME_ROLES = { Role.COMMUNITY_STAFF, Role.GRID_WORKER, Role.ADMIN };

	private ResidentAccess() {
	}

	static boolean canSee(Scope scope, Placed household) {
		return coveredFor(scope, household, AREA_ROLES) || isOwn(scope, household);
	}

	static boolean canReveal(Scope scope, Placed household) {
		return coveredFor(scope, household, REVEAL_ROLES);
	}

	static boolean seesFullNames(Scope scope, Placed household) {
		return coveredFor(scope, household, FULL_NAME_ROLES) || isOwn(scope, household);
	}

	/**
	 * The condition on {@code h} (resident.household) selecting exactly the households
	 * {@link #canSee} allows; empty when the scope sees none.
	 */
	static Optional<String> visibleHouseholds(Scope scope, Map<String, Object> params) {
		List<String> alternatives = new ArrayList<>();
		if (scope.hasAny(AREA_ROLES)) {
			if (scope.isAdmin()) {
				return Optional.of("true");
			}
			if (!scope.areaCodes().isEmpty()) {
				alternatives.add("h.grid_code like any (array[:scopePatterns])");
				params.put("scopePatterns", scope.areaCodes().stream().map((code) -> escapeLike(code) + "%").toList());
			}
		}
		if (scope.has(Role.RESIDENT) && scope.username() != null) {
			alternatives.add("h.account_username = :scopeUsername");
			params.put("scopeUsername", scope.username());
		}
		return alternatives.isEmpty() ? Optional.empty() : Optional.of("(" + String.join(" or ", alternatives) + ")");
	}

	static String escapeLike(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	private static boolean coveredFor(Scope scope, Placed household, Role... roles) {
		return scope.hasAny(roles) && scope.covers(household.gridCode());
	}

	private static boolean isOwn(Scope scope, Placed household) {
		return scope.has(Role.RESIDENT) && scope.username() != null
				&& scope.username().equals(household.accountUsername());
	}

}

package org.linli.deliberation.internal;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.linli.deliberation.Committee;
import org.linli.identity.Role;
import org.linli.identity.Scope;
import org.linli.resident.HouseholdRegistry;
import org.linli.resident.HouseholdSummary;

import org.springframework.stereotype.Component;

/**
 * Who someone is for a matter of a given scope, and whether they may see it at all: the
 * community's staff, grid workers, dispatchers and leaders covering the scope, residents
 * whose household lies in it, and members of its committees; administrators see
 * everything. Anyone else is told the matter does not exist.
 */
@Component
class Seats {

	private static final Role[] AREA_ROLES = { Role.COMMUNITY_STAFF, Role.GRID_WORKER, Role.DISPATCHER, Role.LEADER };

	private final HouseholdRegistry households;

	private final Committees committees;

	Seats(HouseholdRegistry households, Committees committees) {
		this.households = households;
		this.committees = committees;
	}

	Set<Seat> of(Scope scope, String scopeCode) {
		Set<Seat> seats = EnumSet.noneOf(Seat.class);
		if (!scope.isAuthenticated()) {
			return seats;
		}
		if (scope.has(Role.COMMUNITY_STAFF) && scope.covers(scopeCode)) {
			seats.add(Seat.STAFF);
		}
		if (household(scope).filter((home) -> home.buildingCode().startsWith(scopeCode)).isPresent()) {
			seats.add(Seat.RESIDENT);
		}
		for (Committee committee : this.committees.of(scope.username(), scopeCode)) {
			seats.add(switch (committee) {
				case COUNCIL -> Seat.COUNCIL;
				case OWNERS_COMMITTEE -> Seat.OWNERS_COMMITTEE;
				case SUPERVISORY_COMMITTEE -> Seat.SUPERVISOR;
			});
		}
		return seats;
	}

	boolean canSee(Scope scope, String scopeCode, Set<Seat> seats) {
		return scope.isAdmin() || !seats.isEmpty() || (scope.hasAny(AREA_ROLES) && scope.covers(scopeCode));
	}

	/** The household a resident's account is linked to. */
	Optional<HouseholdSummary> household(Scope scope) {
		return scope.has(Role.RESIDENT) ? this.households.householdOf(scope.username()) : Optional.empty();
	}

	/**
	 * A condition on {@code m} (deliberation.matter) selecting the matters the scope
	 * sees.
	 */
	Condition visible(Scope scope) {
		if (!scope.isAuthenticated()) {
			return new Condition("false", Map.of());
		}
		if (scope.isAdmin()) {
			return new Condition("true", Map.of());
		}
		Map<String, Object> params = new HashMap<>();
		params.put("me", scope.username());
		StringBuilder sql = new StringBuilder("(exists (select 1 from deliberation.committee_member c"
				+ " where c.username = :me and m.scope_code like c.area_code || '%')");
		if (scope.hasAny(AREA_ROLES) && !scope.areaCodes().isEmpty()) {
			params.put("areas", scope.areaCodes().stream().map((code) -> code + "%").toList());
			sql.append(" or m.scope_code like any (array[:areas])");
		}
		household(scope).ifPresent((home) -> {
			params.put("building", home.buildingCode());
			sql.append(" or :building like m.scope_code || '%'");
		});
		return new Condition(sql.append(")").toString(), params);
	}

	record Condition(String sql, Map<String, Object> params) {

		Condition {
			params = Map.copyOf(params);
		}

	}

}

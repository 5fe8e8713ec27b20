package org.linli.cases.internal;

import java.util.Objects;

import org.linli.area.Responsibilities;
import org.linli.identity.Role;
import org.linli.identity.Scope;
import org.linli.resident.HouseholdRegistry;

import org.springframework.stereotype.Component;

/**
 * Who may take which action on a concern, whatever its state: the street's dispatcher
 * orders and decides, community staff triage and handle community affairs, the department
 * with the order signs, returns and reports, the grid's worker (or the community's staff)
 * verifies, the reporter and followers evaluate, party members claim.
 */
@Component
class CaseRoles {

	private final Responsibilities responsibilities;

	private final HouseholdRegistry households;

	CaseRoles(Responsibilities responsibilities, HouseholdRegistry households) {
		this.responsibilities = responsibilities;
		this.households = households;
	}

	boolean may(Scope scope, Case seen, CaseAction action) {
		if (!scope.isAuthenticated()) {
			return false;
		}
		return switch (action) {
			case ACCEPT, REJECT, ASSIGN_COMMUNITY, GUIDE -> triage(scope, seen);
			case MERGE -> triage(scope, seen) || scope.username().equals(seen.reporter);
			case DISPATCH, RULE_RETURN, DECIDE_EXTENSION, DECIDE_SUSPENSION, RESUME, ESCALATE ->
				inArea(scope, Role.DISPATCHER, seen);
			case SIGN, RETURN, REQUEST_EXTENSION, SUSPEND -> orderDepartment(scope, seen);
			case HANDLE -> seen.activeOrder().isPresent() ? orderDepartment(scope, seen)
					: inArea(scope, Role.COMMUNITY_STAFF, seen);
			case VERIFY -> gridWorker(scope, seen) || inArea(scope, Role.COMMUNITY_STAFF, seen);
			case REPORT_IN -> scope.has(Role.DEPARTMENT_HANDLER) && seen.isSummoned(scope.departmentCode());
			case CLAIM -> scope.has(Role.RESIDENT) && this.households.isPartyMember(scope.username());
			case EVALUATE -> scope.username().equals(seen.reporter) || seen.followers.contains(scope.username());
			case REOPEN -> scope.username().equals(seen.reporter);
		};
	}

	static boolean triage(Scope scope, Case seen) {
		return (scope.has(Role.DISPATCHER) || scope.has(Role.COMMUNITY_STAFF)) && scope.covers(seen.gridCode);
	}

	static boolean inArea(Scope scope, Role role, Case seen) {
		return scope.has(role) && scope.covers(seen.gridCode);
	}

	static boolean orderDepartment(Scope scope, Case seen) {
		return scope.has(Role.DEPARTMENT_HANDLER) && seen.activeOrder()
			.filter((order) -> order.departmentCode.equals(scope.departmentCode()))
			.isPresent();
	}

	private boolean gridWorker(Scope scope, Case seen) {
		return scope.has(Role.GRID_WORKER)
				&& Objects.equals(this.responsibilities.ofGrid(seen.gridCode).gridWorker(), scope.username());
	}

}

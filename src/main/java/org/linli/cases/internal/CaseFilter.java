package org.linli.cases.internal;

import java.util.Set;

import org.linli.calendar.WorkingCalendar.Light;
import org.linli.cases.CaseStatus;
import org.linli.catalogue.Tier;

/**
 * Filters for the case lists; null or empty means any. {@code departmentCode} matches any
 * order the department ever had, {@code activeDepartmentCode} only the order it holds
 * now; {@code awaitingDecision} keeps cases with an extension or suspension request the
 * street has not decided, {@code awaitingReportIn} those with a summoned department yet
 * to report in (吹哨). {@code byUrgency} sorts urgent first, then the earliest due or
 * report, instead of the newest first.
 */
public record CaseFilter(Set<CaseStatus> statuses, Tier tier, String gridCode, String departmentCode, Light light,
		String activeDepartmentCode, boolean awaitingDecision, boolean byUrgency, boolean awaitingReportIn) {

	public CaseFilter {
		statuses = (statuses != null) ? Set.copyOf(statuses) : Set.of();
	}

	public static CaseFilter of(CaseStatus status, Tier tier, String gridCode, String departmentCode, Light light) {
		return new CaseFilter((status != null) ? Set.of(status) : Set.of(), tier, gridCode, departmentCode, light, null,
				false, false, false);
	}

	public static CaseFilter queue(Set<CaseStatus> statuses) {
		return new CaseFilter(statuses, null, null, null, null, null, false, true, false);
	}

	public CaseFilter inArea(String areaCode) {
		return new CaseFilter(this.statuses, this.tier, areaCode, this.departmentCode, this.light,
				this.activeDepartmentCode, this.awaitingDecision, this.byUrgency, this.awaitingReportIn);
	}

	public CaseFilter withActiveDepartment(String department) {
		return new CaseFilter(this.statuses, this.tier, this.gridCode, this.departmentCode, this.light, department,
				this.awaitingDecision, this.byUrgency, this.awaitingReportIn);
	}

	public CaseFilter awaitingDecisionOnly() {
		return new CaseFilter(this.statuses, this.tier, this.gridCode, this.departmentCode, this.light,
				this.activeDepartmentCode, true, this.byUrgency, this.awaitingReportIn);
	}

	public CaseFilter awaitingReportInOnly() {
		return new CaseFilter(this.statuses, this.tier, this.gridCode, this.departmentCode, this.light,
				this.activeDepartmentCode, this.awaitingDecision, this.byUrgency, true);
	}

	CaseFilter anyStatus() {
		return new CaseFilter(Set.of(), this.tier, this.gridCode, this.departmentCode, this.light,
				this.activeDepartmentCode, this.awaitingDecision, this.byUrgency, this.awaitingReportIn);
	}

	public CaseFilter withLight(Light wanted) {
		return new CaseFilter(this.statuses, this.tier, this.gridCode, this.departmentCode, wanted,
				this.activeDepartmentCode, this.awaitingDecision, this.byUrgency, this.awaitingReportIn);
	}

}

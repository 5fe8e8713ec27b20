package org.linli.catalogue.internal;

import java.util.ArrayList;
import java.util.List;

import org.linli.area.Areas;
import org.linli.calendar.TimeLimit;
import org.linli.catalogue.Tier;
import org.linli.department.Departments;
import org.linli.shared.FieldProblem;

import org.springframework.stereotype.Component;

/**
 * The rules for a category's defaults and routes, shared by the service and the API
 * (which adds its own problems for values it could not read, and must still report these
 * for the values it could).
 */
@Component
public class DefaultsCheck {

	static final int MAX_WORKING_DAYS = 250;

	static final int MAX_WORKING_HOURS = 2000;

	private final Departments departments;

	private final Areas areas;

	DefaultsCheck(Departments departments, Areas areas) {
		this.departments = departments;
		this.areas = areas;
	}

	public List<FieldProblem> routeProblems(String areaCode, String departmentCode) {
		List<FieldProblem> problems = new ArrayList<>();
		if (areaCode == null || areaCode.isBlank()) {
			problems.add(new FieldProblem("areaCode", "catalogue.error.area.required"));
		}
		else if (this.areas.find(areaCode).isEmpty()) {
			problems.add(new FieldProblem("areaCode", "catalogue.error.area.unknown", areaCode));
		}
		if (departmentCode == null || departmentCode.isBlank()) {
			problems.add(new FieldProblem("departmentCode", "catalogue.error.department.required"));
		}
		else if (!this.departments.isActive(departmentCode)) {
			problems.add(new FieldProblem("departmentCode", "catalogue.error.department.unknown", departmentCode));
		}
		return problems;
	}

	public List<FieldProblem> problems(Tier tier, String departmentCode, TimeLimit timeLimit) {
		List<FieldProblem> problems = new ArrayList<>();
		if (tier == null) {
			problems.add(new FieldProblem("tier", "catalogue.error.tier.required"));
		}
		if (departmentCode != null && !this.departments.isActive(departmentCode)) {
			problems.add(new FieldProblem("departmentCode", "catalogue.error.department.unknown", departmentCode));
		}
		if (timeLimit == null) {
			problems.add(new FieldProblem("timeLimit", "catalogue.error.time-limit.required"));
		}
		else {
			boolean days = timeLimit.unit() == TimeLimit.Unit.WORKING_DAYS;
			int max = days ? MAX_WORKING_DAYS : MAX_WORKING_HOURS;
			if (timeLimit.amount() > max) {
				problems.add(new FieldProblem("timeLimit.amount",
						days ? "catalogue.error.time-limit.too-many-days" : "catalogue.error.time-limit.too-many-hours",
						max));
			}
		}
		return problems;
	}

}

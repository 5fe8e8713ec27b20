package org.linli.area.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.linli.area.AreaLevel;
import org.linli.area.GridDuty;
import org.linli.area.GridResponsibilities;
import org.linli.area.Responsibilities;
import org.linli.shared.FieldProblem;
import org.linli.shared.InvalidInputException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class ResponsibilityService implements Responsibilities {

	private static final int MAX_PERSON_LENGTH = 100;

	private static final int MAX_USERNAME_LENGTH = 64;

	private static final int MAX_DEPARTMENT_LENGTH = 32;

	private final JdbcClient jdbc;

	private final AreaRepository areas;

	ResponsibilityService(JdbcClient jdbc, AreaRepository areas) {
		this.jdbc = jdbc;
		this.areas = areas;
	}

	@Override
	@Transactional
	public void assignGrid(String gridCode, GridDuty duty, String departmentCode, String person) {
		List<FieldProblem> problems = new ArrayList<>();
		requireArea(gridCode, AreaLevel.GRID, "gridCode", problems);
		if (duty == null) {
			problems.add(new FieldProblem("duty", "area.error.duty-missing"));
		}
		else if (duty == GridDuty.DEPARTMENT_LIAISON && (departmentCode == null || departmentCode.isBlank())) {
			problems.add(new FieldProblem("departmentCode", "area.error.department-required"));
		}
		else if (departmentCode != null && departmentCode.strip().length() > MAX_DEPARTMENT_LENGTH) {
			problems.add(new FieldProblem("departmentCode", "area.error.department-too-long", MAX_DEPARTMENT_LENGTH));
		}
		else if (duty != GridDuty.DEPARTMENT_LIAISON && departmentCode != null) {
			problems.add(new FieldProblem("departmentCode", "area.error.department-not-allowed", duty.name()));
		}
		requirePerson(person, MAX_PERSON_LENGTH, "person", problems);
		throwIfAny(problems);
		this.jdbc.sql("""
				insert into area.grid_duty (grid_code, duty, department_code, person) values (?, ?, ?, ?)
				on conflict (grid_code, duty, department_code) do update set person = excluded.person
				""")
			.params(gridCode, duty.name(), (departmentCode != null) ? departmentCode.strip() : "", person.strip())
			.update();
	}

	@Override
	@Transactional
	public void assignCommunityStaff(String communityCode, String username) {
		List<FieldProblem> problems = new ArrayList<>();
		requireArea(communityCode, AreaLevel.COMMUNITY, "communityCode", problems);
		requirePerson(username, MAX_USERNAME_LENGTH, "username", problems);
		throwIfAny(problems);
		this.jdbc.sql("""
				insert into area.community_staff (community_code, username) values (?, ?)
				on conflict do nothing
				""").params(communityCode, username.strip()).update();
	}

	@Override
	public GridResponsibilities ofGrid(String gridCode) {
		Map<GridDuty, String> duties = new TreeMap<>();
		Map<String, String> liaisons = new TreeMap<>();
		this.jdbc.sql("select duty, department_code, person from area.grid_duty where grid_code = ?")
			.param(gridCode)
			.query(rs -> {
				GridDuty duty = GridDuty.valueOf(rs.getString("duty"));
				if (duty == GridDuty.DEPARTMENT_LIAISON) {
					liaisons.put(rs.getString("department_code"), rs.getString("person"));
				}
				else {
					duties.put(duty, rs.getString("person"));
				}
			});
		return new GridResponsibilities(duties.get(GridDuty.GRID_WORKER), duties.get(GridDuty.COMMUNITY_LEAD),
				duties.get(GridDuty.PARTY_BRANCH), liaisons);
	}

	@Override
	public List<String> staffOf(String communityCode) {
		return this.jdbc.sql("select username from area.community_staff where community_code = ? order by username")
			.param(communityCode)
			.query(String.class)
			.list();
	}

	private void requireArea(String code, AreaLevel level, String field, List<FieldProblem> problems) {
		if (!level.accepts(code) || !this.areas.exists(code, level)) {
			problems.add(new FieldProblem(field, "area.error.unknown", String.valueOf(code)));
		}
	}

	private static void requirePerson(String person, int maxLength, String field, List<FieldProblem> problems) {
		if (person == null || person.isBlank()) {
			problems.add(new FieldProblem(field, "area.error.person-missing"));
		}
		else if (person.strip().length() > maxLength) {
			problems.add(new FieldProblem(field, "area.error.person-too-long", maxLength));
		}
	}

	private static void throwIfAny(List<FieldProblem> problems) {
		if (!problems.isEmpty()) {
			throw new InvalidInputException("error.invalid-input", problems);
		}
	}

}

package org.linli.department.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.linli.audit.AuditEntry;
import org.linli.audit.AuditLog;

import org.linli.department.Department;
import org.linli.department.DepartmentKind;
import org.linli.department.Departments;
import org.linli.department.NewDepartment;
import org.linli.identity.CurrentUser;
import org.linli.shared.ConflictException;
import org.linli.shared.FieldProblem;
import org.linli.shared.InvalidInputException;
import org.linli.shared.NotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class JdbcDepartments implements Departments {

	static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9]{1,15}");

	static final int NAME_MAX = 50;

	static final int NAME_EN_MAX = 100;

	private static final String COLUMNS = "select code, name, name_en, kind, active from department.department ";

	private final JdbcClient jdbc;

	private final AuditLog audit;

	JdbcDepartments(JdbcClient jdbc, AuditLog audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	@Override
	public List<Department> all() {
		return this.jdbc.sql(COLUMNS + "order by code").query(JdbcDepartments::department).list();
	}

	@Override
	public Optional<Department> find(String code) {
		if (code == null) {
			return Optional.empty();
		}
		return this.jdbc.sql(COLUMNS + "where code = ?").param(code).query(JdbcDepartments::department).optional();
	}

	@Override
	public boolean exists(String code) {
		return find(code).isPresent();
	}

	@Override
	public boolean isActive(String code) {
		return find(code).map(Department::active).orElse(false);
	}

	@Override
	@Transactional
	public Department register(NewDepartment department) {
		List<FieldProblem> problems = new ArrayList<>();
		if (department.code() == null || !CODE.matcher(department.code()).matches()) {
			problems.add(new FieldProblem("code", "department.error.code.invalid"));
		}
		checkNames(department.name(), department.nameEn(), problems);
		if (department.kind() == null) {
			problems.add(new FieldProblem("kind", "department.error.kind.required"));
		}
		refuseIfAny(problems);
		int inserted = this.jdbc
			.sql("insert into department.department (code, name, name_en, kind) values (?, ?, ?, ?) "
					+ "on conflict (code) do nothing")
			.params(department.code(), department.name().strip(), department.nameEn().strip(), department.kind().name())
			.update();
		if (inserted == 0) {
			throw new ConflictException("department.error.duplicate", department.code());
		}
		record("DEPARTMENT_REGISTERED", department.code(),
				Map.of("name", department.name().strip(), "kind", department.kind().name()));
		return required(department.code());
	}

	@Override
	@Transactional
	public Department rename(String code, String name, String nameEn) {
		Department before = required(code);
		List<FieldProblem> problems = new ArrayList<>();
		checkNames(name, nameEn, problems);
		refuseIfAny(problems);
		if (before.name().equals(name.strip()) && before.nameEn().equals(nameEn.strip())) {
			return before;
		}
		this.jdbc.sql("update department.department set name = ?, name_en = ? where code = ?")
			.params(name.strip(), nameEn.strip(), code)
			.update();
		record("DEPARTMENT_RENAMED", code, Map.of("from", before.name(), "to", name.strip()));
		return required(code);
	}

	@Override
	@Transactional
	public Department deactivate(String code) {
		return setActive(code, false);
	}

	@Override
	@Transactional
	public Department reactivate(String code) {
		return setActive(code, true);
	}

	private Department setActive(String code, boolean active) {
		if (required(code).active() == active) {
			return required(code);
		}
		this.jdbc.sql("update department.department set active = ? where code = ?").params(active, code).update();
		record(active ? "DEPARTMENT_REACTIVATED" : "DEPARTMENT_DEACTIVATED", code, Map.of());
		return required(code);
	}

	/** In the caller's transaction: the change and its audit entry commit together. */
	private void record(String action, String code, Map<String, String> detail) {
		this.audit.record(new AuditEntry(CurrentUser.scope().username(), action, "department", code, detail));
	}

	private Department required(String code) {
		return find(code).orElseThrow(() -> new NotFoundException("department.error.not-found", code));
	}

	private static void checkNames(String name, String nameEn, List<FieldProblem> problems) {
		checkText("name", name, NAME_MAX, problems);
		checkText("nameEn", nameEn, NAME_EN_MAX, problems);
	}

	private static void checkText(String field, String value, int max, List<FieldProblem> problems) {
		if (value == null || value.isBlank()) {
			problems.add(new FieldProblem(field, "department.error.name.required"));
		}
		else if (value.strip().length() > max) {
			problems.add(new FieldProblem(field, "department.error.name.too-long", max));
		}
	}

	private static void refuseIfAny(List<FieldProblem> problems) {
		if (!problems.isEmpty()) {
			throw new InvalidInputException("department.error.invalid", problems);
		}
	}

	private static Department department(ResultSet rs, int row) throws SQLException {
		return new Department(rs.getString("code"), rs.getString("name"), rs.getString("name_en"),
				DepartmentKind.valueOf(rs.getString("kind")), rs.getBoolean("active"));
	}

}

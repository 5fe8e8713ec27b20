package org.linli.admin.web;

import java.util.ArrayList;
import java.util.List;

import org.linli.area.AreaLevel;
import org.linli.area.Areas;
import org.linli.department.Departments;
import org.linli.identity.Accounts;
import org.linli.identity.NewAccount;
import org.linli.identity.Role;
import org.linli.shared.FieldProblem;
import org.linli.shared.InvalidInputException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates an account once its areas and department are known to exist. Identity checks
 * the rest; all problems are reported together, and if any is found the whole transaction
 * rolls back, so no account is half-made.
 */
@Service
class AccountRegistration {

	private final Accounts accounts;

	private final Areas areas;

	private final Departments departments;

	AccountRegistration(Accounts accounts, Areas areas, Departments departments) {
		this.accounts = accounts;
		this.areas = areas;
		this.departments = departments;
	}

	/**
	 * @param unreadable problems the form found before the account could be built
	 */
	@Transactional
	public void create(NewAccount account, List<FieldProblem> unreadable) {
		List<FieldProblem> problems = new ArrayList<>(unreadable);
		account.areaCodes()
			.stream()
			.filter((code) -> AreaLevel.ofCode(code).filter((level) -> level != AreaLevel.BUILDING).isPresent())
			.filter((code) -> this.areas.find(code).isEmpty())
			.forEach((code) -> problems.add(new FieldProblem("areaCodes", "admin.error.area-unknown", code)));
		if (account.roles().contains(Role.DEPARTMENT_HANDLER) && account.departmentCode() != null
				&& !this.departments.isActive(account.departmentCode())) {
			problems
				.add(new FieldProblem("departmentCode", "admin.error.department-unknown", account.departmentCode()));
		}
		try {
			this.accounts.create(account);
		}
		catch (InvalidInputException ex) {
			ex.problems()
				.stream()
				.filter((problem) -> unreadable.stream().noneMatch((known) -> known.field().equals(problem.field())))
				.forEach(problems::add);
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException("identity.error.invalid", problems);
		}
	}

}

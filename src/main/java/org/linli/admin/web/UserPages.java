package org.linli.admin.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.linli.area.Area;
import org.linli.area.Areas;
import org.linli.department.Department;
import org.linli.department.Departments;
import org.linli.identity.Accounts;
import org.linli.identity.Accounts.AccountView;
import org.linli.identity.CurrentUser;
import org.linli.identity.NewAccount;
import org.linli.identity.Role;
import org.linli.shared.FieldProblem;
import org.linli.shared.InvalidInputException;
import org.linli.shared.Messages;
import org.linli.shared.NotFoundException;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator's user accounts: find them, create one (every problem shown next to
 * its field, nothing saved until all are solved), and disable, enable or unlock one. The
 * row buttons answer htmx with the changed row; without script they post and come back to
 * the list.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class UserPages {

	private final Accounts accounts;

	private final AccountRegistration registration;

	private final Areas areas;

	private final Departments departments;

	private final Messages messages;

	UserPages(Accounts accounts, AccountRegistration registration, Areas areas, Departments departments,
			Messages messages) {
		this.accounts = accounts;
		this.registration = registration;
		this.areas = areas;
		this.departments = departments;
		this.messages = messages;
	}

	/**
	 * One account as a row: names of its roles, areas and department already resolved.
	 */
	record AccountRow(String username, String displayName, List<Role> roles, List<String> areas, String department,
			boolean enabled, boolean locked, boolean self) {
	}

	record DepartmentOption(String code, String name) {
	}

	@GetMapping("/admin/users")
	String users(@RequestParam(required = false) String q, Model model) {
		return page(q, AccountForm.EMPTY, Map.of(), model);
	}

	@PostMapping("/admin/users")
	String create(AccountForm form, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		List<FieldProblem> unreadable = new ArrayList<>();
		NewAccount account = form.account(unreadable);
		try {
			this.registration.create(account, unreadable);
		}
		catch (InvalidInputException ex) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return page(null, form.withoutPassword(), errors(ex.problems()), model);
		}
		redirect.addFlashAttribute("notice",
				this.messages.get("admin.users.created", account.username(), account.displayName()));
		return "redirect:/admin/users";
	}

	@PostMapping("/admin/users/{username}/disable")
	String disable(@PathVariable String username, @RequestHeader(name = "HX-Request", required = false) String htmx,
			Model model, RedirectAttributes redirect) {
		this.accounts.disable(username);
		return changed(username, "admin.users.changed.disabled", htmx, model, redirect);
	}

	@PostMapping("/admin/users/{username}/enable")
	String enable(@PathVariable String username, @RequestHeader(name = "HX-Request", required = false) String htmx,
			Model model, RedirectAttributes redirect) {
		this.accounts.enable(username);
		return changed(username, "admin.users.changed.enabled", htmx, model, redirect);
	}

	@PostMapping("/admin/users/{username}/unlock")
	String unlock(@PathVariable String username, @RequestHeader(name = "HX-Request", required = false) String htmx,
			Model model, RedirectAttributes redirect) {
		this.accounts.unlock(username);
		return changed(username, "admin.users.changed.unlocked", htmx, model, redirect);
	}

	private String changed(String username, String noticeKey, String htmx, Model model, RedirectAttributes redirect) {
		String notice = this.messages.get(noticeKey, username);
		if (htmx == null) {
			redirect.addFlashAttribute("notice", notice);
			return "redirect:/admin/users";
		}
		Map<String, String> departmentNames = departmentNames();
		model.addAttribute("account",
				this.accounts.all()
					.stream()
					.filter((account) -> account.username().equals(username))
					.findFirst()
					.map((account) -> row(account, departmentNames))
					.orElseThrow(() -> new NotFoundException("identity.error.not-found", username)));
		model.addAttribute("notice", notice);
		return "admin/parts :: changed-row";
	}

	private String page(String q, AccountForm form, Map<String, List<String>> errors, Model model) {
		Map<String, String> departmentNames = departmentNames();
		String needle = (q == null) ? "" : q.strip().toLowerCase(Locale.ROOT);
		List<AccountRow> rows = this.accounts.all()
			.stream()
			.filter((account) -> needle.isEmpty() || account.username().contains(needle)
					|| account.displayName().toLowerCase(Locale.ROOT).contains(needle))
			.map((account) -> row(account, departmentNames))
			.toList();
		model.addAttribute("q", q);
		model.addAttribute("accounts", rows);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("roles", Role.values());
		model.addAttribute("departments", this.departments.all()
			.stream()
			.filter(Department::active)
			.map((department) -> new DepartmentOption(department.code(), departmentNames.get(department.code())))
			.toList());
		return "admin/users";
	}

	private AccountRow row(AccountView account, Map<String, String> departmentNames) {
		List<String> areaNames = account.areaCodes()
			.stream()
			.map((code) -> this.areas.find(code).map(Area::name).map((name) -> name + " " + code).orElse(code))
			.toList();
		String department = (account.departmentCode() != null)
				? departmentNames.getOrDefault(account.departmentCode(), account.departmentCode()) : null;
		return new AccountRow(account.username(), account.displayName(), account.roles(), areaNames, department,
				account.enabled(), account.locked(), account.username().equals(CurrentUser.scope().username()));
	}

	private Map<String, String> departmentNames() {
		boolean english = Locale.ENGLISH.getLanguage().equals(LocaleContextHolder.getLocale().getLanguage());
		Map<String, String> names = new LinkedHashMap<>();
		this.departments.all()
			.forEach((department) -> names.put(department.code(), english ? department.nameEn() : department.name()));
		return names;
	}

	private Map<String, List<String>> errors(List<FieldProblem> problems) {
		Map<String, List<String>> errors = new LinkedHashMap<>();
		for (FieldProblem problem : problems) {
			errors.computeIfAbsent(problem.field(), (field) -> new ArrayList<>())
				.add(this.messages.get(problem.messageKey(), problem.args()));
		}
		return errors;
	}

}

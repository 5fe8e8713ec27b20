package org.linli.department.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.linli.department.Department;
import org.linli.department.DepartmentKind;
import org.linli.department.Departments;
import org.linli.department.NewDepartment;
import org.linli.shared.ConflictException;
import org.linli.shared.FieldProblem;
import org.linli.shared.InvalidInputException;
import org.linli.shared.Messages;
import org.linli.shared.NotFoundException;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator's departments: list them, add one, rename one, deactivate or
 * reactivate one. Every problem of a form is shown next to its field and nothing is
 * saved; the row buttons answer htmx with the changed row.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class DepartmentPages {

	private final Departments departments;

	private final Messages messages;

	DepartmentPages(Departments departments, Messages messages) {
		this.departments = departments;
		this.messages = messages;
	}

	/** What the forms send, as typed. */
	record DepartmentForm(String code, String name, String nameEn, String kind) {

		static final DepartmentForm EMPTY = new DepartmentForm("", "", "", "");

	}

	@GetMapping("/admin/departments")
	String list(Model model) {
		return page(DepartmentForm.EMPTY, Map.of(), model);
	}

	@PostMapping("/admin/departments")
	String add(DepartmentForm form, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		List<FieldProblem> problems = new ArrayList<>();
		// an unreadable kind goes to the service as none, which refuses it with the other
		// problems
		DepartmentKind kind = kind(form.kind(), problems);
		String code = (form.code() != null) ? form.code().strip().toUpperCase(Locale.ROOT) : null;
		try {
			Department added = this.departments.register(new NewDepartment(code, form.name(), form.nameEn(), kind));
			redirect.addFlashAttribute("notice",
					this.messages.get("department.page.added", added.code(), added.name()));
			return "redirect:/admin/departments";
		}
		catch (InvalidInputException ex) {
			boolean kindReported = !problems.isEmpty();
			ex.problems()
				.stream()
				.filter((problem) -> !(kindReported && problem.field().equals("kind")))
				.forEach(problems::add);
		}
		catch (ConflictException ex) {
			problems.add(new FieldProblem("code", "department.error.duplicate", code));
		}
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		return page(form, errors(problems), model);
	}

	@GetMapping("/admin/departments/{code}")
	String edit(@PathVariable String code, Model model) {
		Department department = required(code);
		return editPage(department,
				new DepartmentForm(department.code(), department.name(), department.nameEn(), department.kind().name()),
				Map.of(), model);
	}

	@PostMapping("/admin/departments/{code}")
	String rename(@PathVariable String code, DepartmentForm form, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		Department department = required(code);
		try {
			Department renamed = this.departments.rename(department.code(), form.name(), form.nameEn());
			redirect.addFlashAttribute("notice",
					this.messages.get("department.page.renamed", renamed.code(), renamed.name()));
			return "redirect:/admin/departments";
		}
		catch (InvalidInputException ex) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return editPage(department, form, errors(ex.problems()), model);
		}
	}

	@PostMapping("/admin/departments/{code}/deactivate")
	String deactivate(@PathVariable String code, @RequestHeader(name = "HX-Request", required = false) String htmx,
			Model model, RedirectAttributes redirect) {
		Department changed = this.departments.deactivate(code);
		return changed(changed, "department.page.deactivated", htmx, model, redirect);
	}

	@PostMapping("/admin/departments/{code}/reactivate")
	String reactivate(@PathVariable String code, @RequestHeader(name = "HX-Request", required = false) String htmx,
			Model model, RedirectAttributes redirect) {
		Department changed = this.departments.reactivate(code);
		return changed(changed, "department.page.reactivated", htmx, model, redirect);
	}

	private String changed(Department department, String noticeKey, String htmx, Model model,
			RedirectAttributes redirect) {
		String notice = this.messages.get(noticeKey, department.code(), department.name());
		if (htmx == null) {
			redirect.addFlashAttribute("notice", notice);
			return "redirect:/admin/departments";
		}
		model.addAttribute("department", department);
		model.addAttribute("notice", notice);
		return "department/parts :: changed-row";
	}

	private String page(DepartmentForm form, Map<String, List<String>> errors, Model model) {
		model.addAttribute("departments", this.departments.all());
		model.addAttribute("kinds", DepartmentKind.values());
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		return "department/departments";
	}

	private String editPage(Department department, DepartmentForm form, Map<String, List<String>> errors, Model model) {
		model.addAttribute("department", department);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		return "department/department";
	}

	private Department required(String code) {
		return this.departments.find(code).orElseThrow(() -> new NotFoundException("department.error.not-found", code));
	}

	private static DepartmentKind kind(String text, List<FieldProblem> problems) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return DepartmentKind.valueOf(text.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			problems.add(new FieldProblem("kind", "department.error.kind.invalid", text));
			return null;
		}
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

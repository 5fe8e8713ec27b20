package org.linli.catalogue.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.linli.area.Area;
import org.linli.area.Areas;
import org.linli.calendar.TimeLimit;
import org.linli.catalogue.Catalogue;
import org.linli.catalogue.Category;
import org.linli.catalogue.CategoryKind;
import org.linli.catalogue.Tier;
import org.linli.catalogue.internal.DefaultsCheck;
import org.linli.department.Department;
import org.linli.department.Departments;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator's category catalogue: find categories, and change one category's
 * triage defaults (tier, department, time limit) with every problem shown next to its
 * field.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class CategoryPages {

	private final Catalogue catalogue;

	private final DefaultsCheck check;

	private final Departments departments;

	private final Messages messages;

	private final Areas areas;

	CategoryPages(Catalogue catalogue, DefaultsCheck check, Departments departments, Messages messages, Areas areas) {
		this.areas = areas;
		this.catalogue = catalogue;
		this.check = check;
		this.departments = departments;
		this.messages = messages;
	}

	record DepartmentOption(String code, String name, boolean active) {
	}

	@GetMapping("/admin/categories")
	String categories(@RequestParam(required = false) String kind, @RequestParam(required = false) String q,
			Model model, HttpServletResponse response) {
		CategoryKind parsedKind = null;
		List<Category> categories = List.of();
		if (kind != null && !kind.isBlank()) {
			parsedKind = DefaultsForm.parse(CategoryKind.class, kind);
		}
		if (parsedKind == null && kind != null && !kind.isBlank()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("kindError", this.messages.get("catalogue.error.kind.invalid", kind));
		}
		else {
			categories = this.catalogue.search(parsedKind, q);
		}
		model.addAttribute("kinds", CategoryKind.values());
		model.addAttribute("kind", parsedKind);
		model.addAttribute("q", q);
		model.addAttribute("categories", categories);
		model.addAttribute("departmentNames", departmentNames());
		return "catalogue/categories";
	}

	@GetMapping("/admin/categories/{kind}/{code}")
	String category(@PathVariable String kind, @PathVariable String code, Model model) {
		Category category = find(kind, code);
		return form(category, DefaultsForm.of(category), Map.of(), model);
	}

	@PostMapping("/admin/categories/{kind}/{code}")
	String changeDefaults(@PathVariable String kind, @PathVariable String code, DefaultsForm form, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		Category category = find(kind, code);
		List<FieldProblem> unreadable = new ArrayList<>();
		Tier tier = form.parsedTier(unreadable);
		TimeLimit timeLimit = form.parsedTimeLimit(unreadable);
		String departmentCode = form.parsedDepartmentCode();
		List<FieldProblem> problems = new ArrayList<>(unreadable);
		if (!unreadable.isEmpty()) {
			this.check.problems(tier, departmentCode, timeLimit)
				.stream()
				.filter((problem) -> !reported(problem, unreadable))
				.forEach(problems::add);
		}
		else {
			try {
				this.catalogue.changeDefaults(category.kind(), category.code(), tier, departmentCode, timeLimit);
			}
			catch (InvalidInputException ex) {
				problems.addAll(ex.problems());
			}
		}
		if (!problems.isEmpty()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return form(category, form, errors(problems), model);
		}
		redirect.addFlashAttribute("changedCode", category.code());
		redirect.addFlashAttribute("changedName", category.name());
		redirect.addAttribute("kind", category.kind().name());
		redirect.addAttribute("q", category.code());
		return "redirect:/admin/categories";
	}

	record RouteRow(String areaCode, String areaName, String departmentName) {
	}

	record RouteForm(String areaCode, String departmentCode) {
	}

	@PostMapping("/admin/categories/{kind}/{code}/routes")
	String route(@PathVariable String kind, @PathVariable String code, RouteForm route, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		Category category = find(kind, code);
		try {
			this.catalogue.route(category.kind(), category.code(), stripped(route.areaCode()),
					stripped(route.departmentCode()));
		}
		catch (InvalidInputException ex) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("routeForm", route);
			model.addAttribute("routeErrors", errors(ex.problems()));
			return form(category, DefaultsForm.of(category), Map.of(), model);
		}
		redirect.addFlashAttribute("routedArea", stripped(route.areaCode()));
		return "redirect:" + pagePath(category);
	}

	@PostMapping("/admin/categories/{kind}/{code}/routes/{areaCode}/delete")
	String unroute(@PathVariable String kind, @PathVariable String code, @PathVariable String areaCode) {
		Category category = find(kind, code);
		this.catalogue.unroute(category.kind(), category.code(), areaCode);
		return "redirect:" + pagePath(category);
	}

	private static String pagePath(Category category) {
		return "/admin/categories/" + category.kind().name().toLowerCase(Locale.ROOT) + "/" + category.code();
	}

	private static String stripped(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	private List<RouteRow> routeRows(Category category) {
		Map<String, String> names = departmentNames();
		return this.catalogue.routesOf(category.kind(), category.code())
			.stream()
			.map((route) -> new RouteRow(route.areaCode(),
					this.areas.find(route.areaCode()).map(Area::name).orElse(route.areaCode()),
					names.getOrDefault(route.departmentCode(), route.departmentCode())))
			.toList();
	}

	private String form(Category category, DefaultsForm form, Map<String, List<String>> errors, Model model) {
		model.addAttribute("routes", routeRows(category));
		if (!model.containsAttribute("routeForm")) {
			model.addAttribute("routeForm", new RouteForm(null, null));
			model.addAttribute("routeErrors", Map.of());
		}
		model.addAttribute("category", category);
		model.addAttribute("parentName",
				(category.parentCode() == null) ? null
						: this.catalogue.find(category.kind(), category.parentCode())
							.map(Category::name)
							.orElse(category.parentCode()));
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("tiers", Tier.values());
		model.addAttribute("units", TimeLimit.Unit.values());
		model.addAttribute("departments", departmentOptions(category.defaultDepartmentCode()));
		return "catalogue/category";
	}

	private Category find(String kind, String code) {
		CategoryKind parsed = DefaultsForm.parse(CategoryKind.class, kind);
		return this.catalogue.find(parsed, code)
			.orElseThrow(() -> new NotFoundException("catalogue.error.not-found", code));
	}

	/**
	 * Active departments, and the current default even when it has been deactivated
	 * since, so that the form shows what is stored rather than silently offering "none".
	 */
	private List<DepartmentOption> departmentOptions(String current) {
		return this.departments.all()
			.stream()
			.filter((department) -> department.active() || department.code().equals(current))
			.map((department) -> new DepartmentOption(department.code(), displayName(department), department.active()))
			.toList();
	}

	private Map<String, String> departmentNames() {
		Map<String, String> names = new LinkedHashMap<>();
		this.departments.all().forEach((department) -> names.put(department.code(), displayName(department)));
		return names;
	}

	private static String displayName(Department department) {
		boolean english = Locale.ENGLISH.getLanguage().equals(LocaleContextHolder.getLocale().getLanguage());
		return (english && department.nameEn() != null) ? department.nameEn() : department.name();
	}

	private Map<String, List<String>> errors(List<FieldProblem> problems) {
		Map<String, List<String>> errors = new LinkedHashMap<>();
		for (FieldProblem problem : problems) {
			errors.computeIfAbsent(DefaultsForm.fieldOf(problem), (field) -> new ArrayList<>())
				.add(this.messages.get(problem.messageKey(), problem.args()));
		}
		return errors;
	}

	/** A rule about a value the form could not even read has already been answered. */
	private static boolean reported(FieldProblem problem, List<FieldProblem> unreadable) {
		return unreadable.stream()
			.anyMatch((earlier) -> earlier.field().equals(problem.field())
					|| earlier.field().startsWith(problem.field() + "."));
	}

}

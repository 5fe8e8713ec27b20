package org.linli.catalogue.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.linli.calendar.TimeLimit;
import org.linli.catalogue.Catalogue;
import org.linli.catalogue.Category;
import org.linli.catalogue.CategoryKind;
import org.linli.catalogue.CategoryRoute;
import org.linli.catalogue.Tier;
import org.linli.catalogue.internal.DefaultsCheck;
import org.linli.shared.FieldProblem;
import org.linli.shared.InvalidInputException;
import org.linli.shared.NotFoundException;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The category catalogue. Kinds, tiers and units are the enum names ({@code MATTER},
 * {@code MAJOR}, {@code WORKING_DAYS}); kinds and tiers are also accepted in lower case.
 * Category names are the catalogue's Chinese names in every language.
 */
@RestController
@RequestMapping("/api/v1/categories")
class CategoryController {

	private final Catalogue catalogue;

	private final DefaultsCheck check;

	CategoryController(Catalogue catalogue, DefaultsCheck check) {
		this.catalogue = catalogue;
		this.check = check;
	}

	@GetMapping
	List<Category> search(@RequestParam(required = false) String kind, @RequestParam(required = false) String q) {
		CategoryKind parsedKind = null;
		if (kind != null && !kind.isBlank()) {
			parsedKind = parse(CategoryKind.class, kind);
			if (parsedKind == null) {
				throw new InvalidInputException("kind", "catalogue.error.kind.invalid", kind);
			}
		}
		return this.catalogue.search(parsedKind, q);
	}

	@PutMapping("/{kind}/{code}")
	@PreAuthorize("hasRole('ADMIN')")
	Category changeDefaults(@PathVariable String kind, @PathVariable String code,
			@RequestBody DefaultsRequest request) {
		CategoryKind parsedKind = existing(kind, code);
		List<FieldProblem> unreadable = new ArrayList<>();
		Tier tier = tier(request.tier(), unreadable);
		TimeLimit timeLimit = timeLimit(request.timeLimit(), unreadable);
		String departmentCode = (request.departmentCode() == null || request.departmentCode().isBlank()) ? null
				: request.departmentCode().strip();
		if (!unreadable.isEmpty()) {
			List<FieldProblem> problems = new ArrayList<>(unreadable);
			this.check.problems(tier, departmentCode, timeLimit)
				.stream()
				.filter(problem -> !reported(problem.field(), unreadable))
				.forEach(problems::add);
			throw new InvalidInputException("catalogue.error.invalid", problems);
		}
		return this.catalogue.changeDefaults(parsedKind, code, tier, departmentCode, timeLimit);
	}

	@GetMapping("/{kind}/{code}/routes")
	List<CategoryRoute> routes(@PathVariable String kind, @PathVariable String code) {
		return this.catalogue.routesOf(existing(kind, code), code);
	}

	@PutMapping("/{kind}/{code}/routes/{areaCode}")
	@PreAuthorize("hasRole('ADMIN')")
	CategoryRoute route(@PathVariable String kind, @PathVariable String code, @PathVariable String areaCode,
			@RequestBody RouteRequest request) {
		String departmentCode = (request.departmentCode() == null) ? null : request.departmentCode().strip();
		return this.catalogue.route(existing(kind, code), code, areaCode, departmentCode);
	}

	@DeleteMapping("/{kind}/{code}/routes/{areaCode}")
	@PreAuthorize("hasRole('ADMIN')")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void unroute(@PathVariable String kind, @PathVariable String code, @PathVariable String areaCode) {
		this.catalogue.unroute(existing(kind, code), code, areaCode);
	}

	private CategoryKind existing(String kind, String code) {
		CategoryKind parsedKind = parse(CategoryKind.class, kind);
		if (parsedKind == null || this.catalogue.find(parsedKind, code).isEmpty()) {
			throw new NotFoundException("catalogue.error.not-found", code);
		}
		return parsedKind;
	}

	private static Tier tier(String text, List<FieldProblem> problems) {
		if (text == null || text.isBlank()) {
			return null;
		}
		Tier tier = parse(Tier.class, text);
		if (tier == null) {
			problems.add(new FieldProblem("tier", "catalogue.error.tier.invalid", text));
		}
		return tier;
	}

	private static TimeLimit timeLimit(TimeLimitBody body, List<FieldProblem> problems) {
		if (body == null) {
			return null;
		}
		int before = problems.size();
		if (body.amount() == null) {
			problems.add(new FieldProblem("timeLimit.amount", "catalogue.error.time-limit.amount-required"));
		}
		else if (body.amount() <= 0) {
			problems.add(new FieldProblem("timeLimit.amount", "catalogue.error.time-limit.positive"));
		}
		TimeLimit.Unit unit = null;
		if (body.unit() == null || body.unit().isBlank()) {
			problems.add(new FieldProblem("timeLimit.unit", "catalogue.error.time-limit.unit-required"));
		}
		else {
			unit = parse(TimeLimit.Unit.class, body.unit());
			if (unit == null) {
				problems
					.add(new FieldProblem("timeLimit.unit", "catalogue.error.time-limit.unit-invalid", body.unit()));
			}
		}
		return (problems.size() == before) ? new TimeLimit(body.amount(), unit) : null;
	}

	private static boolean reported(String field, List<FieldProblem> problems) {
		return problems.stream().anyMatch(p -> p.field().equals(field) || p.field().startsWith(field + "."));
	}

	private static <E extends Enum<E>> E parse(Class<E> type, String text) {
		try {
			return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	record DefaultsRequest(String tier, String departmentCode, TimeLimitBody timeLimit) {
	}

	record RouteRequest(String departmentCode) {
	}

	record TimeLimitBody(Integer amount, String unit) {
	}

}

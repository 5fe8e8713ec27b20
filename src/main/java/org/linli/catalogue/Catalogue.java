package org.linli.catalogue;

import java.util.List;
import java.util.Optional;

import org.linli.calendar.TimeLimit;

import org.springframework.security.access.prepost.PreAuthorize;

/**
 * The category catalogue with its triage defaults. Lists are ordered by kind (components,
 * matters, social) and then by code numerically.
 */
public interface Catalogue {

	List<Category> all();

	/**
	 * The plain-language categories residents pick from, in the order they are offered.
	 */
	List<ResidentCategory> residentCategories();

	/**
	 * Categories of the kind (all kinds when null) whose name, major class or keywords
	 * contain the text, or whose code starts with it (no filter when null or blank).
	 */
	List<Category> search(CategoryKind kind, String text);

	Optional<Category> find(CategoryKind kind, String code);

	/**
	 * The category with this code when the kind is not known: a matter first (a 5-digit
	 * code reported as a problem is the matter, not the component), then a social type,
	 * then a component.
	 */
	Optional<Category> findByCode(String code);

	/**
	 * Replaces the category's defaults. The department code may be null (the dispatcher
	 * chooses each time) and must otherwise name an active department. Throws
	 * NotFoundException for an unknown category and InvalidInputException, changing
	 * nothing, for bad input.
	 */
	@PreAuthorize("hasRole('ADMIN')")
	Category changeDefaults(CategoryKind kind, String code, Tier tier, String departmentCode, TimeLimit timeLimit);

	/**
	 * The department concerns of the category in the area go to: the route of the longest
	 * area prefix containing it, else the category's default (null when the dispatcher
	 * must choose).
	 */
	String departmentFor(Category category, String areaCode);

	/** The category's routes, by area code. */
	List<CategoryRoute> routesOf(CategoryKind kind, String code);

	/**
	 * Sends the category's concerns in the area to the department, replacing the area's
	 * route if there was one. The area must exist and the department be active.
	 */
	@PreAuthorize("hasRole('ADMIN')")
	CategoryRoute route(CategoryKind kind, String code, String areaCode, String departmentCode);

	/** Removes the area's route; the category's default applies there again. */
	@PreAuthorize("hasRole('ADMIN')")
	void unroute(CategoryKind kind, String code, String areaCode);

}

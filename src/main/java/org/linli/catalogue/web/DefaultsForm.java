package org.linli.catalogue.web;

import java.util.List;
import java.util.Locale;

import org.linli.calendar.TimeLimit;
import org.linli.catalogue.Category;
import org.linli.catalogue.Tier;
import org.linli.shared.FieldProblem;

/**
 * A category's defaults as the edit form sends them: text, so that whatever was typed can
 * be shown again next to its problem. Problems are named by the service's fields
 * ({@code tier}, {@code departmentCode}, {@code timeLimit.amount},
 * {@code timeLimit.unit}).
 */
record DefaultsForm(String tier, String departmentCode, String amount, String unit) {

	private static final String DIGITS = "[0-9]+";

	static DefaultsForm of(Category category) {
		return new DefaultsForm(category.defaultTier().name(), category.defaultDepartmentCode(),
				String.valueOf(category.timeLimit().amount()), category.timeLimit().unit().name());
	}

	/** Null when no tier was chosen (the service's check names that). */
	Tier parsedTier(List<FieldProblem> problems) {
		if (isBlank(this.tier)) {
			return null;
		}
		Tier parsed = parse(Tier.class, this.tier);
		if (parsed == null) {
			problems.add(new FieldProblem("tier", "catalogue.error.tier.invalid", this.tier));
		}
		return parsed;
	}

	/** Null for "none": the dispatcher chooses each time. */
	String parsedDepartmentCode() {
		return isBlank(this.departmentCode) ? null : this.departmentCode.strip();
	}

	TimeLimit parsedTimeLimit(List<FieldProblem> problems) {
		int before = problems.size();
		Integer parsedAmount = null;
		if (isBlank(this.amount)) {
			problems.add(new FieldProblem("timeLimit.amount", "catalogue.error.time-limit.amount-required"));
		}
		else {
			String digits = this.amount.strip();
			try {
				parsedAmount = Integer.parseInt(digits);
			}
			catch (NumberFormatException ex) {
				// too many digits for an int is still a number: let the upper bound speak
				parsedAmount = digits.matches(DIGITS) ? Integer.MAX_VALUE : null;
			}
			if (parsedAmount == null || parsedAmount <= 0) {
				problems.add(new FieldProblem("timeLimit.amount", "catalogue.error.time-limit.positive"));
			}
		}
		TimeLimit.Unit parsedUnit = null;
		if (isBlank(this.unit)) {
			problems.add(new FieldProblem("timeLimit.unit", "catalogue.error.time-limit.unit-required"));
		}
		else {
			parsedUnit = parse(TimeLimit.Unit.class, this.unit);
			if (parsedUnit == null) {
				problems.add(new FieldProblem("timeLimit.unit", "catalogue.error.time-limit.unit-invalid", this.unit));
			}
		}
		return (problems.size() == before) ? new TimeLimit(parsedAmount, parsedUnit) : null;
	}

	/** The form field a problem belongs next to. */
	static String fieldOf(FieldProblem problem) {
		return switch (problem.field()) {
			case "tier" -> "tier";
			case "departmentCode" -> "departmentCode";
			case "areaCode" -> "areaCode";
			case "timeLimit.unit" -> "unit";
			case "timeLimit", "timeLimit.amount" -> "amount";
			default -> "form";
		};
	}

	static <E extends Enum<E>> E parse(Class<E> type, String text) {
		try {
			return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}

}

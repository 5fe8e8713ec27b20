package org.linli.deliberation.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.linli.shared.FieldProblem;
import org.linli.shared.InvalidInputException;

/**
 * Reads what callers send: each check adds a problem naming its field, and
 * {@link #refuseIfAny} refuses the whole request with every problem at once.
 */
final class Inputs {

	private Inputs() {
	}

	/**
	 * An ISO instant with offset, a local date-time (a page's field) in Beijing time, or
	 * a date, meaning the end of that day in Beijing.
	 */
	static Instant instant(String field, String text, List<FieldProblem> problems) {
		String given = text(text);
		if (given == null) {
			problems.add(new FieldProblem(field, "deliberation.error.required"));
			return null;
		}
		try {
			return OffsetDateTime.parse(given).toInstant();
		}
		catch (DateTimeParseException ex) {
			try {
				return LocalDateTime.parse(given).atZone(MatterService.ZONE).toInstant();
			}
			catch (DateTimeParseException again) {
				try {
					return LocalDate.parse(given).plusDays(1).atStartOfDay(MatterService.ZONE).toInstant();
				}
				catch (DateTimeParseException last) {
					problems.add(new FieldProblem(field, "deliberation.error.date-time"));
					return null;
				}
			}
		}
	}

	static <E extends Enum<E>> E parse(Class<E> type, String value, String field, List<FieldProblem> problems) {
		String given = text(value);
		if (given != null) {
			for (E constant : type.getEnumConstants()) {
				if (constant.name().equals(given)) {
					return constant;
				}
			}
		}
		problems.add(new FieldProblem(field, "deliberation.error.one-of",
				String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList())));
		return null;
	}

	static String checked(String field, String value, int max, boolean required, List<FieldProblem> problems) {
		String given = text(value);
		if (given == null && required) {
			problems.add(new FieldProblem(field, "deliberation.error.required"));
		}
		else if (given != null && given.length() > max) {
			problems.add(new FieldProblem(field, "deliberation.error.too-long", max));
		}
		return given;
	}

	static String required(String field, String value, int max) {
		List<FieldProblem> problems = new ArrayList<>();
		String given = checked(field, value, max, true, problems);
		refuseIfAny(problems);
		return given;
	}

	static String optional(String field, String value, int max) {
		List<FieldProblem> problems = new ArrayList<>();
		String given = checked(field, value, max, false, problems);
		refuseIfAny(problems);
		return given;
	}

	static void refuseIfAny(List<FieldProblem> problems) {
		if (!problems.isEmpty()) {
			throw new InvalidInputException("error.invalid-input", problems);
		}
	}

	static String text(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}

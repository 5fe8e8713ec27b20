package org.linli.cases.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.linli.shared.FieldProblem;
import org.linli.shared.InvalidInputException;

/** Reads enum values from request text, naming the field and the allowed values. */
public final class Enums {

	private Enums() {
	}

	/** The value, or null (with a problem added) when the text is missing or unknown. */
	static <E extends Enum<E>> E parse(Class<E> type, String text, String field, List<FieldProblem> problems) {
		if (text == null || text.isBlank()) {
			problems.add(new FieldProblem(field, "cases.error.required"));
			return null;
		}
		E value = find(type, text);
		if (value == null) {
			problems.add(new FieldProblem(field, "cases.error.invalid-value", text, allowed(type)));
		}
		return value;
	}

	/** The value, null for missing text; unknown text is invalid input. */
	public static <E extends Enum<E>> E optional(Class<E> type, String text, String field) {
		if (text == null || text.isBlank()) {
			return null;
		}
		E value = find(type, text);
		if (value == null) {
			throw new InvalidInputException(field, "cases.error.invalid-value", text, allowed(type));
		}
		return value;
	}

	private static <E extends Enum<E>> E find(Class<E> type, String text) {
		String name = text.strip().toUpperCase(Locale.ROOT).replace('-', '_');
		return Arrays.stream(type.getEnumConstants())
			.filter((value) -> value.name().equals(name))
			.findFirst()
			.orElse(null);
	}

	private static String allowed(Class<? extends Enum<?>> type) {
		return String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
	}

}

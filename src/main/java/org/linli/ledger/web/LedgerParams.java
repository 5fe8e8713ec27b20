package org.linli.ledger.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.linli.ledger.internal.GroupBy;
import org.linli.shared.FieldProblem;
import org.linli.shared.InvalidInputException;

/**
 * Request parameters as the API and the pages take them: dates as {@code 2026-10-31}, a
 * month as {@code 2026-10}, the split by name in any case. Every problem is reported at
 * once.
 */
final class LedgerParams {

	private final List<FieldProblem> problems = new ArrayList<>();

	LocalDate date(String field, String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			this.problems.add(new FieldProblem(field, "ledger.error.date", value));
			return null;
		}
	}

	YearMonth month(String field, String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return YearMonth.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			this.problems.add(new FieldProblem(field, "ledger.error.month", value));
			return null;
		}
	}

	GroupBy groupBy(String field, String value) {
		if (value == null || value.isBlank()) {
			return GroupBy.NONE;
		}
		try {
			return GroupBy.valueOf(value.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			this.problems.add(new FieldProblem(field, "ledger.error.group-unknown", value));
			return null;
		}
	}

	<E extends Enum<E>> E option(String field, String value, Class<E> type) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			this.problems.add(new FieldProblem(field, "ledger.error.option", value));
			return null;
		}
	}

	void check() {
		if (!this.problems.isEmpty()) {
			throw new InvalidInputException("error.invalid-input", this.problems);
		}
	}

}

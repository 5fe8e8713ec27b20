package org.linli.open311.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

import org.linli.calendar.WorkingCalendar;

/**
 * The span of a request list, {@code [from, to)}. Without dates it is the last
 * {@code span}; with one date it runs {@code span} from it (back from an end date); two
 * dates may not be more than {@code span} apart. Dates are W3C datetimes with an offset,
 * or plain dates taken in China time; the end is inclusive (a plain end date includes its
 * whole day).
 */
record Window(Instant from, Instant to) {

	static Window of(String startDate, String endDate, Duration span, Instant now) {
		Instant start = start(startDate);
		Instant end = end(endDate);
		if (start == null && end == null) {
			return new Window(now.minus(span), now.plus(1, ChronoUnit.MICROS));
		}
		if (start == null) {
			return new Window(end.minus(span), end);
		}
		if (end == null) {
			return new Window(start, start.plus(span));
		}
		if (!end.isAfter(start)) {
			throw new Invalid("open311.error.dates-order");
		}
		if (Duration.between(start, end).compareTo(span.plus(1, ChronoUnit.DAYS)) > 0) {
			throw new Invalid("open311.error.dates-span", span.toDays());
		}
		return new Window(start, end);
	}

	private static Instant start(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String given = text.strip();
		try {
			return (given.length() == 10) ? LocalDate.parse(given).atStartOfDay(WorkingCalendar.ZONE).toInstant()
					: OffsetDateTime.parse(given).toInstant();
		}
		catch (DateTimeParseException ex) {
			throw new Invalid("open311.error.date", "start_date", given);
		}
	}

	/** The first instant after the end named. */
	private static Instant end(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String given = text.strip();
		try {
			return (given.length() == 10)
					? LocalDate.parse(given).plusDays(1).atStartOfDay(WorkingCalendar.ZONE).toInstant()
					: OffsetDateTime.parse(given).toInstant().plus(1, ChronoUnit.MICROS);
		}
		catch (DateTimeParseException ex) {
			throw new Invalid("open311.error.date", "end_date", given);
		}
	}

	/** Dates that do not make a window: a message key and its arguments. */
	static final class Invalid extends RuntimeException {

		private final String key;

		private final transient Object[] args;

		Invalid(String key, Object... args) {
			super(key);
			this.key = key;
			this.args = args;
		}

		String key() {
			return this.key;
		}

		Object[] args() {
			return this.args;
		}

	}

}

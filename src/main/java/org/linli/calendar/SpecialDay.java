package org.linli.calendar;

import java.time.LocalDate;

/**
 * A date that departs from the plain rule (weekdays work, weekends rest): a public
 * holiday, or a weekend worked to make up for one (tiaoxiu).
 */
public record SpecialDay(LocalDate date, Kind kind, String name) {

	public enum Kind {

		HOLIDAY, WORKDAY

	}

}

package org.linli.calendar;

import java.time.Duration;
import java.time.LocalTime;

/**
 * One stretch of a working day, e.g. 09:00–12:00; start inclusive, end exclusive, within
 * one calendar day.
 */
public record WorkingPeriod(LocalTime start, LocalTime end) {

	public Duration length() {
		return Duration.between(this.start, this.end);
	}

}

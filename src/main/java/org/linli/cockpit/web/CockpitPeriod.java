package org.linli.cockpit.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

import org.linli.calendar.WorkingCalendar;
import org.linli.cases.CaseStatistics.Period;

/**
 * The periods the cockpit offers, as calendar days in Shanghai that end with today.
 */
enum CockpitPeriod {

	TODAY, LAST_7_DAYS, LAST_30_DAYS, THIS_MONTH, THIS_YEAR;

	static final CockpitPeriod DEFAULT = LAST_30_DAYS;

	/** The value in a URL, e.g. {@code last-7-days}. */
	public String param() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	static Optional<CockpitPeriod> ofParam(String param) {
		for (CockpitPeriod period : values()) {
			if (period.param().equals(param.strip().toLowerCase(Locale.ROOT))) {
				return Optional.of(period);
			}
		}
		return Optional.empty();
	}

	Period at(Instant now) {
		LocalDate today = LocalDate.ofInstant(now, WorkingCalendar.ZONE);
		LocalDate first = switch (this) {
			case TODAY -> today;
			case LAST_7_DAYS -> today.minusDays(6);
			case LAST_30_DAYS -> today.minusDays(29);
			case THIS_MONTH -> today.withDayOfMonth(1);
			case THIS_YEAR -> today.withDayOfYear(1);
		};
		LocalDate end = switch (this) {
			case THIS_MONTH -> first.plusMonths(1);
			case THIS_YEAR -> first.plusYears(1);
			default -> today.plusDays(1);
		};
		return new Period(first.atStartOfDay(WorkingCalendar.ZONE).toInstant(),
				end.atStartOfDay(WorkingCalendar.ZONE).toInstant());
	}

}

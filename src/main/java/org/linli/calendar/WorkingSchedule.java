package org.linli.calendar;

import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

import org.linli.shared.FieldProblem;
import org.linli.shared.InvalidInputException;

/**
 * A named set of daily working periods, the same on every working day. One working day of
 * a time limit is the sum of the periods.
 */
public record WorkingSchedule(String code, String name, List<WorkingPeriod> periods) {

	public static final String OFFICE = "OFFICE";

	public static final String FIELD = "FIELD";

	static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,31}");

	static final int NAME_MAX = 100;

	public WorkingSchedule {
		List<FieldProblem> problems = new ArrayList<>();
		if (code == null || !CODE.matcher(code).matches()) {
			problems.add(new FieldProblem("code", "calendar.error.schedule.code", String.valueOf(code)));
		}
		if (name == null || name.isBlank() || name.length() > NAME_MAX) {
			problems.add(new FieldProblem("name", "calendar.error.schedule.name", NAME_MAX));
		}
		if (periods == null || periods.isEmpty()) {
			problems.add(new FieldProblem("periods", "calendar.error.schedule.no-periods"));
			periods = List.of();
		}
		periods = sorted(periods, problems);
		if (!problems.isEmpty()) {
			throw new InvalidInputException("calendar.error.schedule.invalid", problems);
		}
		name = name.strip();
	}

	public Duration dailyDuration() {
		return this.periods.stream().map(WorkingPeriod::length).reduce(Duration.ZERO, Duration::plus);
	}

	/**
	 * Working time of this schedule on a working day from midnight up to {@code time}.
	 */
	Duration workedBefore(LocalTime time) {
		Duration worked = Duration.ZERO;
		for (WorkingPeriod period : this.periods) {
			if (!time.isAfter(period.start())) {
				break;
			}
			worked = worked.plus(Duration.between(period.start(), time.isBefore(period.end()) ? time : period.end()));
		}
		return worked;
	}

	/**
	 * The time of day at which {@code worked} of this day's working time has elapsed (at
	 * most a full day).
	 */
	LocalTime timeWhenWorked(Duration worked) {
		Duration left = worked;
		for (WorkingPeriod period : this.periods) {
			if (left.compareTo(period.length()) <= 0) {
				return period.start().plus(left);
			}
			left = left.minus(period.length());
		}
		return this.periods.getLast().end();
	}

	private static List<WorkingPeriod> sorted(List<WorkingPeriod> periods, List<FieldProblem> problems) {
		List<WorkingPeriod> valid = new ArrayList<>();
		for (int i = 0; i < periods.size(); i++) {
			WorkingPeriod period = periods.get(i);
			if (period == null || period.start() == null || period.end() == null
					|| !period.start().isBefore(period.end())) {
				problems.add(new FieldProblem("periods[" + i + "]", "calendar.error.schedule.period"));
			}
			else {
				valid.add(period);
			}
		}
		valid.sort(Comparator.comparing(WorkingPeriod::start));
		for (int i = 1; i < valid.size(); i++) {
			if (valid.get(i).start().isBefore(valid.get(i - 1).end())) {
				problems.add(new FieldProblem("periods", "calendar.error.schedule.overlap", valid.get(i - 1).start(),
						valid.get(i - 1).end(), valid.get(i).start(), valid.get(i).end()));
			}
		}
		return List.copyOf(valid);
	}

}

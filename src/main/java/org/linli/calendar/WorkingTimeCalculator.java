package org.linli.calendar;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.linli.calendar.WorkingCalendar.Light;
import org.linli.shared.InvalidInputException;

/**
 * Working-time arithmetic over one snapshot of the calendar, with no I/O. Days are
 * counted with a weekday formula corrected by the special days in range (binary search
 * over prefix sums), so long spans cost no more than short ones.
 */
final class WorkingTimeCalculator {

	/** 1970-01-05, a Monday, as an epoch day. */
	private static final long A_MONDAY = 4;

	/** About four centuries: anything longer is a mistake, not a deadline. */
	private static final long MOST_WORKING_DAYS = 100_000;

	private final ZoneId zone;

	private final Map<LocalDate, SpecialDay.Kind> specialDays;

	/** Epoch days whose status differs from the weekday rule, ascending. */
	private final long[] exceptionDays;

	/**
	 * {@code exceptionSums[i]} = net working days added by {@code exceptionDays[0..i)}.
	 */
	private final long[] exceptionSums;

	private final Map<String, WorkingSchedule> schedules;

	private final Map<String, String> roleSchedules;

	WorkingTimeCalculator(CalendarSnapshot snapshot, ZoneId zone) {
		this.zone = zone;
		this.specialDays = new HashMap<>();
		TreeMap<Long, Integer> exceptions = new TreeMap<>();
		for (SpecialDay day : snapshot.specialDays()) {
			this.specialDays.put(day.date(), day.kind());
			int change = exceptionChange(day.date(), day.kind());
			if (change != 0) {
				exceptions.put(day.date().toEpochDay(), change);
			}
		}
		this.exceptionDays = exceptions.keySet().stream().mapToLong(Long::longValue).toArray();
		this.exceptionSums = new long[this.exceptionDays.length + 1];
		int i = 0;
		for (int change : exceptions.values()) {
			this.exceptionSums[i + 1] = this.exceptionSums[i] + change;
			i++;
		}
		this.schedules = snapshot.schedules()
			.stream()
			.collect(Collectors.toUnmodifiableMap(WorkingSchedule::code, Function.identity()));
		this.roleSchedules = snapshot.roleSchedules();
	}

	boolean isWorkingDay(LocalDate date) {
		SpecialDay.Kind kind = this.specialDays.get(date);
		if (kind != null) {
			return kind == SpecialDay.Kind.WORKDAY;
		}
		return !isWeekend(date);
	}

	String scheduleFor(String role) {
		return this.roleSchedules.getOrDefault(role, WorkingSchedule.OFFICE);
	}

	WorkingSchedule schedule(String code) {
		WorkingSchedule schedule = this.schedules.get(code);
		if (schedule == null) {
			throw new InvalidInputException("scheduleCode", "calendar.error.schedule.unknown", String.valueOf(code));
		}
		return schedule;
	}

	Instant add(Instant from, TimeLimit limit, String scheduleCode) {
		WorkingSchedule schedule = schedule(scheduleCode);
		Duration day = schedule.dailyDuration();
		Duration remaining = switch (limit.unit()) {
			case WORKING_HOURS -> Duration.ofHours(limit.amount());
			case WORKING_DAYS -> day.multipliedBy(limit.amount());
		};
		LocalDateTime start = LocalDateTime.ofInstant(from, this.zone);
		LocalDate date = start.toLocalDate();
		if (isWorkingDay(date)) {
			Duration before = schedule.workedBefore(start.toLocalTime());
			Duration left = day.minus(before);
			if (remaining.compareTo(left) <= 0) {
				return at(date, schedule.timeWhenWorked(before.plus(remaining)));
			}
			remaining = remaining.minus(left);
		}
		long fullDays = remaining.minusNanos(1).dividedBy(day);
		if (fullDays >= MOST_WORKING_DAYS) {
			throw new InvalidInputException("timeLimit", "calendar.error.time-limit.too-long");
		}
		LocalDate last = nthWorkingDayAfter(date, fullDays + 1);
		return at(last, schedule.timeWhenWorked(remaining.minus(day.multipliedBy(fullDays))));
	}

	Duration between(Instant from, Instant to, String scheduleCode) {
		WorkingSchedule schedule = schedule(scheduleCode);
		if (!to.isAfter(from)) {
			return Duration.ZERO;
		}
		LocalDateTime start = LocalDateTime.ofInstant(from, this.zone);
		LocalDateTime end = LocalDateTime.ofInstant(to, this.zone);
		LocalDate first = start.toLocalDate();
		LocalDate last = end.toLocalDate();
		if (first.equals(last)) {
			return isWorkingDay(first)
					? schedule.workedBefore(end.toLocalTime()).minus(schedule.workedBefore(start.toLocalTime()))
					: Duration.ZERO;
		}
		Duration day = schedule.dailyDuration();
		Duration worked = day.multipliedBy(workingDays(first.plusDays(1), last.minusDays(1)));
		if (isWorkingDay(first)) {
			worked = worked.plus(day.minus(schedule.workedBefore(start.toLocalTime())));
		}
		if (isWorkingDay(last)) {
			worked = worked.plus(schedule.workedBefore(end.toLocalTime()));
		}
		return worked;
	}

	Light light(Instant start, Instant due, Instant now, String scheduleCode) {
		if (now.isAfter(due)) {
			return Light.RED;
		}
		Duration allowed = between(start, due, scheduleCode);
		Duration used = between(start, now, scheduleCode);
		return used.multipliedBy(5).compareTo(allowed.multipliedBy(4)) >= 0 ? Light.YELLOW : Light.GREEN;
	}

	/** Working days from {@code first} to {@code last}, both included. */
	long workingDays(LocalDate first, LocalDate last) {
		if (last.isBefore(first)) {
			return 0;
		}
		long from = first.toEpochDay();
		long to = last.toEpochDay() + 1;
		return weekdaysBefore(to) - weekdaysBefore(from) + exceptionsBefore(to) - exceptionsBefore(from);
	}

	/** The {@code n}-th working day after {@code date} (n ≥ 1). */
	LocalDate nthWorkingDayAfter(LocalDate date, long n) {
		LocalDate first = date.plusDays(1);
		long span = Math.max(7, 2 * n);
		while (workingDays(first, date.plusDays(span)) < n) {
			span *= 2;
		}
		long low = 1;
		long high = span;
		while (low < high) {
			long middle = (low + high) >>> 1;
			if (workingDays(first, date.plusDays(middle)) >= n) {
				high = middle;
			}
			else {
				low = middle + 1;
			}
		}
		return date.plusDays(low);
	}

	private Instant at(LocalDate date, LocalTime time) {
		return LocalDateTime.of(date, time).atZone(this.zone).toInstant();
	}

	private long exceptionsBefore(long epochDay) {
		int index = Arrays.binarySearch(this.exceptionDays, epochDay);
		return this.exceptionSums[(index >= 0) ? index : -index - 1];
	}

	private static long weekdaysBefore(long epochDay) {
		long days = epochDay - A_MONDAY;
		return Math.floorDiv(days, 7) * 5 + Math.min(Math.floorMod(days, 7), 5);
	}

	private static int exceptionChange(LocalDate date, SpecialDay.Kind kind) {
		boolean weekend = isWeekend(date);
		if (kind == SpecialDay.Kind.HOLIDAY && !weekend) {
			return -1;
		}
		if (kind == SpecialDay.Kind.WORKDAY && weekend) {
			return 1;
		}
		return 0;
	}

	static boolean isWeekend(LocalDate date) {
		DayOfWeek day = date.getDayOfWeek();
		return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
	}

}

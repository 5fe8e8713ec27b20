package org.linli.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.linli.calendar.internal.CalendarRepository;

import org.springframework.stereotype.Service;

/**
 * Working time as the Chinese working calendar counts it: weekdays work and weekends
 * rest, except for public holidays and make-up working days (tiaoxiu), in Asia/Shanghai,
 * during the periods of a working schedule. Deadlines are computed and judged here.
 */
@Service
public class WorkingCalendar {

	public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	/**
	 * How much of the working time between start and due is used: below 80 %, 80–100 %,
	 * or past due.
	 */
	public enum Light {

		GREEN, YELLOW, RED

	}

	private final CalendarRepository repository;

	private volatile WorkingTimeCalculator calculator;

	WorkingCalendar(CalendarRepository repository) {
		this.repository = repository;
	}

	/**
	 * The instant at which {@code limit} of working time, counted from {@code from}, runs
	 * out. Counting starts at the next working period when {@code from} lies outside one;
	 * a working day is the schedule's full daily working time, so one working day from
	 * Friday 15:00 ends at 15:00 on the next working day.
	 */
	public Instant add(Instant from, TimeLimit limit, String scheduleCode) {
		return calculator().add(from, limit, scheduleCode);
	}

	/**
	 * Working time elapsed between two instants; zero when {@code to} is not after
	 * {@code from}.
	 */
	public Duration workingTimeBetween(Instant from, Instant to, String scheduleCode) {
		return calculator().between(from, to, scheduleCode);
	}

	public boolean isWorkingDay(LocalDate date) {
		return calculator().isWorkingDay(date);
	}

	/**
	 * Green below 80 % of the working time from start to due used, yellow from 80 % up to
	 * due, red after due.
	 */
	public Light light(Instant start, Instant due, Instant now, String scheduleCode) {
		return calculator().light(start, due, now, scheduleCode);
	}

	/**
	 * The code of the schedule people in this role work to
	 * ({@link WorkingSchedule#OFFICE} unless mapped).
	 */
	public String scheduleFor(String roleName) {
		return calculator().scheduleFor(roleName);
	}

	/** The working schedule with this code; an unknown code is invalid input. */
	public WorkingSchedule schedule(String scheduleCode) {
		return calculator().schedule(scheduleCode);
	}

	/**
	 * Drops the loaded calendar so that the next call sees the stored one. Synchronized
	 * so that a load still reading the old data finishes before it is dropped.
	 */
	synchronized void reload() {
		this.calculator = null;
	}

	private WorkingTimeCalculator calculator() {
		WorkingTimeCalculator current = this.calculator;
		if (current == null) {
			synchronized (this) {
				current = this.calculator;
				if (current == null) {
					current = new WorkingTimeCalculator(new CalendarSnapshot(this.repository.specialDays(),
							this.repository.schedules(), this.repository.roleSchedules()), ZONE);
					this.calculator = current;
				}
			}
		}
		return current;
	}

}

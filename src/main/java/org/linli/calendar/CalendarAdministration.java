package org.linli.calendar;

import java.util.List;
import java.util.regex.Pattern;

import org.linli.calendar.internal.CalendarRepository;
import org.linli.calendar.internal.SpecialDayCsv;
import org.linli.shared.InvalidInputException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Keeps the working calendar: loads each year's special days (published every November)
 * and edits the working schedules. Every change is all or nothing and reaches
 * {@link WorkingCalendar} once committed.
 */
@Service
public class CalendarAdministration {

	public static final int FIRST_YEAR = 2000;

	public static final int LAST_YEAR = 2100;

	private static final Pattern ROLE = Pattern.compile("[A-Z][A-Z0-9_]{0,31}");

	private final CalendarRepository repository;

	private final WorkingCalendar calendar;

	CalendarAdministration(CalendarRepository repository, WorkingCalendar calendar) {
		this.repository = repository;
		this.calendar = calendar;
	}

	@Transactional(readOnly = true)
	public CalendarYear year(int year) {
		checkYear(year);
		return new CalendarYear(year, this.repository.specialDays(year), this.repository.schedules(),
				this.repository.roleSchedules());
	}

	/** The year's special days in the file format {@link #replaceYear} reads. */
	@Transactional(readOnly = true)
	public String yearAsCsv(int year) {
		checkYear(year);
		return SpecialDayCsv.format(this.repository.specialDays(year));
	}

	/**
	 * Replaces the year's special days with those in {@code csv} ({@code date,kind,name},
	 * kind {@code holiday} or {@code workday}). Any problem refuses the whole file,
	 * listing every problem by line, and changes nothing.
	 */
	@Transactional
	public CalendarYear replaceYear(int year, String csv) {
		checkYear(year);
		this.repository.replaceSpecialDays(year, SpecialDayCsv.parse(year, csv));
		reloadAfterCommit();
		return year(year);
	}

	/**
	 * Creates or redefines a working schedule; deadlines already set keep their due
	 * instants.
	 */
	@Transactional
	public WorkingSchedule saveSchedule(String code, String name, List<WorkingPeriod> periods) {
		WorkingSchedule schedule = new WorkingSchedule(code, name, periods);
		this.repository.saveSchedule(schedule);
		reloadAfterCommit();
		return schedule;
	}

	/**
	 * From now on people in {@code roleName} work to the schedule {@code scheduleCode}.
	 */
	@Transactional
	public void assignSchedule(String roleName, String scheduleCode) {
		if (roleName == null || !ROLE.matcher(roleName).matches()) {
			throw new InvalidInputException("role", "calendar.error.role", String.valueOf(roleName));
		}
		if (scheduleCode == null || !this.repository.scheduleExists(scheduleCode)) {
			throw new InvalidInputException("scheduleCode", "calendar.error.schedule.unknown",
					String.valueOf(scheduleCode));
		}
		this.repository.assignSchedule(roleName, scheduleCode);
		reloadAfterCommit();
	}

	private void reloadAfterCommit() {
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

			@Override
			public void afterCommit() {
				CalendarAdministration.this.calendar.reload();
			}

		});
	}

	private static void checkYear(int year) {
		if (year < FIRST_YEAR || year > LAST_YEAR) {
			throw new InvalidInputException("year", "calendar.error.year", String.valueOf(year),
					String.valueOf(FIRST_YEAR), String.valueOf(LAST_YEAR));
		}
	}

}

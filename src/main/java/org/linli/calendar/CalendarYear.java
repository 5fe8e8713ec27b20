package org.linli.calendar;

import java.util.List;
import java.util.Map;

/**
 * One year of the working calendar as an administrator sees it: its special days, the
 * working schedules, and which role works to which schedule (roles not listed work to
 * {@link WorkingSchedule#OFFICE}).
 */
public record CalendarYear(int year, List<SpecialDay> specialDays, List<WorkingSchedule> schedules,
		Map<String, String> roleSchedules) {

	public CalendarYear {
		specialDays = List.copyOf(specialDays);
		schedules = List.copyOf(schedules);
		roleSchedules = Map.copyOf(roleSchedules);
	}

}

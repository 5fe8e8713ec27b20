package org.linli.calendar;

import java.util.List;
import java.util.Map;

/**
 * Everything the working-time arithmetic needs, as loaded at one moment: all special
 * days, all schedules and which schedule each role works to.
 */
record CalendarSnapshot(List<SpecialDay> specialDays, List<WorkingSchedule> schedules,
		Map<String, String> roleSchedules) {

	CalendarSnapshot {
		specialDays = List.copyOf(specialDays);
		schedules = List.copyOf(schedules);
		roleSchedules = Map.copyOf(roleSchedules);
	}

}

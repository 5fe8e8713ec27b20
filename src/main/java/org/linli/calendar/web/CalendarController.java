package org.linli.calendar.web;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.linli.calendar.CalendarAdministration;
import org.linli.calendar.CalendarYear;
import org.linli.calendar.WorkingPeriod;
import org.linli.calendar.WorkingSchedule;

import org.springframework.http.HttpEntity;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The working calendar over HTTP: anyone signed in may read it, only an administrator
 * changes it. A year's special days are exchanged as CSV ({@code date,kind,name}), the
 * format the State Council's notice is transcribed into.
 */
@RestController
@RequestMapping("/api/v1/calendar")
class CalendarController {

	static final String CSV = "text/csv";

	private final CalendarAdministration administration;

	CalendarController(CalendarAdministration administration) {
		this.administration = administration;
	}

	@GetMapping("/{year}")
	CalendarYear year(@PathVariable int year) {
		return this.administration.year(year);
	}

	@GetMapping(path = "/{year}/special-days", produces = CSV + ";charset=UTF-8")
	String specialDays(@PathVariable int year) {
		return this.administration.yearAsCsv(year);
	}

	@PreAuthorize("hasRole('ADMIN')")
	@PutMapping(path = "/{year}", consumes = CSV)
	CalendarYear replaceYear(@PathVariable int year, HttpEntity<byte[]> file) {
		return this.administration.replaceYear(year, text(file));
	}

	@PreAuthorize("hasRole('ADMIN')")
	@PutMapping("/schedules/{code}")
	WorkingSchedule saveSchedule(@PathVariable String code, @RequestBody ScheduleForm form) {
		return this.administration.saveSchedule(code, form.name(), form.periods());
	}

	@PreAuthorize("hasRole('ADMIN')")
	@PutMapping("/role-schedules/{role}")
	RoleSchedule assignSchedule(@PathVariable String role, @RequestBody RoleScheduleForm form) {
		this.administration.assignSchedule(role, form.scheduleCode());
		return new RoleSchedule(role, form.scheduleCode());
	}

	/**
	 * CSV files name their charset rarely; without one, UTF-8 is what spreadsheets and
	 * editors here write.
	 */
	private static String text(HttpEntity<byte[]> file) {
		byte[] body = (file.getBody() != null) ? file.getBody() : new byte[0];
		MediaType type = file.getHeaders().getContentType();
		Charset charset = (type != null && type.getCharset() != null) ? type.getCharset() : StandardCharsets.UTF_8;
		return new String(body, charset);
	}

	record ScheduleForm(String name, List<WorkingPeriod> periods) {
	}

	record RoleScheduleForm(String scheduleCode) {
	}

	record RoleSchedule(String role, String scheduleCode) {
	}

}

package org.linli.calendar.web;

import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.linli.calendar.CalendarAdministration;
import org.linli.calendar.CalendarYear;
import org.linli.calendar.WorkingCalendar;
import org.linli.calendar.WorkingSchedule;
import org.linli.shared.FieldProblem;
import org.linli.shared.InvalidInputException;
import org.linli.shared.Messages;
import org.linli.shared.NotFoundException;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator's working calendar: one year's special days, the working schedules
 * and who works to which, and the year's holiday file to replace as a whole.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class CalendarPages {

	private static final Pattern LINE = Pattern.compile("line (\\d+)");

	private final CalendarAdministration administration;

	private final Messages messages;

	CalendarPages(CalendarAdministration administration, Messages messages) {
		this.administration = administration;
		this.messages = messages;
	}

	record ShownProblem(String field, String message) {
	}

	record RoleRow(String role, String label, String scheduleCode, String scheduleName) {
	}

	@GetMapping("/admin/calendar")
	String calendar(@RequestParam(required = false) Integer year, Model model) {
		int shown = (year != null) ? year : Year.now(WorkingCalendar.ZONE).getValue();
		checkYear(shown);
		return page(shown, this.administration.yearAsCsv(shown), model);
	}

	@PostMapping("/admin/calendar/{year}")
	String replaceYear(@PathVariable int year, @RequestParam(defaultValue = "") String csv, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		checkYear(year);
		try {
			CalendarYear replaced = this.administration.replaceYear(year, csv);
			redirect.addFlashAttribute("savedDays", replaced.specialDays().size());
			redirect.addAttribute("year", year);
			return "redirect:/admin/calendar";
		}
		catch (InvalidInputException ex) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("refused", this.messages.get(ex));
			model.addAttribute("problems", ex.problems().stream().map(this::shown).toList());
			return page(year, csv, model);
		}
	}

	private String page(int year, String csv, Model model) {
		CalendarYear calendar = this.administration.year(year);
		model.addAttribute("year", year);
		model.addAttribute("previousYear", (year > CalendarAdministration.FIRST_YEAR) ? year - 1 : null);
		model.addAttribute("nextYear", (year < CalendarAdministration.LAST_YEAR) ? year + 1 : null);
		model.addAttribute("firstYear", CalendarAdministration.FIRST_YEAR);
		model.addAttribute("lastYear", CalendarAdministration.LAST_YEAR);
		model.addAttribute("specialDays", calendar.specialDays());
		model.addAttribute("schedules", calendar.schedules());
		model.addAttribute("roles", roles(calendar));
		model.addAttribute("defaultSchedule", WorkingSchedule.OFFICE);
		model.addAttribute("csv", csv);
		return "calendar/calendar";
	}

	private List<RoleRow> roles(CalendarYear calendar) {
		Map<String, String> scheduleNames = calendar.schedules()
			.stream()
			.collect(Collectors.toMap(WorkingSchedule::code, WorkingSchedule::name));
		return calendar.roleSchedules()
			.entrySet()
			.stream()
			.sorted(Map.Entry.comparingByKey())
			.map((entry) -> new RoleRow(entry.getKey(), roleLabel(entry.getKey()), entry.getValue(),
					scheduleNames.getOrDefault(entry.getValue(), entry.getValue())))
			.toList();
	}

	/** Roles mapped here need not be ones the identity module knows by name. */
	private String roleLabel(String role) {
		String key = "role." + role;
		String label = this.messages.get(key);
		return label.equals(key) ? role : label;
	}

	/**
	 * The parser names lines in English ("line 3"); people read them in their language.
	 */
	private ShownProblem shown(FieldProblem problem) {
		Matcher line = LINE.matcher(problem.field());
		String field = line.matches() ? this.messages.get("calendar.page.line", Integer.parseInt(line.group(1)))
				: problem.field();
		return new ShownProblem(field, this.messages.get(problem.messageKey(), problem.args()));
	}

	private static void checkYear(int year) {
		if (year < CalendarAdministration.FIRST_YEAR || year > CalendarAdministration.LAST_YEAR) {
			throw new NotFoundException("calendar.error.year", String.valueOf(year),
					String.valueOf(CalendarAdministration.FIRST_YEAR),
					String.valueOf(CalendarAdministration.LAST_YEAR));
		}
	}

}

package org.linli.calendar;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.linli.DemoLogins;
import org.linli.LinliTest;
import org.linli.shared.FieldProblem;
import org.linli.shared.InvalidInputException;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.linli.calendar.WorkingTimeCalculatorTest.at;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@LinliTest
class WorkingCalendarIntegrationTests {

	static final MediaType CSV = MediaType.parseMediaType("text/csv");

	@Autowired
	MockMvc mvc;

	@Autowired
	WorkingCalendar calendar;

	@Autowired
	CalendarAdministration administration;

	@Test
	void theStateCouncilArrangementsFor2025And2026AreInForce() {
		assertThat(this.calendar.isWorkingDay(LocalDate.parse("2025-01-26"))).as("Sunday worked").isTrue();
		assertThat(this.calendar.isWorkingDay(LocalDate.parse("2026-10-01"))).isFalse();
		assertThat(this.calendar.isWorkingDay(LocalDate.parse("2026-10-10"))).as("Saturday worked").isTrue();
		assertThat(this.calendar.add(at("2025-01-27T10:00"), TimeLimit.workingDays(1), "OFFICE"))
			.as("Spring Festival 28 January to 4 February")
			.isEqualTo(at("2025-02-05T10:00"));
		assertThat(this.calendar.add(at("2026-09-30T10:00"), TimeLimit.workingDays(2), "OFFICE"))
			.isEqualTo(at("2026-10-09T10:00"));
		assertThat(this.calendar.workingTimeBetween(at("2026-02-13T09:00"), at("2026-02-25T09:00"), "OFFICE"))
			.isEqualTo(Duration.ofHours(21));
	}

	@Test
	void gridWorkersWorkToTheLongerFieldDayAndEveryoneElseToOfficeHours() {
		assertThat(this.calendar.scheduleFor("GRID_WORKER")).isEqualTo("FIELD");
		assertThat(this.calendar.scheduleFor("DEPARTMENT_HANDLER")).isEqualTo("OFFICE");
		assertThat(this.calendar.scheduleFor("SOMEONE_NEW")).isEqualTo("OFFICE");
		assertThat(this.calendar.schedule("OFFICE").dailyDuration()).isEqualTo(Duration.ofHours(7));
		assertThat(this.calendar.schedule("FIELD").dailyDuration()).isEqualTo(Duration.ofHours(9));
		assertThat(this.calendar.add(at("2026-03-06T17:30"), TimeLimit.workingHours(2), "FIELD"))
			.isEqualTo(at("2026-03-09T09:30"));
	}

	@Test
	void anySignedInUserReadsAYearWithItsSchedules() throws Exception {
		this.mvc.perform(as("staff1", get("/api/v1/calendar/2026")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.year").value(2026))
			.andExpect(jsonPath("$.specialDays", hasSize(39)))
			.andExpect(jsonPath("$.specialDays[0].date").value("2026-01-01"))
			.andExpect(jsonPath("$.specialDays[0].kind").value("HOLIDAY"))
			.andExpect(jsonPath("$.schedules[*].code").value(hasItems("OFFICE", "FIELD")))
			.andExpect(jsonPath("$.roleSchedules.GRID_WORKER").value("FIELD"));
		this.mvc.perform(as("staff1", get("/api/v1/calendar/2026/special-days")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("2026-10-10,workday,")));
		this.mvc.perform(get("/api/v1/calendar/2026")).andExpect(status().isUnauthorized());
	}

	@Test
	void onlyAnAdministratorReplacesAYear() throws Exception {
		this.mvc
			.perform(as("staff1", put("/api/v1/calendar/2033")).contentType(CSV)
				.content("date,kind,name\n2033-01-03,holiday,x\n"))
			.andExpect(status().isForbidden());
		assertThat(this.calendar.isWorkingDay(LocalDate.parse("2033-01-03"))).isTrue();
	}

	@Test
	void aBadFileIsRefusedWholeWithEveryProblemAndChangesNothing() throws Exception {
		String bad = """
				date,kind,name
				2026-10-01,holiday,National Day
				2027-01-01,holiday,New Year
				2026-10-08,workday,National Day
				2026-10-02,vacation,National Day
				""";
		this.mvc.perform(as("admin", put("/api/v1/calendar/2026")).contentType(CSV).content(bad))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("calendar.error.csv.invalid"))
			.andExpect(jsonPath("$.errors[*].field").value(contains("line 3", "line 4", "line 5")));
		this.mvc.perform(
				as("admin", put("/api/v1/calendar/2026")).contentType(CSV).header("Accept-Language", "en").content(bad))
			.andExpect(jsonPath("$.detail").value(containsString("3 problem")))
			.andExpect(jsonPath("$.errors[2].detail").value(containsString("vacation")));

		assertThat(this.administration.year(2026).specialDays()).hasSize(39);
		assertThat(this.calendar.isWorkingDay(LocalDate.parse("2026-10-10"))).isTrue();
	}

	@Test
	void theServiceRefusesABadFileListingEveryLine() {
		InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
				() -> this.administration.replaceYear(2034, "date,kind,name\n2034-01-02,holiday,\n2034-01-02,x,y\n"));

		assertThat(refused.problems()).extracting(FieldProblem::field).containsExactly("line 2", "line 3");
		assertThat(this.administration.year(2034).specialDays()).isEmpty();
	}

	@Test
	void anAcceptedFileChangesDeadlinesAtOnce() throws Exception {
		assertThat(this.calendar.add(at("2031-09-30T10:00"), TimeLimit.workingDays(1), "OFFICE"))
			.isEqualTo(at("2031-10-01T10:00"));

		String utf8 = "date,kind,name\n2031-09-28,workday,\u56fd\u5e86\u8282\n2031-10-01,holiday,\u56fd\u5e86\u8282\n";
		this.mvc
			.perform(as("admin", put("/api/v1/calendar/2031")).contentType(CSV)
				.content(utf8.getBytes(StandardCharsets.UTF_8)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.specialDays", hasSize(2)))
			.andExpect(jsonPath("$.specialDays[1].name").value("\u56fd\u5e86\u8282"));

		assertThat(this.calendar.isWorkingDay(LocalDate.parse("2031-09-28"))).isTrue();
		assertThat(this.calendar.isWorkingDay(LocalDate.parse("2031-10-01"))).isFalse();
		assertThat(this.calendar.add(at("2031-09-30T10:00"), TimeLimit.workingDays(1), "OFFICE"))
			.isEqualTo(at("2031-10-02T10:00"));

		this.administration.replaceYear(2031, "date,kind,name\n");
		assertThat(this.calendar.isWorkingDay(LocalDate.parse("2031-10-01"))).isTrue();
	}

	@Test
	void anAdministratorDefinesASchedule() throws Exception {
		this.mvc
			.perform(as("admin", put("/api/v1/calendar/schedules/EARLY")).contentType(MediaType.APPLICATION_JSON)
				.content(
						"""
								{"name": "early", "periods": [{"start": "07:00", "end": "11:00"}, {"start": "12:00", "end": "15:00"}]}
								"""))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.code").value("EARLY"));
		this.mvc
			.perform(as("admin", put("/api/v1/calendar/role-schedules/EARLY_BIRD"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"scheduleCode\": \"EARLY\"}"))
			.andExpect(status().isOk());

		assertThat(this.calendar.scheduleFor("EARLY_BIRD")).isEqualTo("EARLY");
		assertThat(this.calendar.add(at("2026-03-09T10:00"), TimeLimit.workingHours(2), "EARLY"))
			.isEqualTo(at("2026-03-09T13:00"));

		this.mvc
			.perform(as("admin", put("/api/v1/calendar/schedules/LATE")).contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"name": "", "periods": [{"start": "15:00", "end": "14:00"}]}
						"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors", hasSize(2)));
		this.mvc
			.perform(as("admin", put("/api/v1/calendar/role-schedules/EARLY_BIRD"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"scheduleCode\": \"LATE\"}"))
			.andExpect(status().isBadRequest());
		assertThat(this.administration.year(2026).schedules()).extracting(WorkingSchedule::code).doesNotContain("LATE");
		assertThat(this.calendar.scheduleFor("EARLY_BIRD")).isEqualTo("EARLY");
	}

	@Test
	void aYearOutsideTheSupportedRangeIsInvalid() throws Exception {
		this.mvc.perform(as("staff1", get("/api/v1/calendar/1999")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("year"));
	}

	private MockHttpServletRequestBuilder as(String username, MockHttpServletRequestBuilder request) throws Exception {
		return request.with(DemoLogins.as(this.mvc, username));
	}

}

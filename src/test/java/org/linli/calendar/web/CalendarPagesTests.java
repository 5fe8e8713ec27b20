package org.linli.calendar.web;

import java.time.LocalDate;
import java.time.Year;

import org.junit.jupiter.api.Test;
import org.linli.LinliTest;
import org.linli.calendar.CalendarAdministration;
import org.linli.calendar.WorkingCalendar;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@LinliTest
class CalendarPagesTests {

	/** A year no seeded data and no other test uses. */
	private static final int SPARE_YEAR = 2037;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	WorkingCalendar calendar;

	@Autowired
	CalendarAdministration administration;

	@Test
	void anAdministratorSeesTheYearsSpecialDaysSchedulesAndTheFileToEdit() throws Exception {
		page("admin", get("/admin/calendar").param("year", "2026")).andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("2026 年工作日历"), containsString("2026-10-10"),
					containsString("星期六"), containsString("调休上班"), containsString("09:00–12:00"), containsString("网格员"),
					containsString("2026-10-10,workday,"), containsString("action=\"/admin/calendar/2026\""),
					containsString("name=\"_csrf\""))));
	}

	@Test
	void withoutAYearTheCurrentYearInShanghaiIsShownInTheViewersLanguage() throws Exception {
		int current = Year.now(WorkingCalendar.ZONE).getValue();
		page("admin", get("/admin/calendar").param("lang", "en")).andExpect(status().isOk())
			.andExpect(content().string(containsString("Working calendar " + current)));
	}

	@Test
	void aYearOutsideTheSupportedRangeIsNotFound() throws Exception {
		page("admin", get("/admin/calendar").param("year", "1999")).andExpect(status().isNotFound());
	}

	@Test
	void onlyAnAdministratorSeesOrReplacesTheCalendar() throws Exception {
		page("staff1", get("/admin/calendar")).andExpect(status().isForbidden());
		page("staff1", post("/admin/calendar/" + SPARE_YEAR).param("csv", "date,kind,name\n2037-01-05,holiday,x\n")
			.with(csrf())).andExpect(status().isForbidden());
		assertThat(this.administration.year(SPARE_YEAR).specialDays()).isEmpty();
	}

	@Test
	void aBadFileIsShownAgainWithEveryProblemAndChangesNothing() throws Exception {
		String bad = """
				date,kind,name
				2026-10-01,holiday,National Day
				2027-01-01,holiday,New Year
				2026-10-08,workday,National Day
				2026-10-02,vacation,National Day
				""";
		page("admin", post("/admin/calendar/2026").param("csv", bad).with(csrf())).andExpect(status().isBadRequest())
			.andExpect(content()
				.string(allOf(containsString("2026 年节假日文件有 3 处问题"), containsString("第 3 行：日期 2027-01-01 不在 2026 年内"),
						containsString("第 4 行：2026-10-08 本是工作日"), containsString("第 5 行：类型 vacation 无效"),
						containsString("aria-invalid=\"true\""), containsString("2026-10-02,vacation,National Day"))));

		assertThat(this.administration.year(2026).specialDays()).hasSize(39);
		assertThat(this.calendar.isWorkingDay(LocalDate.parse("2026-10-10"))).isTrue();
	}

	@Test
	void anAcceptedFileChangesWorkingDaysAtOnce() throws Exception {
		String before = this.administration.yearAsCsv(SPARE_YEAR);
		try {
			page("admin",
					post("/admin/calendar/" + SPARE_YEAR)
						.param("csv", "date,kind,name\n2037-01-01,holiday,New Year\n2037-01-02,holiday,New Year\n")
						.with(csrf()))
				.andExpect(status().is3xxRedirection())
				.andExpect(redirectedUrl("/admin/calendar?year=" + SPARE_YEAR))
				.andExpect(flash().attribute("savedDays", 2));

			assertThat(this.calendar.isWorkingDay(LocalDate.parse("2037-01-02"))).isFalse();
			page("admin", get("/admin/calendar").param("year", String.valueOf(SPARE_YEAR))).andExpect(content()
				.string(allOf(containsString("2037-01-02"), not(containsString(SPARE_YEAR + " 年尚未录入节假日安排")))));
		}
		finally {
			this.administration.replaceYear(SPARE_YEAR, before);
		}
		assertThat(this.calendar.isWorkingDay(LocalDate.parse("2037-01-02"))).isTrue();
	}

	private ResultActions page(String login, MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request.with(user(this.users.loadUserByUsername(login))));
	}

}

package org.linli.cockpit;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.linli.DemoLogins;
import org.linli.LinliTest;
import org.linli.SettableClock;
import org.linli.calendar.WorkingCalendar;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@LinliTest
class CockpitPagesTests {

	private static final Pattern OPEN_NOW = Pattern.compile("id=\"kpi-open\"[^>]*>(\\d+)<");

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	SettableClock clock;

	@AfterEach
	void followSystemClock() {
		this.clock.followSystem();
	}

	@Test
	void aLeaderSeesTheStreetsFiguresMapChartsAndLists() throws Exception {
		page("leader", get("/cockpit")).andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("领导驾驶舱 · 曹杨新村街道"), containsString("id=\"kpi-reported\""),
					containsString("id=\"kpi-overdue\""),
					containsString("data-grids=\"/areas/310107005/grids.geojson\""),
					containsString("data-concerns=\"/cockpit/concerns.geojson?area=310107005\""),
					containsString("hx-get=\"/cockpit/refresh?area=310107005&amp;period=last-30-days\""),
					containsString("hx-trigger=\"every 60s\""), containsString("id=\"chart-status\""),
					containsString("<th scope=\"row\">已派单</th>"), containsString("<th scope=\"row\">大事</th>"),
					containsString("<th scope=\"row\">12345 热线</th>"), containsString("id=\"cockpit-legend\""),
					containsString("/echarts.min.js"), containsString("曹杨一村"), not(containsString("hx-swap-oob")),
					not(containsString("<script>")))));
		page("dispatcher", get("/cockpit").param("lang", "en")).andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Cockpit"), containsString("Open now"),
					containsString("By three-affairs split"))));
		page("admin", get("/cockpit")).andExpect(status().isOk()).andExpect(content().string(containsString("普陀区")));
	}

	@Test
	void theCountsChangeWithTheConcernsAndAnOverdueOrderIsListedWithItsLink() throws Exception {
		this.clock.fixAt(shanghai(2024, 4, 8, 10, 0));
		long before = openNow(page("leader", get("/cockpit/refresh").param("area", "310107005")));
		String id = dispatchedToLh(31.2456, 121.3928);
		long after = openNow(page("leader", get("/cockpit/refresh").param("area", "310107005")));
		assertThat(after).isEqualTo(before + 1);

		this.clock.fixAt(shanghai(2024, 4, 10, 16, 0));
		page("leader", get("/cockpit/refresh").param("area", "310107005").param("period", "this-year"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("href=\"/cases/" + id + "\""), containsString("绿化市容"),
					containsString("未签收"), matchesPattern("(?s).*id=\"cockpit-charts\"[^>]*hx-swap-oob=\"true\".*"),
					matchesPattern("(?s).*id=\"cockpit-work\"[^>]*hx-swap-oob=\"true\".*"),
					matchesPattern("(?s).*\\d+\\.\\d 工作小时.*"), containsString("本年上报的民情"),
					not(containsString("<html")))));
		page("leader", get("/cockpit/concerns.geojson").param("area", "310107005")).andExpect(status().isOk())
			.andExpect(jsonPath("$.features[?(@.id == '" + id + "')].properties.overdue", hasItem(true)))
			.andExpect(jsonPath("$.features[?(@.id == '" + id + "')].properties.href", hasItem("/cases/" + id)));
		String grid = JsonPath.read(this.mvc.perform(get("/api/v1/cases/" + id).with(DemoLogins.as(this.mvc, "leader")))
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.gridCode");
		page("leader", get("/cockpit/grid-load").param("area", "310107005")).andExpect(status().isOk())
			.andExpect(jsonPath("$.grids['" + grid + "'].overdue").value(org.hamcrest.Matchers.greaterThan(0)))
			.andExpect(jsonPath("$.grids['" + grid + "'].label").value(containsString("超期")));
	}

	@Test
	void onlyLeadersDispatchersAndAdministratorsOpenTheCockpitOfTheirOwnArea() throws Exception {
		page("staff1", get("/cockpit")).andExpect(status().isForbidden());
		page("dept-cg", get("/cockpit")).andExpect(status().isForbidden());
		page("resident1", get("/cockpit/grid-load")).andExpect(status().isForbidden());
		this.mvc.perform(get("/cockpit")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
		page("leader", get("/cockpit").param("area", "310107")).andExpect(status().isNotFound());
		page("leader", get("/cockpit/refresh").param("area", "310108005")).andExpect(status().isNotFound());
		page("leader", get("/cockpit/concerns.geojson").param("area", "310107")).andExpect(status().isNotFound());
		page("leader", get("/cockpit").param("area", "x'; drop")).andExpect(status().isNotFound());
		page("leader", get("/cockpit").param("area", "310107005001")).andExpect(status().isOk())
			.andExpect(content().string(containsString("领导驾驶舱 · 曹杨一村")));
	}

	@Test
	void anUnknownPeriodIsShownNextToItsField() throws Exception {
		page("leader", get("/cockpit").param("period", "fortnight")).andExpect(status().isBadRequest())
			.andExpect(
					content().string(allOf(containsString("id=\"period-error\""), containsString("无法识别的统计期间：fortnight"),
							matchesPattern("(?s).*id=\"period\"[^>]*aria-invalid=\"true\".*"),
							matchesPattern("(?s).*<option value=\"last-30-days\"\\s+selected=\"selected\">.*"))));
	}

	private String dispatchedToLh(double lat, double lon) throws Exception {
		String body = this.mvc
			.perform(post("/api/v1/cases").contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"channel":"WEB","description":"cockpit test","lat":%s,"lon":%s,"categoryCode":"06010"}"""
					.formatted(lat, lon))
				.with(DemoLogins.as(this.mvc, "resident1")))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String id = JsonPath.read(body, "$.id");
		act("dispatcher", id, "accept", "{\"tier\":\"MAJOR\",\"categoryCode\":\"06010\"}");
		act("dispatcher", id, "dispatch", "{}");
		return id;
	}

	private void act(String user, String id, String action, String body) throws Exception {
		this.mvc
			.perform(post("/api/v1/cases/" + id + "/" + action).contentType(MediaType.APPLICATION_JSON)
				.content(body)
				.with(DemoLogins.as(this.mvc, user)))
			.andExpect(status().isOk());
	}

	private static long openNow(ResultActions result) throws Exception {
		Matcher matcher = OPEN_NOW
			.matcher(result.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(matcher.find()).as("open-now figure").isTrue();
		return Long.parseLong(matcher.group(1));
	}

	private ResultActions page(String login, MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request.with(user(this.users.loadUserByUsername(login))));
	}

	private static Instant shanghai(int year, int month, int day, int hour, int minute) {
		return LocalDateTime.of(year, month, day, hour, minute).atZone(WorkingCalendar.ZONE).toInstant();
	}

}

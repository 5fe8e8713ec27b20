package org.linli.deliberation;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.linli.LinliTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

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

/**
 * The pages show the demo matters to the people of their scope, each matter with its six
 * stages, and a refused action comes back with its reason.
 */
@LinliTest
class MatterPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aResidentSeesTheLiftMatterWithItsStagesAndTheBallotButtons() throws Exception {
		UUID lift = demoMatter("310107005001001001");
		page("resident1", get("/matters/" + lift)).andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("1号楼加装电梯"), containsString("民提"), containsString("民评"),
					containsString("aria-current=\"step\""), containsString("value=\"FOR\""), containsString("业主双四分之三"),
					not(containsString("代为登记选票")))));
		page("staff1", get("/matters/" + lift)).andExpect(status().isOk())
			.andExpect(content().string(containsString("代为登记选票")));
		page("resident2", get("/matters/" + lift)).andExpect(status().isNotFound());
	}

	@Test
	void theClosedLampsMatterShowsTheWholeJourneyAndItsConvention() throws Exception {
		UUID lamps = demoMatter("310107005001001");
		page("council1", get("/matters/" + lamps)).andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("已办结"), containsString("曹杨电器批发部"), containsString("通过"),
					containsString("/conventions/310107005001001\""))));
		page("resident1", get("/conventions/310107005001001")).andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("楼道照明"), containsString("第 1 版"))));
		page("resident1", get("/matters")).andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("楼道路灯"), containsString("1号楼加装电梯"))));
		page("staff1", get("/matters/map")).andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("matter-map"), containsString("周昌义"))));
		page("supervisor1", get("/matters/" + lamps + "/ballots")).andExpect(status().isOk())
			.andExpect(content().string(containsString("李秀英")));
	}

	@Test
	void aRefusedActionReturnsToItsSectionWithTheReason() throws Exception {
		UUID lift = demoMatter("310107005001001001");
		page("staff1", post("/matters/" + lift + "/start-work").with(csrf()))
			.andExpect(redirectedUrl("/matters/" + lift + "#execute"))
			.andExpect(flash().attribute("error", containsString("不允许")));
		page("resident1", post("/matters/" + lift + "/ballot").param("choice", "MAYBE").with(csrf()))
			.andExpect(flash().attribute("error", containsString("选择")));
	}

	private UUID demoMatter(String scopeCode) {
		return this.jdbc
			.sql("select id from deliberation.matter where scope_code = :scope and raised_by = 'resident1'"
					+ " order by raised_at limit 1")
			.param("scope", scopeCode)
			.query(UUID.class)
			.single();
	}

	private ResultActions page(String login, MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request.with(user(this.users.loadUserByUsername(login))));
	}

}

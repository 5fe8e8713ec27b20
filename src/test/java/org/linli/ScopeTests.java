package org.linli;

import org.junit.jupiter.api.Test;
import org.linli.resident.HouseholdRegistry;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Each role sees exactly its scope, through the API and through the pages alike: another
 * community's records are as unknown as records that do not exist.
 */
@LinliTest
class ScopeTests {

	static final String COMMUNITY_A = "310107005001";

	static final String COMMUNITY_B = "310107005002";

	@Autowired
	MockMvc mvc;

	@Autowired
	HouseholdRegistry households;

	@Autowired
	UserDetailsService users;

	@Test
	void staffSeeTheirOwnCommunityThroughApiAndPages() throws Exception {
		api("staff1", get("/api/v1/areas/" + COMMUNITY_A)).andExpect(status().isOk());
		api("staff1", get("/api/v1/households/" + householdIn(COMMUNITY_A))).andExpect(status().isOk());
		page("staff1", get("/areas/" + COMMUNITY_A)).andExpect(status().isOk())
			.andExpect(content().string(containsString("曹杨一村")));
		page("staff1", get("/households/" + householdIn(COMMUNITY_A))).andExpect(status().isOk());
	}

	@Test
	void staffOfOneCommunityGetNotFoundForAnotherCommunitysRecordsThroughTheApi() throws Exception {
		api("staff1", get("/api/v1/areas/" + COMMUNITY_B)).andExpect(status().isNotFound());
		api("staff1", get("/api/v1/areas/" + COMMUNITY_B + "001")).andExpect(status().isNotFound());
		api("staff1", get("/api/v1/households/" + householdIn(COMMUNITY_B))).andExpect(status().isNotFound());
		api("staff1", get("/api/v1/households").param("areaCode", COMMUNITY_B)).andExpect(status().isNotFound());
		api("staff2", get("/api/v1/households/" + householdIn(COMMUNITY_A))).andExpect(status().isNotFound());
	}

	@Test
	void staffOfOneCommunityGetNotFoundForAnotherCommunitysRecordsOnThePages() throws Exception {
		page("staff1", get("/areas/" + COMMUNITY_B)).andExpect(status().isNotFound())
			.andExpect(content().string(not(containsString("曹杨二村"))));
		page("staff1", get("/households/" + householdIn(COMMUNITY_B))).andExpect(status().isNotFound());
		page("staff1", get("/households").param("area", COMMUNITY_B)).andExpect(status().isNotFound());
		page("staff1", get("/areas/" + COMMUNITY_B + "/grids.geojson")).andExpect(status().isNotFound());
	}

	@Test
	void theStreetListsOnlyTheCommunitiesInTheCallersScope() throws Exception {
		api("staff1", get("/api/v1/areas/310107005")).andExpect(status().isOk())
			.andExpect(jsonPath("$.children.length()").value(1))
			.andExpect(jsonPath("$.children[0].code").value(COMMUNITY_A));
		api("dispatcher", get("/api/v1/areas/310107005")).andExpect(status().isOk())
			.andExpect(jsonPath("$.children.length()").value(20));
	}

	@Test
	void gridWorkersSeeTheirCommunityButNotTheNext() throws Exception {
		api("worker1", get("/api/v1/households/" + householdIn(COMMUNITY_A))).andExpect(status().isOk());
		api("worker1", get("/api/v1/households/" + householdIn(COMMUNITY_B))).andExpect(status().isNotFound());
		api("worker2", get("/api/v1/households/" + householdIn(COMMUNITY_B))).andExpect(status().isOk());
	}

	@Test
	void theStreetDispatcherAndLeaderSeeEveryCommunityOfTheStreet() throws Exception {
		for (String login : new String[] { "dispatcher", "leader" }) {
			api(login, get("/api/v1/households/" + householdIn(COMMUNITY_A))).andExpect(status().isOk());
			api(login, get("/api/v1/households/" + householdIn(COMMUNITY_B))).andExpect(status().isOk());
		}
	}

	@Test
	void departmentHandlersSeeNoHouseholds() throws Exception {
		api("dept-cg", get("/api/v1/households/" + householdIn(COMMUNITY_A))).andExpect(status().isNotFound());
		page("dept-cg", get("/households/" + householdIn(COMMUNITY_A))).andExpect(status().isNotFound());
	}

	@Test
	void residentsSeeOnlyTheirOwnHousehold() throws Exception {
		long own = this.households.householdOf("resident1").orElseThrow().id();
		api("resident1", get("/api/v1/households/" + own)).andExpect(status().isOk());
		api("resident1", get("/api/v1/households/" + householdIn(COMMUNITY_B))).andExpect(status().isNotFound());
		api("resident2", get("/api/v1/households/" + own)).andExpect(status().isNotFound());
	}

	@Test
	void meReportsTheScopeEveryModuleChecks() throws Exception {
		api("dept-pcs", get("/api/v1/me")).andExpect(jsonPath("$.departmentCode").value("PCS"))
			.andExpect(jsonPath("$.roles[0]").value("DEPARTMENT_HANDLER"));
		api("worker2", get("/api/v1/me")).andExpect(jsonPath("$.areaCodes[0]").value(COMMUNITY_B));
	}

	private long householdIn(String community) {
		return this.households.householdsUnder(community).get(0).id();
	}

	private ResultActions api(String login, MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request.with(DemoLogins.as(this.mvc, login)));
	}

	private ResultActions page(String login, MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request.with(user(this.users.loadUserByUsername(login))));
	}

}

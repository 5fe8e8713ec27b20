package org.linli.cases;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.linli.DemoLogins;
import org.linli.LinliTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The default department of a dispatch comes from the category and the area: the most
 * specific area route, else the category's default.
 */
@LinliTest
class CaseRoutingTests {

	/** 道路不洁, by default LH; no other test dispatches it. */
	private static final String CATEGORY = "06012";

	private static final String ROUTES = "/api/v1/categories/matter/" + CATEGORY + "/routes/";

	@Autowired
	MockMvc mvc;

	@AfterEach
	void removeRoutes() throws Exception {
		for (String area : new String[] { "310107005", "310107005001" }) {
			this.mvc.perform(delete(ROUTES + area).with(DemoLogins.as(this.mvc, "admin")));
		}
	}

	@Test
	void dispatchWithoutADepartmentFollowsTheLongestAreaRouteThenTheCategoryDefault() throws Exception {
		route("310107005", "FG").andExpect(status().isOk());
		route("310107005001", "PCS").andExpect(status().isOk()).andExpect(jsonPath("$.departmentCode").value("PCS"));

		assertThat(dispatchedDepartment()).isEqualTo("PCS");
		this.mvc.perform(delete(ROUTES + "310107005001").with(DemoLogins.as(this.mvc, "admin")))
			.andExpect(status().isNoContent());
		assertThat(dispatchedDepartment()).isEqualTo("FG");
		this.mvc.perform(delete(ROUTES + "310107005").with(DemoLogins.as(this.mvc, "admin")))
			.andExpect(status().isNoContent());
		assertThat(dispatchedDepartment()).isEqualTo("LH");
	}

	@Test
	void aDispatcherStillChoosesAnotherDepartmentOverTheRoute() throws Exception {
		route("310107005001", "PCS").andExpect(status().isOk());
		CaseApi api = new CaseApi(this.mvc);
		String id = api.reported("resident1", CATEGORY);
		api.ok("dispatcher", id, "accept", "{\"tier\":\"MAJOR\",\"categoryCode\":\"" + CATEGORY + "\"}");
		api.ok("dispatcher", id, "dispatch", "{\"departmentCode\":\"CG\"}");
		assertThat(api.<String>field("dispatcher", id, "$.orders[0].departmentCode")).isEqualTo("CG");
	}

	@Test
	void aRouteToAnUnknownAreaOrInactiveDepartmentIsRefusedAndChangesNothing() throws Exception {
		route("310107999", "NOPE").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[?(@.field == 'areaCode')]").exists())
			.andExpect(jsonPath("$.errors[?(@.field == 'departmentCode')]").exists());
		this.mvc.perform(get(ROUTES.substring(0, ROUTES.length() - 1)).with(DemoLogins.as(this.mvc, "dispatcher")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(0));
	}

	@Test
	void onlyAnAdministratorRoutesAndRemovingAMissingRouteIsNotFound() throws Exception {
		this.mvc
			.perform(put(ROUTES + "310107005").with(DemoLogins.as(this.mvc, "dispatcher"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"departmentCode\":\"FG\"}"))
			.andExpect(status().isForbidden());
		this.mvc.perform(delete(ROUTES + "310107005").with(DemoLogins.as(this.mvc, "admin")))
			.andExpect(status().isNotFound());
	}

	private ResultActions route(String area, String department) throws Exception {
		return this.mvc.perform(put(ROUTES + area).with(DemoLogins.as(this.mvc, "admin"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"departmentCode\":\"" + department + "\"}"));
	}

	private String dispatchedDepartment() throws Exception {
		CaseApi api = new CaseApi(this.mvc);
		String id = api.reported("resident1", CATEGORY);
		api.ok("dispatcher", id, "accept", "{\"tier\":\"MAJOR\",\"categoryCode\":\"" + CATEGORY + "\"}");
		api.ok("dispatcher", id, "dispatch", "{}");
		return api.field("dispatcher", id, "$.orders[0].departmentCode");
	}

}

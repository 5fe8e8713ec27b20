package org.linli.cases.web;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.linli.DemoLogins;
import org.linli.LinliTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@LinliTest
class CasePagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Test
	void aResidentReportsWithoutAnAccountAndLandsOnThePrivateTrackingPage() throws Exception {
		this.mvc.perform(get("/report"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("垃圾没人清运"), containsString("name=\"submissionKey\""),
					containsString("data-home=\"310107005\""))));
		String location = this.mvc
			.perform(post("/report").param("lat", "31.2452")
				.param("lon", "121.3934")
				.param("residentCategory", "exposed-rubbish")
				.param("description", "楼下垃圾堆了两天")
				.param("submissionKey", "page-test-0001")
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/track/*?reported"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		this.mvc.perform(get(location))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("已收到"), containsString("我们已收到您反映的问题"))));
		this.mvc
			.perform(post("/report").param("lat", "31.2452")
				.param("lon", "121.3934")
				.param("residentCategory", "exposed-rubbish")
				.param("description", "楼下垃圾堆了两天")
				.param("submissionKey", "page-test-0001")
				.with(csrf()))
			.andExpect(header().string("Location", location));
	}

	@Test
	void aBadReportShowsEachProblemNextToItsFieldAndStoresNothing() throws Exception {
		this.mvc.perform(post("/report").param("lat", "99").param("description", "").with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(allOf(containsString("id=\"lat-error\""), containsString("id=\"lon-error\""),
					containsString("id=\"description-error\""), containsString("提交未成功"))));
	}

	@Test
	void theCasePageOffersOnlyTheActionsTheViewerMayTakeNow() throws Exception {
		String id = reported();
		page("dispatcher", get("/cases/" + id)).andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("/do/accept"), containsString("/do/reject"),
					not(containsString("/do/sign")), not(containsString("/do/verify")))));
		page("dept-lh", get("/cases/" + id)).andExpect(status().isNotFound());
		page("dispatcher",
				post("/cases/" + id + "/do/accept").param("tier", "MAJOR").param("categoryCode", "99999").with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"categoryCode-error\"")));
		page("dispatcher",
				post("/cases/" + id + "/do/accept").param("tier", "MAJOR")
					.param("categoryCode", "06010 暴露垃圾")
					.header("HX-Request", "true")
					.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("已受理。"), containsString("/do/dispatch"), not(containsString("<html")))));
		page("dispatcher",
				post("/cases/" + id + "/do/accept").param("tier", "MAJOR").param("categoryCode", "06010").with(csrf()))
			.andExpect(status().isConflict());
	}

	@Test
	void eachRoleHasItsQueue() throws Exception {
		String id = reported();
		page("dispatcher", get("/console")).andExpect(status().isOk()).andExpect(content().string(containsString(id)));
		page("staff1", get("/community")).andExpect(status().isOk()).andExpect(content().string(containsString(id)));
		page("worker1", get("/worker")).andExpect(status().isOk());
		page("dept-lh", get("/department")).andExpect(status().isOk());
		page("resident1", get("/my/cases")).andExpect(status().isOk());
		page("resident1", get("/console")).andExpect(status().isForbidden());
		page("worker1", get("/cases/markers.json")).andExpect(status().isOk());
	}

	@Test
	void theConsoleRegistersAndDispatchesInOneFormOrChangesNothing() throws Exception {
		String id = reported();
		page("dispatcher",
				post("/console/" + id + "/register").param("tier", "MAJOR")
					.param("categoryCode", "99999")
					.header("HX-Request", "true")
					.with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("99999")));
		page("dispatcher", get("/cases/" + id)).andExpect(content().string(containsString("/do/accept")));
		page("dispatcher",
				post("/console/" + id + "/register").param("tier", "MAJOR")
					.param("categoryCode", "06010 暴露垃圾")
					.header("HX-Request", "true")
					.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("绿化市容")));
	}

	private String reported() throws Exception {
		String body = this.mvc.perform(post("/api/v1/cases").with(DemoLogins.as(this.mvc, "resident1"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(
					"""
							{"channel":"WEB","description":"page test","lat":31.2440,"lon":121.3935,"address":"Lane 9","categoryCode":"06010"}"""))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JsonPath.read(body, "$.id");
	}

	private ResultActions page(String login, MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request.with(user(this.users.loadUserByUsername(login))));
	}

}

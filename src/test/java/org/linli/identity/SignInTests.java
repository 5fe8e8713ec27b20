package org.linli.identity;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.linli.DemoLogins;
import org.linli.LinliTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@LinliTest
class SignInTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Test
	void demoStaffGetsATokenAndSeesTheirScope() throws Exception {
		String token = token("staff1", "linli-demo");
		this.mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.username").value("staff1"))
			.andExpect(jsonPath("$.roles[0]").value("COMMUNITY_STAFF"))
			.andExpect(jsonPath("$.areaCodes[0]").value("310107005001"));
	}

	@Test
	void tokenResponseSaysBearerAndWhenItExpires() throws Exception {
		tokenRequest("dept-cg", "linli-demo").andExpect(status().isOk())
			.andExpect(jsonPath("$.tokenType").value("Bearer"))
			.andExpect(jsonPath("$.expiresIn").value(org.hamcrest.Matchers.greaterThan(3600)));
	}

	@Test
	void wrongPasswordIsRefusedWithAChineseProblemByDefault() throws Exception {
		tokenRequest("staff1", "wrong-password").andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value("用户名或密码错误。"));
	}

	@Test
	void unknownUserIsRefusedExactlyLikeAWrongPasswordInEnglishOnRequest() throws Exception {
		this.mvc
			.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
				.header("Accept-Language", "en")
				.content("{\"username\":\"nobody\",\"password\":\"whatever1\"}"))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.detail").value("Wrong username or password."));
	}

	@Test
	void blankCredentialsAreInvalidInputNamingEachField() throws Exception {
		this.mvc
			.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON).content("{\"username\":\"\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.length()").value(2));
	}

	@Test
	void fiveWrongPasswordsLockTheAccountEvenForTheRightPassword() throws Exception {
		this.accounts.register(
				new NewAccount("lock-test", "Lock Test", "right-password", Set.of(Role.RESIDENT), List.of(), null));
		for (int attempt = 0; attempt < 5; attempt++) {
			tokenRequest("lock-test", "wrong-password").andExpect(status().isUnauthorized());
		}
		tokenRequest("lock-test", "right-password").andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.code").value("error.login.locked"));
	}

	@Test
	void everyFailedLoginIsAudited() throws Exception {
		tokenRequest("dept-fg", "not-the-password").andExpect(status().isUnauthorized());
		this.mvc
			.perform(get("/api/v1/audit").param("targetType", "account")
				.param("targetId", "dept-fg")
				.with(DemoLogins.as(this.mvc, "admin")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[0].action").value("LOGIN_FAILED"))
			.andExpect(jsonPath("$.items[0].actor").value("dept-fg"));
	}

	@Test
	void apiWithoutTokenIsUnauthorizedProblem() throws Exception {
		this.mvc.perform(get("/api/v1/me"))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string("WWW-Authenticate", containsString("Bearer")))
			.andExpect(jsonPath("$.code").value("error.unauthenticated"));
	}

	@Test
	void tamperedTokenIsUnauthorized() throws Exception {
		String token = token("staff1", "linli-demo");
		String tampered = token.substring(0, token.length() - 4) + "AAAA";
		this.mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + tampered))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void pageLoginWithWrongPasswordReturnsToTheLoginPageWithAnError() throws Exception {
		this.mvc.perform(post("/login").param("username", "staff2").param("password", "nope-nope").with(csrf()))
			.andExpect(redirectedUrl("/login?error"));
	}

	@Test
	void pageLoginWithTheRightPasswordOpensTheWorkbench() throws Exception {
		this.mvc.perform(post("/login").param("username", "leader").param("password", "linli-demo").with(csrf()))
			.andExpect(redirectedUrl("/home"));
	}

	@Test
	void pagesNeedASignIn() throws Exception {
		this.mvc.perform(get("/home")).andExpect(status().is3xxRedirection());
	}

	private String token(String username, String password) throws Exception {
		MvcResult result = tokenRequest(username, password).andExpect(status().isOk()).andReturn();
		return com.jayway.jsonpath.JsonPath.read(result.getResponse().getContentAsString(), "$.accessToken");
	}

	private org.springframework.test.web.servlet.ResultActions tokenRequest(String username, String password)
			throws Exception {
		return this.mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}"));
	}

}

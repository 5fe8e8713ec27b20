package org.linli.admin;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.linli.DemoLogins;
import org.linli.LinliTest;
import org.linli.identity.Accounts;
import org.linli.identity.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@LinliTest
class UserPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	Accounts accounts;

	@Test
	void anAdministratorSeesEveryAccountWithRolesAreasDepartmentAndStatus() throws Exception {
		page("admin", get("/admin/users")).andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<code>dept-cg</code>"), containsString("城管执法"),
					containsString("曹杨新村街道 310107005"), containsString("曹杨一村 310107005001"), containsString("街道派单员"),
					containsString("当前登录"), containsString("id=\"new-account\""))));
		page("admin", get("/admin/users").param("q", "网格员")).andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("worker1"), not(containsString("<code>staff1</code>")))));
	}

	@Test
	void aNewAccountIsCreatedAuditedAndSignsIn() throws Exception {
		String username = fresh("worker");
		create(username, "钱伟（网格员）", "a-good-password", "GRID_WORKER", "310107005003", "")
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/admin/users"))
			.andExpect(flash().attribute("notice", "已创建账户 " + username + "（钱伟（网格员））。"));

		assertThat(this.accounts.scopeOf(username)).get()
			.satisfies((scope) -> assertThat(scope.roles()).containsExactly(Role.GRID_WORKER))
			.satisfies((scope) -> assertThat(scope.areaCodes()).containsExactly("310107005003"));
		token(username, "a-good-password").andExpect(status().isOk());
		audit(username).andExpect(jsonPath("$.items[?(@.action == 'ACCOUNT_CREATED')].actor", contains("admin")));
	}

	@Test
	void aBadAccountShowsEveryProblemNextToItsFieldAndSavesNothing() throws Exception {
		create("Bad Name", " ", "short", "WIZARD", "310107999 12ab", "CG").andExpect(status().isBadRequest())
			.andExpect(content().string(allOf(containsString("账户未创建"),
					matchesPattern("(?s).*id=\"username-error\">\\s*<p>用户名须为.*"),
					matchesPattern("(?s).*id=\"displayName-error\">\\s*<p>姓名不能为空.*"),
					matchesPattern("(?s).*id=\"password-error\">\\s*<p>密码至少 8 位.*"), containsString("无法识别的角色：WIZARD"),
					not(containsString("账户至少要有一个角色")), containsString("区域编码“12ab”无效"),
					containsString("区域 310107999 不存在"), containsString("只有职能部门的账户才属于某个部门"),
					matchesPattern("(?s).*id=\"username\"[^>]*aria-invalid=\"true\".*"),
					matchesPattern("(?s).*name=\"areaCodes\"[^>]*value=\"310107999 12ab\".*"),
					not(containsString("value=\"short\"")))));

		String rolledBack = fresh("area");
		create(rolledBack, "Only The Area Is Wrong", "a-good-password", "COMMUNITY_STAFF", "310107005099", "")
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("区域 310107005099 不存在")));
		assertThat(this.accounts.scopeOf(rolledBack)).isEmpty();

		create("leader", "Someone Else", "a-good-password", "LEADER", "310107005", "")
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("用户名 leader 已被使用")));
		create(fresh("dept"), "No Department", "a-good-password", "DEPARTMENT_HANDLER", "310107005", "")
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("职能部门的账户必须指明所属部门")));
	}

	@Test
	void anAccountIsDisabledAndEnabledInPlaceAndCannotSignInMeanwhile() throws Exception {
		String username = fresh("resident");
		create(username, "Test Resident", "a-good-password", "RESIDENT", "", "").andExpect(status().is3xxRedirection());

		page("admin", post("/admin/users/" + username + "/disable").header("HX-Request", "true").with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(matchesPattern("(?s)\\s*<tr id=\"account-" + username + "\">.*"),
					containsString("已停用"), containsString("/admin/users/" + username + "/enable"),
					matchesPattern("(?s).*<p id=\"notice\" class=\"alert\" role=\"status\" hx-swap-oob=\"true\">已停用账户 "
							+ username + "。</p>.*"))));
		token(username, "a-good-password").andExpect(status().isUnauthorized());

		page("admin", post("/admin/users/" + username + "/enable").with(csrf())).andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("notice", "已启用账户 " + username + "。"));
		token(username, "a-good-password").andExpect(status().isOk());
		audit(username).andExpect(jsonPath("$.items[?(@.actor == 'admin')].action",
				contains("ACCOUNT_ENABLED", "ACCOUNT_DISABLED", "ACCOUNT_CREATED")));
	}

	@Test
	void onlyAnAdministratorManagesAccountsAndNotTheirOwn() throws Exception {
		page("leader", get("/admin/users")).andExpect(status().isForbidden());
		page("leader", post("/admin/users/worker1/disable").with(csrf())).andExpect(status().isForbidden());
		create("staff1", fresh("x"), "Via Staff", "a-good-password", "RESIDENT", "", "")
			.andExpect(status().isForbidden());
		page("admin", post("/admin/users/admin/disable").with(csrf())).andExpect(status().isConflict())
			.andExpect(content().string(containsString("不能停用自己正在使用的账户")));
		page("admin", post("/admin/users/nobody-here/enable").with(csrf())).andExpect(status().isNotFound());
		page("admin", post("/admin/users").with(csrf())).andExpect(status().isBadRequest());
		assertThat(this.accounts.scopeOf("worker1")).isPresent();
		token("worker1", DemoLogins.PASSWORD).andExpect(status().isOk());
	}

	private ResultActions create(String username, String displayName, String password, String role, String areas,
			String department) throws Exception {
		return create("admin", username, displayName, password, role, areas, department);
	}

	private ResultActions create(String login, String username, String displayName, String password, String role,
			String areas, String department) throws Exception {
		return page(login,
				post("/admin/users").param("username", username)
					.param("displayName", displayName)
					.param("password", password)
					.param("roles", role)
					.param("areaCodes", areas)
					.param("departmentCode", department)
					.with(csrf()));
	}

	private ResultActions token(String username, String password) throws Exception {
		return this.mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}"));
	}

	private ResultActions audit(String username) throws Exception {
		return this.mvc.perform(get("/api/v1/audit").param("targetType", "account")
			.param("targetId", username)
			.with(DemoLogins.as(this.mvc, "admin")));
	}

	private ResultActions page(String login, MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request.with(user(this.users.loadUserByUsername(login))));
	}

	private static String fresh(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

}

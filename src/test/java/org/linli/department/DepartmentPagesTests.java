package org.linli.department;

import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.linli.DemoLogins;
import org.linli.LinliTest;

import org.springframework.beans.factory.annotation.Autowired;
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
class DepartmentPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	Departments departments;

	@Test
	void anAdministratorListsTheDepartmentsInTheirLanguage() throws Exception {
		page("admin", get("/admin/departments")).andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<code>CG</code>"), containsString("城管执法"),
					containsString("City Management Enforcement"), containsString("街道派驻机构"),
					containsString("href=\"/admin/departments/CG\""), containsString("id=\"add-department\""))));
		page("admin", get("/admin/departments").param("lang", "en")).andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("Unit stationed in the street"), containsString(">Deactivate<"))));
	}

	@Test
	void aDepartmentIsAddedRenamedDeactivatedAndReactivatedAndEachChangeIsAudited() throws Exception {
		String code = fresh();
		add(code.toLowerCase(), "测试科", "Test Section", "STREET_OFFICE").andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/admin/departments"))
			.andExpect(flash().attribute("notice", "已新增部门 " + code + "（测试科）。"));
		assertThat(this.departments.find(code)).get()
			.extracting(Department::name, Department::kind, Department::active)
			.containsExactly("测试科", DepartmentKind.STREET_OFFICE, true);

		page("admin", get("/admin/departments/" + code)).andExpect(status().isOk())
			.andExpect(content().string(matchesPattern("(?s).*id=\"nameEn\"[^>]*value=\"Test Section\".*")));
		page("admin",
				post("/admin/departments/" + code).param("name", "测试二科").param("nameEn", "Second Section").with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(this.departments.find(code)).get().extracting(Department::nameEn).isEqualTo("Second Section");

		page("admin", post("/admin/departments/" + code + "/deactivate").header("HX-Request", "true").with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(matchesPattern("(?s)\\s*<tr id=\"department-" + code + "\">.*"),
					containsString("已停用"), containsString("/admin/departments/" + code + "/reactivate"),
					containsString("hx-swap-oob=\"true\">已停用部门 " + code + "（测试二科）。</p>"))));
		assertThat(this.departments.isActive(code)).isFalse();
		page("admin", post("/admin/departments/" + code + "/reactivate").with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(this.departments.isActive(code)).isTrue();

		this.mvc
			.perform(get("/api/v1/audit").param("targetType", "department")
				.param("targetId", code)
				.with(DemoLogins.as(this.mvc, "admin")))
			.andExpect(jsonPath("$.items[*].action",
					contains("DEPARTMENT_REACTIVATED", "DEPARTMENT_DEACTIVATED", "DEPARTMENT_RENAMED",
							"DEPARTMENT_REGISTERED")))
			.andExpect(jsonPath("$.items[0].actor").value("admin"));
	}

	@Test
	void aBadDepartmentShowsEachProblemNextToItsFieldAndSavesNothing() throws Exception {
		add("9x", " ", "x".repeat(101), "GADGET").andExpect(status().isBadRequest())
			.andExpect(content()
				.string(allOf(containsString("未保存，请按提示修改"), matchesPattern("(?s).*id=\"code-error\">\\s*<p>部门代码须为.*"),
						matchesPattern("(?s).*id=\"name-error\">\\s*<p>请填写名称</p>.*"),
						matchesPattern("(?s).*id=\"nameEn-error\">\\s*<p>名称不能超过 100 个字</p>.*"),
						matchesPattern("(?s).*id=\"kind-error\">\\s*<p>无法识别的部门类型：GADGET</p>.*"),
						not(containsString("请选择部门类型")), matchesPattern("(?s).*id=\"code\"[^>]*value=\"9x\".*"))));
		assertThat(this.departments.exists("9X")).isFalse();

		add("CG", "重复", "Duplicate", "STREET_UNIT").andExpect(status().isBadRequest())
			.andExpect(content().string(matchesPattern("(?s).*id=\"code-error\">\\s*<p>部门代码 CG 已被使用</p>.*")));
		assertThat(this.departments.find("CG")).get().extracting(Department::name).isEqualTo("城管执法");

		page("admin", post("/admin/departments/CG").param("name", "").param("nameEn", "City").with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(matchesPattern("(?s).*id=\"name-error\">\\s*<p>请填写名称</p>.*")));
		assertThat(this.departments.find("CG")).get()
			.extracting(Department::nameEn)
			.isEqualTo("City Management Enforcement");
		page("admin", get("/admin/departments/NOPE")).andExpect(status().isNotFound());
	}

	@Test
	void onlyAnAdministratorSeesOrChangesDepartments() throws Exception {
		page("leader", get("/admin/departments")).andExpect(status().isForbidden());
		page("dept-cg", post("/admin/departments/CG/deactivate").with(csrf())).andExpect(status().isForbidden());
		assertThat(this.departments.isActive("CG")).isTrue();
	}

	private ResultActions add(String code, String name, String nameEn, String kind) throws Exception {
		return page("admin",
				post("/admin/departments").param("code", code)
					.param("name", name)
					.param("nameEn", nameEn)
					.param("kind", kind)
					.with(csrf()));
	}

	private ResultActions page(String login, MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request.with(user(this.users.loadUserByUsername(login))));
	}

	private static String fresh() {
		return "T" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
	}

}

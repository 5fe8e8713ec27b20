package org.linli.catalogue;

import org.junit.jupiter.api.Test;
import org.linli.DemoLogins;
import org.linli.LinliTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.hamcrest.Matchers.contains;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every change of a category's defaults or routes is in the audit log with who made it; a
 * refused change is not.
 */
@LinliTest
class CategoryAuditTests {

	/** 台阶破损: a category no other test relies on. */
	private static final String CODE = "06049";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	Catalogue catalogue;

	@Test
	void changesOfDefaultsAndRoutesAreAuditedWithTheirAdministrator() throws Exception {
		Category before = this.catalogue.find(CategoryKind.MATTER, CODE).orElseThrow();
		String page = "/admin/categories/matter/" + CODE;
		String department = (before.defaultDepartmentCode() != null) ? before.defaultDepartmentCode() : "";
		admin(post(page).param("tier", "MAJOR")
			.param("departmentCode", "")
			.param("amount", "0")
			.param("unit", "WORKING_DAYS")).andExpect(status().isBadRequest());
		admin(post(page).param("tier", before.defaultTier().name())
			.param("departmentCode", department)
			.param("amount", String.valueOf(before.timeLimit().amount() + 1))
			.param("unit", before.timeLimit().unit().name())).andExpect(status().is3xxRedirection());
		admin(post(page).param("tier", before.defaultTier().name())
			.param("departmentCode", department)
			.param("amount", String.valueOf(before.timeLimit().amount()))
			.param("unit", before.timeLimit().unit().name())).andExpect(status().is3xxRedirection());
		admin(post(page + "/routes").param("areaCode", "310107005002").param("departmentCode", "FG"))
			.andExpect(status().is3xxRedirection());
		admin(post(page + "/routes/310107005002/delete")).andExpect(status().is3xxRedirection());

		this.mvc
			.perform(get("/api/v1/audit").param("targetType", "category")
				.param("targetId", "matter/" + CODE)
				.with(DemoLogins.as(this.mvc, "admin")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].action",
					contains("CATEGORY_UNROUTED", "CATEGORY_ROUTED", "CATEGORY_DEFAULTS_CHANGED",
							"CATEGORY_DEFAULTS_CHANGED")))
			.andExpect(jsonPath("$.items[1].detail.department").value("FG"))
			.andExpect(jsonPath("$.items[3].actor").value("admin"));
	}

	private ResultActions admin(MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request.with(csrf()).with(user(this.users.loadUserByUsername("admin"))));
	}

}

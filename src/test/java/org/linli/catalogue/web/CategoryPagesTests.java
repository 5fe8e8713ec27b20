package org.linli.catalogue.web;

import org.junit.jupiter.api.Test;
import org.linli.LinliTest;
import org.linli.calendar.TimeLimit;
import org.linli.catalogue.Catalogue;
import org.linli.catalogue.Category;
import org.linli.catalogue.CategoryKind;
import org.linli.catalogue.Tier;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
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
class CategoryPagesTests {

	/** 遮阳篷（棚、伞）破损: a category no other test relies on. */
	private static final String CODE = "06043";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	Catalogue catalogue;

	@Test
	void anAdministratorListsCategoriesWithTheirDefaultsInTheirLanguage() throws Exception {
		page("admin", get("/admin/categories").param("kind", "MATTER").param("q", "暴露垃圾")).andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("共 1 个类别"), containsString("06010"),
					containsString("暴露垃圾"), containsString("市容环境类"), containsString("大事"), containsString("绿化市容"),
					containsString("1 个工作日"), containsString("href=\"/admin/categories/matter/06010\""))));
		page("admin", get("/admin/categories").param("q", "06010").param("lang", "en")).andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Major affair"), containsString("1 working day<"),
					containsString("Greening and City Appearance"))));
	}

	@Test
	void anUnknownKindInTheFilterIsShownNextToIt() throws Exception {
		page("admin", get("/admin/categories").param("kind", "gadget")).andExpect(status().isBadRequest())
			.andExpect(
					content().string(allOf(containsString("无法识别的类别种类：gadget"), containsString("id=\"kind-error\""))));
	}

	@Test
	void anAdministratorSeesTheEditFormFilledWithTheCurrentDefaults() throws Exception {
		page("admin", get("/admin/categories/matter/" + CODE)).andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("遮阳篷（棚、伞）破损"),
					matchesPattern("(?s).*<option value=\"CG\"\\s+selected=\"selected\">.*"),
					matchesPattern("(?s).*name=\"amount\"[^>]*value=\"3\".*"),
					matchesPattern("(?s).*<option value=\"WORKING_DAYS\"\\s+selected=\"selected\">.*"),
					not(containsString("field-error")))));
	}

	@Test
	void onlyAnAdministratorSeesOrChangesCategories() throws Exception {
		Category before = this.catalogue.find(CategoryKind.MATTER, CODE).orElseThrow();
		page("staff1", get("/admin/categories")).andExpect(status().isForbidden());
		page("staff1", get("/admin/categories/matter/" + CODE)).andExpect(status().isForbidden());
		edit("staff1", "PRIVATE", "", "9", "WORKING_DAYS").andExpect(status().isForbidden());
		assertThat(this.catalogue.find(CategoryKind.MATTER, CODE)).contains(before);
	}

	@Test
	void anUnknownCategoryIsNotFound() throws Exception {
		page("admin", get("/admin/categories/matter/99999")).andExpect(status().isNotFound())
			.andExpect(content().string(containsString("找不到类别：99999")));
		page("admin", get("/admin/categories/gadget/" + CODE)).andExpect(status().isNotFound());
		page("admin", post("/admin/categories/gadget/" + CODE).param("tier", "MAJOR").with(csrf()))
			.andExpect(status().isNotFound());
	}

	@Test
	void anEditPersistsAndReturnsToTheListWithANotice() throws Exception {
		Category before = this.catalogue.find(CategoryKind.MATTER, CODE).orElseThrow();
		try {
			edit("admin", "COMMUNITY", "ZZB", "6", "WORKING_HOURS").andExpect(status().is3xxRedirection())
				.andExpect(redirectedUrl("/admin/categories?kind=MATTER&q=" + CODE))
				.andExpect(flash().attribute("changedCode", CODE));
			assertThat(this.catalogue.find(CategoryKind.MATTER, CODE)).get()
				.extracting(Category::defaultTier, Category::defaultDepartmentCode, Category::timeLimit)
				.containsExactly(Tier.COMMUNITY, "ZZB", TimeLimit.workingHours(6));

			edit("admin", "PRIVATE", "", "2", "WORKING_DAYS").andExpect(status().is3xxRedirection());
			assertThat(this.catalogue.find(CategoryKind.MATTER, CODE)).get()
				.extracting(Category::defaultTier, Category::defaultDepartmentCode)
				.containsExactly(Tier.PRIVATE, null);
		}
		finally {
			restore(before);
		}
	}

	@Test
	void aBadEditShowsEachProblemNextToItsFieldAndChangesNothing() throws Exception {
		Category before = this.catalogue.find(CategoryKind.MATTER, CODE).orElseThrow();
		try {
			edit("admin", "COMMUNITY", "XYZ", "0", "WORKING_DAYS").andExpect(status().isBadRequest())
				.andExpect(content().string(allOf(containsString("类别默认设置有误"),
						matchesPattern("(?s).*id=\"departmentCode\"[^>]*aria-invalid=\"true\".*"),
						matchesPattern("(?s).*id=\"amount\"[^>]*aria-invalid=\"true\".*"),
						matchesPattern("(?s).*id=\"departmentCode-error\">\\s*<p>职能部门 XYZ 不存在或已停用</p>.*"),
						matchesPattern("(?s).*id=\"amount-error\">\\s*<p>时限须为正整数</p>.*"),
						matchesPattern("(?s).*<option value=\"COMMUNITY\"\\s+selected=\"selected\">.*"),
						not(matchesPattern("(?s).*id=\"tier\"[^>]*aria-invalid.*")))));
			assertThat(this.catalogue.find(CategoryKind.MATTER, CODE)).contains(before);

			edit("admin", "HUGE", "", "many", "WEEKS").andExpect(status().isBadRequest())
				.andExpect(content().string(allOf(containsString("id=\"tier-error\""),
						containsString("id=\"amount-error\""), containsString("无法识别的时限单位：WEEKS"),
						matchesPattern("(?s).*name=\"amount\"[^>]*value=\"many\".*"))));
			edit("admin", "MAJOR", "", "251", "WORKING_DAYS").andExpect(status().isBadRequest())
				.andExpect(content().string(containsString("时限不能超过 250 个工作日")));
			assertThat(this.catalogue.find(CategoryKind.MATTER, CODE)).contains(before);
		}
		finally {
			restore(before);
		}
	}

	@Test
	void anAreaRouteIsAddedShownAndRemovedAndABadOneIsExplainedNextToItsField() throws Exception {
		String path = "/admin/categories/matter/" + CODE + "/routes";
		page("admin", post(path).param("areaCode", "310107999").param("departmentCode", "FG").with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(
					content().string(allOf(matchesPattern("(?s).*id=\"areaCode-error\">\\s*<p>区域 310107999 不存在</p>.*"),
							matchesPattern("(?s).*id=\"route-area\"[^>]*aria-invalid=\"true\".*"))));
		assertThat(this.catalogue.routesOf(CategoryKind.MATTER, CODE)).isEmpty();
		try {
			page("admin", post(path).param("areaCode", "310107005001").param("departmentCode", "FG").with(csrf()))
				.andExpect(status().is3xxRedirection())
				.andExpect(redirectedUrl("/admin/categories/matter/" + CODE));
			page("admin", get("/admin/categories/matter/" + CODE)).andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("310107005001"), containsString("房管"))));
		}
		finally {
			page("admin", post(path + "/310107005001/delete").with(csrf())).andExpect(status().is3xxRedirection());
		}
		assertThat(this.catalogue.routesOf(CategoryKind.MATTER, CODE)).isEmpty();
	}

	private ResultActions edit(String login, String tier, String department, String amount, String unit)
			throws Exception {
		return page(login,
				post("/admin/categories/matter/" + CODE).param("tier", tier)
					.param("departmentCode", department)
					.param("amount", amount)
					.param("unit", unit)
					.with(csrf()));
	}

	/** Puts the seeded defaults back whatever a failed assertion left behind. */
	private void restore(Category category) throws Exception {
		String department = (category.defaultDepartmentCode() != null) ? category.defaultDepartmentCode() : "";
		edit("admin", category.defaultTier().name(), department, String.valueOf(category.timeLimit().amount()),
				category.timeLimit().unit().name())
			.andExpect(status().is3xxRedirection());
	}

	private ResultActions page(String login, MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request.with(user(this.users.loadUserByUsername(login))));
	}

}

package org.linli.catalogue;

import org.junit.jupiter.api.Test;
import org.linli.DemoLogins;
import org.linli.LinliTest;
import org.linli.calendar.TimeLimit;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@LinliTest
class CategoryApiTests {

	/** 节庆装饰物破损: a category no other test relies on. */
	private static final String CODE = "06044";

	@Autowired
	MockMvc mvc;

	@Autowired
	Catalogue catalogue;

	@Test
	void anySignedInUserSearchesTheCatalogueByText() throws Exception {
		this.mvc.perform(as("worker1", get("/api/v1/categories").param("q", "暴露垃圾")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].code").value("06010"))
			.andExpect(jsonPath("$[0].kind").value("MATTER"))
			.andExpect(jsonPath("$[0].majorClass").value("市容环境类"))
			.andExpect(jsonPath("$[0].defaultTier").value("MAJOR"))
			.andExpect(jsonPath("$[0].defaultDepartmentCode").value("LH"))
			.andExpect(jsonPath("$[0].timeLimit.amount").value(1))
			.andExpect(jsonPath("$[0].timeLimit.unit").value("WORKING_DAYS"));
	}

	@Test
	void searchMatchesKeywordsAndCodePrefixesWithinAKind() throws Exception {
		this.mvc.perform(as("worker1", get("/api/v1/categories").param("q", "垃圾桶满溢")))
			.andExpect(jsonPath("$[*].code").value(hasItem("06042")));
		this.mvc.perform(as("worker1", get("/api/v1/categories").param("kind", "social").param("q", "1.")))
			.andExpect(jsonPath("$.length()").value(28))
			.andExpect(jsonPath("$[*].kind").value(everyItem(is("SOCIAL"))));
	}

	@Test
	void anUnknownKindInTheQueryIsAFieldError() throws Exception {
		this.mvc.perform(as("worker1", get("/api/v1/categories").param("kind", "gadget")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("kind"));
	}

	@Test
	void adminChangesTheDefaultsAndTheyPersist() throws Exception {
		Category before = this.catalogue.find(CategoryKind.MATTER, CODE).orElseThrow();
		try {
			change("admin", "matter", CODE, "COMMUNITY", "\"ZZB\"", 6, "WORKING_HOURS").andExpect(status().isOk())
				.andExpect(jsonPath("$.defaultTier").value("COMMUNITY"))
				.andExpect(jsonPath("$.defaultDepartmentCode").value("ZZB"));
			assertThat(this.catalogue.find(CategoryKind.MATTER, CODE)).get()
				.extracting(Category::defaultTier, Category::defaultDepartmentCode, Category::timeLimit)
				.containsExactly(Tier.COMMUNITY, "ZZB", TimeLimit.workingHours(6));
			change("admin", "MATTER", CODE, "private", "null", 2, "WORKING_DAYS").andExpect(status().isOk());
			assertThat(this.catalogue.find(CategoryKind.MATTER, CODE)).get()
				.extracting(Category::defaultTier, Category::defaultDepartmentCode)
				.containsExactly(Tier.PRIVATE, null);
		}
		finally {
			restore(before);
		}
	}

	@Test
	void anUnknownDepartmentIsRefusedAndNothingChanges() throws Exception {
		Category before = this.catalogue.find(CategoryKind.MATTER, CODE).orElseThrow();
		change("admin", "matter", CODE, "COMMUNITY", "\"XYZ\"", 3, "WORKING_DAYS").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("departmentCode"))
			.andExpect(jsonPath("$.errors[0].detail").value("职能部门 XYZ 不存在或已停用"));
		assertThat(this.catalogue.find(CategoryKind.MATTER, CODE)).contains(before);
	}

	@Test
	void aDeactivatedDepartmentCannotBecomeADefault() throws Exception {
		this.mvc.perform(as("admin", post("/api/v1/departments")).contentType(MediaType.APPLICATION_JSON).content("""
				{"code": "TYZ", "name": "停用测试", "nameEn": "Retired", "kind": "STREET_UNIT"}
				""")).andExpect(status().isCreated());
		this.mvc.perform(as("admin", put("/api/v1/departments/TYZ")).contentType(MediaType.APPLICATION_JSON).content("""
				{"name": "停用测试", "nameEn": "Retired", "active": false}
				""")).andExpect(status().isOk());
		change("admin", "matter", CODE, "MAJOR", "\"TYZ\"", 3, "WORKING_DAYS").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("departmentCode"));
		assertThat(this.catalogue.find(CategoryKind.MATTER, CODE).orElseThrow().defaultDepartmentCode())
			.isNotEqualTo("TYZ");
	}

	@Test
	void everyBadFieldIsNamedAtOnceInTheCallersLanguage() throws Exception {
		Category before = this.catalogue.find(CategoryKind.MATTER, CODE).orElseThrow();
		this.mvc
			.perform(as("admin", put("/api/v1/categories/matter/" + CODE)).contentType(MediaType.APPLICATION_JSON)
				.header("Accept-Language", "en")
				.content("""
						{"tier": "HUGE", "departmentCode": "XYZ", "timeLimit": {"amount": 0, "unit": "WEEKS"}}
						"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field")
				.value(containsInAnyOrder("tier", "departmentCode", "timeLimit.amount", "timeLimit.unit")))
			.andExpect(jsonPath("$.errors[?(@.field == 'timeLimit.unit')].detail")
				.value("Unknown unit of time: WEEKS (use WORKING_HOURS or WORKING_DAYS)"));
		this.mvc
			.perform(as("admin", put("/api/v1/categories/matter/" + CODE)).contentType(MediaType.APPLICATION_JSON)
				.content("{}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("tier", "timeLimit")));
		change("admin", "matter", CODE, "MAJOR", "null", 251, "WORKING_DAYS").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("timeLimit.amount"));
		assertThat(this.catalogue.find(CategoryKind.MATTER, CODE)).contains(before);
	}

	@Test
	void changingAnUnknownCategoryIsNotFound() throws Exception {
		change("admin", "matter", "99999", "MAJOR", "null", 1, "WORKING_DAYS").andExpect(status().isNotFound());
		change("admin", "gadget", CODE, "MAJOR", "null", 1, "WORKING_DAYS").andExpect(status().isNotFound());
	}

	@Test
	void onlyAdministratorsChangeDefaults() throws Exception {
		Category before = this.catalogue.find(CategoryKind.MATTER, CODE).orElseThrow();
		change("dispatcher", "matter", CODE, "PRIVATE", "null", 9, "WORKING_DAYS").andExpect(status().isForbidden());
		assertThat(this.catalogue.find(CategoryKind.MATTER, CODE)).contains(before);
		this.mvc.perform(get("/api/v1/categories")).andExpect(status().isUnauthorized());
	}

	@Test
	void theComponentWithTheSameCodeKeepsItsOwnDefaults() throws Exception {
		Category component = this.catalogue.find(CategoryKind.COMPONENT, "01058").orElseThrow();
		Category matter = this.catalogue.find(CategoryKind.MATTER, "01058").orElseThrow();
		try {
			change("admin", "matter", "01058", "COMMUNITY", "\"ZZB\"", 2, "WORKING_DAYS").andExpect(status().isOk());
			assertThat(this.catalogue.find(CategoryKind.COMPONENT, "01058")).contains(component);
			this.mvc.perform(as("admin", get("/api/v1/categories").param("q", "01058")))
				.andExpect(jsonPath("$[*].defaultTier").value(containsInAnyOrder("MAJOR", "COMMUNITY")))
				.andExpect(jsonPath("$[*].kind").value(not(hasItem("SOCIAL"))));
		}
		finally {
			restore(matter);
		}
	}

	private ResultActions change(String username, String kind, String code, String tier, String departmentJson,
			int amount, String unit) throws Exception {
		return this.mvc.perform(
				as(username, put("/api/v1/categories/" + kind + "/" + code)).contentType(MediaType.APPLICATION_JSON)
					.content("""
							{"tier": "%s", "departmentCode": %s, "timeLimit": {"amount": %d, "unit": "%s"}}
							""".formatted(tier, departmentJson, amount, unit)));
	}

	private void restore(Category category) throws Exception {
		String department = (category.defaultDepartmentCode() != null) ? "\"" + category.defaultDepartmentCode() + "\""
				: "null";
		change("admin", category.kind().name(), category.code(), category.defaultTier().name(), department,
				category.timeLimit().amount(), category.timeLimit().unit().name())
			.andExpect(status().isOk());
	}

	private MockHttpServletRequestBuilder as(String username, MockHttpServletRequestBuilder request) throws Exception {
		return request.with(DemoLogins.as(this.mvc, username));
	}

}

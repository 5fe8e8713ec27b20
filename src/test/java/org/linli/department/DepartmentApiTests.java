package org.linli.department;

import org.junit.jupiter.api.Test;
import org.linli.DemoLogins;
import org.linli.LinliTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItems;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@LinliTest
class DepartmentApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Departments departments;

	@Test
	void anySignedInUserListsTheSeededDepartmentsWithBothNames() throws Exception {
		this.mvc.perform(as("staff1", get("/api/v1/departments")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].code")
				.value(hasItems("CG", "LH", "FG", "PCS", "SCJG", "SW", "JJ", "ZZB", "HB", "WJ")))
			.andExpect(jsonPath("$[?(@.code == 'CG')].name").value("城管执法"))
			.andExpect(jsonPath("$[?(@.code == 'CG')].nameEn").value("City Management Enforcement"))
			.andExpect(jsonPath("$[?(@.code == 'ZZB')].kind").value("STREET_OFFICE"))
			.andExpect(jsonPath("$[?(@.code == 'PCS')].active").value(true));
	}

	@Test
	void departmentsAreNotListedWithoutSignIn() throws Exception {
		this.mvc.perform(get("/api/v1/departments")).andExpect(status().isUnauthorized());
	}

	@Test
	void adminRegistersRenamesDeactivatesAndReactivatesADepartment() throws Exception {
		this.mvc.perform(as("admin", post("/api/v1/departments")).contentType(MediaType.APPLICATION_JSON).content("""
				{"code": "YJ", "name": "应急管理", "nameEn": "Emergency Management", "kind": "district_agency"}
				"""))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", "/api/v1/departments/YJ"))
			.andExpect(jsonPath("$.active").value(true));
		this.mvc.perform(as("admin", put("/api/v1/departments/YJ")).contentType(MediaType.APPLICATION_JSON).content("""
				{"name": "应急管理局", "nameEn": "Emergency Management Bureau", "active": false}
				""")).andExpect(status().isOk()).andExpect(jsonPath("$.name").value("应急管理局"));
		assertThat(this.departments.find("YJ")).get()
			.isEqualTo(new Department("YJ", "应急管理局", "Emergency Management Bureau", DepartmentKind.DISTRICT_AGENCY,
					false));
		assertThat(this.departments.exists("YJ")).isTrue();
		assertThat(this.departments.isActive("YJ")).isFalse();
		this.mvc.perform(as("admin", put("/api/v1/departments/YJ")).contentType(MediaType.APPLICATION_JSON).content("""
				{"name": "应急管理局", "nameEn": "Emergency Management Bureau", "active": true}
				""")).andExpect(status().isOk());
		assertThat(this.departments.isActive("YJ")).isTrue();
	}

	@Test
	void registeringWithBadDetailsNamesEveryProblemAndStoresNothing() throws Exception {
		this.mvc.perform(as("admin", post("/api/v1/departments")).contentType(MediaType.APPLICATION_JSON).content("""
				{"code": "x1", "name": " ", "nameEn": null}
				"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("code", "name", "nameEn", "kind")));
		assertThat(this.departments.exists("x1")).isFalse();
	}

	@Test
	void anUnknownKindIsReportedAsSuch() throws Exception {
		this.mvc
			.perform(as("admin", post("/api/v1/departments")).contentType(MediaType.APPLICATION_JSON)
				.header("Accept-Language", "en")
				.content("""
						{"code": "QT", "name": "其他", "nameEn": "Other", "kind": "MINISTRY"}
						"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("kind"))
			.andExpect(jsonPath("$.errors[0].detail").value("Unknown kind of department: MINISTRY"));
		assertThat(this.departments.exists("QT")).isFalse();
	}

	@Test
	void aTakenCodeIsAConflictAndTheDepartmentKeepsItsName() throws Exception {
		this.mvc.perform(as("admin", post("/api/v1/departments")).contentType(MediaType.APPLICATION_JSON).content("""
				{"code": "CG", "name": "城管", "nameEn": "City Management", "kind": "STREET_UNIT"}
				"""))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("department.error.duplicate"));
		assertThat(this.departments.find("CG")).get().extracting(Department::name).isEqualTo("城管执法");
	}

	@Test
	void renamingToABlankNameIsRefusedAndChangesNothing() throws Exception {
		this.mvc.perform(as("admin", put("/api/v1/departments/LH")).contentType(MediaType.APPLICATION_JSON).content("""
				{"name": "", "nameEn": "Greening", "active": false}
				""")).andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("name"));
		assertThat(this.departments.find("LH")).get()
			.isEqualTo(
					new Department("LH", "绿化市容", "Greening and City Appearance", DepartmentKind.DISTRICT_AGENCY, true));
	}

	@Test
	void onlyAdministratorsChangeDepartments() throws Exception {
		this.mvc
			.perform(as("dispatcher", post("/api/v1/departments")).contentType(MediaType.APPLICATION_JSON).content("""
					{"code": "WG", "name": "文广", "nameEn": "Culture", "kind": "DISTRICT_AGENCY"}
					"""))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(as("dept-cg", put("/api/v1/departments/CG")).contentType(MediaType.APPLICATION_JSON).content("""
					{"name": "城管", "nameEn": "CM", "active": false}
					"""))
			.andExpect(status().isForbidden());
		assertThat(this.departments.exists("WG")).isFalse();
		assertThat(this.departments.isActive("CG")).isTrue();
	}

	@Test
	void changingAnUnknownDepartmentIsNotFound() throws Exception {
		this.mvc
			.perform(as("admin", put("/api/v1/departments/NOPE")).contentType(MediaType.APPLICATION_JSON).content("""
					{"name": "无", "nameEn": "None"}
					"""))
			.andExpect(status().isNotFound());
	}

	private MockHttpServletRequestBuilder as(String username, MockHttpServletRequestBuilder request) throws Exception {
		return request.with(DemoLogins.as(this.mvc, username));
	}

}

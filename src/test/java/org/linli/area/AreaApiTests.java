package org.linli.area;

import org.junit.jupiter.api.Test;
import org.linli.LinliTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The area API over the demo street: staff1 works in community 310107005001 (曹杨一村),
 * staff2 in 310107005002. Grid 310107005001001 spans 121.3921112–121.3931631 E,
 * 31.2453959–31.2462952 N; its eastern neighbour is 310107005001002, and 310107005001003
 * borders community 002's first grid at 121.3952667 E.
 */
@LinliTest
class AreaApiTests {

	@Autowired
	MockMvc mvc;

	@Test
	void staffSeeTheirCommunityWithItsGridsAndStaff() throws Exception {
		this.mvc.perform(as("staff1", get("/api/v1/areas/310107005001")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.level").value("COMMUNITY"))
			.andExpect(jsonPath("$.parentCode").value("310107005"))
			.andExpect(jsonPath("$.children", hasSize(12)))
			.andExpect(jsonPath("$.children[0].code").value("310107005001001"))
			.andExpect(jsonPath("$.children[0].level").value("GRID"))
			.andExpect(jsonPath("$.staff", contains("staff1")))
			.andExpect(jsonPath("$.geometry.type").value("Polygon"));
	}

	@Test
	void gridShowsItsPolygonAndResponsibilityMap() throws Exception {
		this.mvc.perform(as("staff1", get("/api/v1/areas/310107005001001")).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.levelName").value("Grid"))
			.andExpect(jsonPath("$.geometry.type").value("Polygon"))
			.andExpect(jsonPath("$.geometry.coordinates[0]", hasSize(5)))
			.andExpect(jsonPath("$.geometry.coordinates[0][0][0]").value(121.3921112))
			.andExpect(jsonPath("$.centroid.lat").isNumber())
			.andExpect(jsonPath("$.responsibilities.gridWorker").value("worker1"))
			.andExpect(jsonPath("$.responsibilities.communityLead").value("staff1"))
			.andExpect(jsonPath("$.responsibilities.partyBranch").isString())
			.andExpect(jsonPath("$.responsibilities.liaisonsByDepartment.CG").value("dept-cg"))
			.andExpect(jsonPath("$.children", hasSize(2)));
	}

	@Test
	void areaOutsideTheCallersScopeIsNotFoundLikeAnUnknownOne() throws Exception {
		String unknown = this.mvc.perform(as("staff1", get("/api/v1/areas/310107005099")))
			.andExpect(status().isNotFound())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String hidden = this.mvc.perform(as("staff1", get("/api/v1/areas/310107005002")))
			.andExpect(status().isNotFound())
			.andReturn()
			.getResponse()
			.getContentAsString();
		org.assertj.core.api.Assertions.assertThat(hidden).isEqualTo(unknown.replace("099", "002"));
		this.mvc.perform(as("staff1", get("/api/v1/areas/310107005002001"))).andExpect(status().isNotFound());
		this.mvc.perform(as("staff2", get("/api/v1/areas/310107005002001"))).andExpect(status().isOk());
	}

	@Test
	void streetAboveTheCallersCommunityListsOnlyChildrenInScope() throws Exception {
		this.mvc.perform(as("staff1", get("/api/v1/areas/310107005")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.children[*].code", contains("310107005001")));
		this.mvc.perform(as("admin", get("/api/v1/areas/310107005")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.children", hasSize(20)));
	}

	@Test
	void areasNeedASignedInCaller() throws Exception {
		this.mvc.perform(get("/api/v1/areas/310107005")).andExpect(status().isUnauthorized());
	}

	@Test
	void gridsForTheMapAreThoseInScope() throws Exception {
		this.mvc.perform(as("staff1", get("/api/v1/areas/310107005/grids.geojson")))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("application/geo+json"))
			.andExpect(jsonPath("$.type").value("FeatureCollection"))
			.andExpect(jsonPath("$.features", hasSize(12)))
			.andExpect(jsonPath("$.features[*].properties.communityCode", everyItem(startsWith("310107005001"))))
			.andExpect(jsonPath("$.features[0].geometry.type").value("Polygon"));
		this.mvc.perform(as("staff1", get("/api/v1/areas/310107005002/grids.geojson")))
			.andExpect(status().isNotFound());
		this.mvc.perform(as("leader", get("/api/v1/areas/310107005/grids.geojson")))
			.andExpect(jsonPath("$.features", hasSize(210)));
	}

	@Test
	void anyoneLocatesAPointInsideAGrid() throws Exception {
		this.mvc.perform(get("/api/v1/areas/locate").param("lat", "31.2458").param("lon", "121.3925"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.gridCode").value("310107005001001"))
			.andExpect(jsonPath("$.communityCode").value("310107005001"))
			.andExpect(jsonPath("$.communityName").value("曹杨一村"))
			.andExpect(jsonPath("$.streetCode").value("310107005"))
			.andExpect(jsonPath("$.streetName").value("曹杨新村街道"));
	}

	@Test
	void pointOnSharedEdgeResolvesToLowerCodedGrid() throws Exception {
		this.mvc.perform(get("/api/v1/areas/locate").param("lat", "31.2458").param("lon", "121.3931631"))
			.andExpect(jsonPath("$.gridCode").value("310107005001001"));
		this.mvc.perform(get("/api/v1/areas/locate").param("lat", "31.2458").param("lon", "121.3952667"))
			.andExpect(jsonPath("$.gridCode").value("310107005001003"));
	}

	@Test
	void pointOnTheOuterBoundaryOfTheStreetBelongsToTheGridThere() throws Exception {
		this.mvc.perform(get("/api/v1/areas/locate").param("lat", "31.2462952").param("lon", "121.3925"))
			.andExpect(jsonPath("$.gridCode").value("310107005001001"));
		this.mvc.perform(get("/api/v1/areas/locate").param("lat", "31.2458").param("lon", "121.3921112"))
			.andExpect(jsonPath("$.gridCode").value("310107005001001"));
	}

	@Test
	void pointOutsideEveryGridIsNotFoundWithAClearMessage() throws Exception {
		this.mvc
			.perform(get("/api/v1/areas/locate").param("lat", "31.2463")
				.param("lon", "121.3925")
				.header("Accept-Language", "en"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("area.error.outside"))
			.andExpect(jsonPath("$.detail")
				.value("The location (latitude 31.246300, longitude 121.392500) is not inside any grid."));
	}

	@Test
	void coordinatesOutOfRangeAreBadRequests() throws Exception {
		this.mvc.perform(get("/api/v1/areas/locate").param("lat", "91").param("lon", "-181"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", contains("lat", "lon")));
		this.mvc.perform(get("/api/v1/areas/locate").param("lat", "NaN").param("lon", "121.4"))
			.andExpect(status().isBadRequest());
		this.mvc.perform(get("/api/v1/areas/locate").param("lat", "north").param("lon", "121.4"))
			.andExpect(status().isBadRequest());
	}

	private MockHttpServletRequestBuilder as(String username, MockHttpServletRequestBuilder request) throws Exception {
		MvcResult result = this.mvc
			.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
				.content("{\"username\":\"" + username + "\",\"password\":\"linli-demo\"}"))
			.andExpect(status().isOk())
			.andReturn();
		String token = com.jayway.jsonpath.JsonPath.read(result.getResponse().getContentAsString(), "$.accessToken");
		return request.header("Authorization", "Bearer " + token);
	}

}

package org.linli.area;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.linli.LinliTest;
import org.linli.area.internal.GeoJsonText;
import org.linli.shared.FieldProblem;
import org.linli.shared.InvalidInputException;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.startsWith;
import static org.linli.area.internal.GeoJsonText.collection;
import static org.linli.area.internal.GeoJsonText.feature;
import static org.linli.area.internal.GeoJsonText.polygon;
import static org.linli.area.internal.GeoJsonText.rectangle;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A grid file is stored whole or refused whole. Each test works in its own community of a
 * made-up street near 100° E, 20° N, far from the demo street; grids there are 0.001°
 * squares.
 */
@LinliTest
class GridImportTests {

	private static final String STREET = "990101001";

	@Autowired
	GridImport gridImport;

	@Autowired
	Areas areas;

	@Autowired
	MockMvc mvc;

	@Test
	void goodFileIsStoredAndItsGridsCanBeLocated() {
		Block block = community(1);
		GridImportReport report = this.gridImport.importGeoJson(collection(block.grid(1, 0, 0), block.grid(2, 1, 0)));
		assertThat(report).isEqualTo(new GridImportReport(2, 2, 0, 0, 0, 1));
		assertThat(this.areas.children(block.code())).extracting(Area::code, Area::level)
			.containsExactly(tuple(block.code() + "001", AreaLevel.GRID), tuple(block.code() + "002", AreaLevel.GRID));
		assertThat(this.areas.locate(block.north(0.5), block.east(1.5))).contains(
				new Location(block.code() + "002", "Grid 2", block.code(), "Test community 1", STREET, "Test street"));
	}

	@Test
	void reimportingTheSameFileUpdatesInsteadOfDuplicating() {
		Block block = community(2);
		String file = collection(block.grid(1, 0, 0));
		this.gridImport.importGeoJson(file);
		assertThat(this.gridImport.importGeoJson(file)).isEqualTo(new GridImportReport(1, 0, 1, 0, 0, 1));
		assertThat(this.areas.children(block.code())).hasSize(1);
	}

	@Test
	void demoStreetFileImportsCleanly() {
		GridImportReport report = this.gridImport.importGeoJson(GeoJsonText.resource("/demo/caoyang-grids.geojson"));
		assertThat(report.features()).isEqualTo(230);
		assertThat(report.gridsCreated() + report.gridsUpdated()).isEqualTo(210);
		assertThat(report.communityBoundariesImported()).isEqualTo(20);
		assertThat(this.areas.children("310107005001")).hasSize(12);
	}

	@Test
	void malformedJsonIsRefused() {
		Block block = community(10);
		refusedWhole(block, collection(block.grid(1, 0, 0)).replace("]}", "]"), "file", "area.import.malformed-json");
	}

	@Test
	void featureWithoutCodeIsRefusedWhole() {
		Block block = community(11);
		refusedWhole(block, collection(block.grid(1, 0, 0),
				"{\"type\":\"Feature\",\"properties\":{\"name\":\"x\"},\"geometry\":" + block.square(1, 0) + "}"),
				"features[1]", "area.import.code-missing");
	}

	@Test
	void featureWithInvalidCodeIsRefusedWhole() {
		Block block = community(12);
		refusedWhole(block, collection(block.grid(1, 0, 0), feature("99010100101200A", "x", block.square(1, 0))),
				"features[1]", "area.import.code-invalid");
	}

	@Test
	void featureWithoutNameIsRefusedWhole() {
		Block block = community(13);
		refusedWhole(block, collection(block.grid(1, 0, 0), feature(block.code() + "002", "", block.square(1, 0))),
				"features[1]", "area.import.name-missing");
	}

	@Test
	void gridOfAnUnknownCommunityIsRefusedWhole() {
		Block block = community(14);
		refusedWhole(block, collection(block.grid(1, 0, 0), feature(STREET + "999001", "orphan", block.square(1, 0))),
				"features[1]", "area.import.unknown-community");
	}

	@Test
	void unclosedRingIsRefusedWhole() {
		Block block = community(15);
		refusedWhole(block,
				collection(block.grid(1, 0, 0),
						feature(block.code() + "002", "open",
								polygon(block.east(1), block.north(0), block.east(2), block.north(0), block.east(2),
										block.north(1), block.east(1), block.north(1)))),
				"features[1]", "area.import.ring-not-closed");
	}

	@Test
	void selfIntersectingPolygonIsRefusedWhole() {
		Block block = community(16);
		refusedWhole(block,
				collection(block.grid(1, 0, 0),
						feature(block.code() + "002", "bow tie",
								polygon(block.east(1), block.north(0), block.east(2), block.north(1), block.east(2),
										block.north(0), block.east(1), block.north(1), block.east(1), block.north(0)))),
				"features[1]", "area.import.invalid-geometry.5");
	}

	@Test
	void gridOutsideItsCommunityBoundaryIsRefusedWhole() {
		Block block = community(17);
		refusedWhole(block,
				collection(
						feature(block.code(), "community",
								rectangle(block.east(0), block.north(0), block.east(2), block.north(1))),
						block.grid(1, 0, 0), block.grid(2, 1, 0), block.grid(3, 2, 0)),
				block.code() + "003", "area.import.outside-community");
	}

	@Test
	void overlappingGridsAreRefusedWhole() {
		Block block = community(18);
		refusedWhole(block, collection(block.grid(1, 0, 0), block.grid(2, 0.5, 0)), block.code() + "001",
				"area.import.overlap");
	}

	@Test
	void gapBetweenGridsIsRefusedWhole() {
		Block block = community(19);
		refusedWhole(block,
				collection(
						feature(block.code(), "community",
								rectangle(block.east(0), block.north(0), block.east(3), block.north(1))),
						block.grid(1, 0, 0), block.grid(2, 2, 0)),
				block.code(), "area.import.gap");
	}

	@Test
	void duplicateCodesAreRefusedWhole() {
		Block block = community(20);
		refusedWhole(block, collection(block.grid(1, 0, 0), block.grid(2, 1, 0), block.grid(2, 2, 0)),
				block.code() + "002", "area.import.duplicate-code");
	}

	@Test
	void onlyAnAdministratorImports() throws Exception {
		Block block = community(21);
		String file = collection(block.grid(1, 0, 0));
		this.mvc
			.perform(as("dispatcher", post("/api/v1/areas/import")).contentType("application/geo+json").content(file))
			.andExpect(status().isForbidden());
		assertThat(this.areas.children(block.code())).isEmpty();
		this.mvc.perform(as("admin", post("/api/v1/areas/import")).contentType("application/geo+json").content(file))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.gridsCreated").value(1));
		assertThat(this.areas.children(block.code())).hasSize(1);
	}

	@Test
	void refusedUploadListsEveryProblemInTheCallersLanguage() throws Exception {
		Block block = community(22);
		this.mvc
			.perform(as("admin", post("/api/v1/areas/import")).contentType(MediaType.APPLICATION_JSON)
				.header("Accept-Language", "en")
				.content(collection(block.grid(1, 0, 0), feature(block.code() + "002", "", block.square(0.5, 0)))))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("area.import.refused"))
			.andExpect(jsonPath("$.detail")
				.value("The file was not imported: 2 problems found. Correct them all and import again."))
			.andExpect(jsonPath("$.errors.length()").value(2))
			.andExpect(jsonPath("$.errors[0].field").value("features[1]"))
			.andExpect(jsonPath("$.errors[0].detail").value(block.code() + "002: properties.name is missing."))
			.andExpect(jsonPath("$.errors[1].field").value(block.code() + "001"))
			.andExpect(jsonPath("$.errors[1].detail")
				.value(startsWith("Grids %s001 and %s002 overlap by 5,8".formatted(block.code(), block.code()))));
		assertThat(this.areas.children(block.code())).isEmpty();
	}

	private void refusedWhole(Block block, String file, String field, String messageKey) {
		InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
				() -> this.gridImport.importGeoJson(file));
		assertThat(refused).as("refused").isNotNull();
		List<FieldProblem> problems = refused.problems();
		assertThat(problems).extracting(FieldProblem::field, FieldProblem::messageKey)
			.contains(tuple(field, messageKey));
		assertThat(this.areas.children(block.code())).as("grids stored").isEmpty();
		assertThat(this.areas.find(block.code() + "001")).isEmpty();
	}

	/**
	 * Registers the made-up district, street and the community with this sequence (all
	 * idempotent); each community gets its own band of squares, so tests never meet one
	 * another.
	 */
	private Block community(int sequence) {
		this.areas.registerDivision("990101", "Test district", AreaLevel.DISTRICT, null);
		this.areas.registerDivision(STREET, "Test street", AreaLevel.STREET, "990101");
		String code = STREET + "%03d".formatted(sequence);
		this.areas.registerDivision(code, "Test community " + sequence, AreaLevel.COMMUNITY, STREET);
		return new Block(code, 20 + sequence * 0.002);
	}

	private record Block(String code, double south) {

		String grid(int sequence, double column, double row) {
			return feature(this.code + "%03d".formatted(sequence), "Grid " + sequence, square(column, row));
		}

		String square(double column, double row) {
			return rectangle(east(column), north(row), east(column + 1), north(row + 1));
		}

		double east(double column) {
			return 100 + column * 0.001;
		}

		double north(double row) {
			return this.south + row * 0.001;
		}

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

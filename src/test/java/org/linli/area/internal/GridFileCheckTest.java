package org.linli.area.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.linli.area.GridImportReport;
import org.linli.area.internal.GridFileCheck.StoredCommunity;
import org.linli.area.internal.ImportPlan.CommunityChange;
import org.linli.shared.FieldProblem;
import org.linli.shared.InvalidInputException;
import org.locationtech.jts.geom.Geometry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.offset;
import static org.assertj.core.api.Assertions.tuple;
import static org.linli.area.internal.GeoJsonText.collection;
import static org.linli.area.internal.GeoJsonText.feature;
import static org.linli.area.internal.GeoJsonText.polygon;
import static org.linli.area.internal.GeoJsonText.rectangle;

/**
 * The geometry rules of a grid import, without a database. Grids are 0.001° squares near
 * 100° E, 20° N (about 104 m × 111 m).
 */
class GridFileCheckTest {

	private static final String COMMUNITY = "990101001001";

	private static final String OTHER_COMMUNITY = "990101001002";

	private final Stored stored = new Stored();

	private final GridFileCheck check = new GridFileCheck(1.0);

	GridFileCheckTest() {
		this.stored.streets.add("990101001");
		this.stored.communities.put(COMMUNITY, new StoredCommunity(null, false));
		this.stored.communities.put(OTHER_COMMUNITY, new StoredCommunity(null, false));
	}

	@Test
	void demoStreetPassesEveryCheck() {
		this.stored.streets.add("310107005");
		for (int i = 1; i <= 20; i++) {
			this.stored.communities.put("310107005%03d".formatted(i), new StoredCommunity(null, false));
		}
		GridImportReport report = plan(GeoJsonText.resource("/demo/caoyang-grids.geojson")).report();
		assertThat(report).isEqualTo(new GridImportReport(230, 210, 0, 0, 20, 0));
	}

	@Test
	void hundredMetreSquareMeasuresTenThousandSquareMetres() {
		double side = 100 / Geo.METRES_PER_DEGREE;
		Geometry square = geometry(
				rectangle(121.4, 31.24, 121.4 + side / Math.cos(Math.toRadians(31.24)), 31.24 + side));
		assertThat(Geo.squareMetres(square)).isCloseTo(10_000, offset(1.0));
	}

	@Test
	void communityWithoutBoundaryGetsTheUnionOfItsGridsAsDerivedBoundary() {
		ImportPlan plan = plan(
				collection(grid(COMMUNITY + "001", 100.000, 20.000), grid(COMMUNITY + "002", 100.001, 20.000)));
		assertThat(plan.communities()).singleElement().satisfies(change -> {
			assertThat(change.derived()).isTrue();
			assertThat(change.boundary().getArea()).isCloseTo(0.000002, offset(1e-12));
		});
		assertThat(plan.report().gridsCreated()).isEqualTo(2);
	}

	@Test
	void everyFaultOfEveryFeatureIsReported() {
		List<FieldProblem> problems = problems(collection("{\"type\":\"Feature\",\"properties\":{},\"geometry\":null}",
				feature(COMMUNITY + "002", " ", polygon(100.001, 20, 100.002, 20, 100.002, 20.001, 100.001, 20.001)),
				feature("12345", "bad code", rectangle(100.003, 20, 100.004, 20.001)), feature(COMMUNITY + "004",
						"bow tie", polygon(100.005, 20, 100.006, 20.001, 100.006, 20, 100.005, 20.001, 100.005, 20))));
		assertThat(problems).extracting(FieldProblem::field, FieldProblem::messageKey)
			.containsExactly(tuple("features[0]", "area.import.code-missing"),
					tuple("features[0]", "area.import.name-missing"),
					tuple("features[0]", "area.import.geometry-missing"),
					tuple("features[1]", "area.import.name-missing"),
					tuple("features[1]", "area.import.ring-not-closed"),
					tuple("features[2]", "area.import.code-invalid"),
					tuple("features[3]", "area.import.invalid-geometry.5"));
	}

	@Test
	void malformedJsonIsOneProblemAboutTheFile() {
		assertThat(problems("{\"type\":\"FeatureCollection\",\"features\":[")).singleElement()
			.extracting(FieldProblem::field, FieldProblem::messageKey)
			.containsExactly("file", "area.import.malformed-json");
	}

	@Test
	void aGeometryOtherThanPolygonIsRefused() {
		assertThat(problems(collection(feature(COMMUNITY + "001", "line",
				"{\"type\":\"LineString\",\"coordinates\":[[100,20],[100.001,20]]}"))))
			.extracting(FieldProblem::messageKey)
			.containsExactly("area.import.geometry-type");
	}

	@Test
	void coordinatesOutsideWgs84RangesAreRefused() {
		assertThat(problems(collection(feature(COMMUNITY + "001", "swapped", rectangle(20, 100, 20.001, 100.001)))))
			.extracting(FieldProblem::messageKey)
			.containsExactly("area.import.coordinate-range");
	}

	@Test
	void gridWhoseCommunityIsNeitherStoredNorInTheFileIsRefused() {
		assertThat(problems(collection(grid("990101001009001", 100, 20))))
			.extracting(FieldProblem::field, FieldProblem::messageKey)
			.containsExactly(tuple("features[0]", "area.import.unknown-community"));
	}

	@Test
	void communityInTheFileIsTheParentOfItsGrids() {
		ImportPlan plan = plan(collection(grid("990101001009001", 100, 20),
				feature("990101001009", "new community", rectangle(100, 20, 100.001, 20.001))));
		assertThat(plan.communities()).extracting(CommunityChange::code, CommunityChange::created)
			.containsExactly(tuple("990101001009", true));
	}

	@Test
	void communityOfAnUnknownStreetIsRefused() {
		assertThat(problems(collection(feature("990101008001", "nowhere", rectangle(100, 20, 100.001, 20.001)))))
			.extracting(FieldProblem::messageKey)
			.containsExactly("area.import.unknown-street");
	}

	@Test
	void duplicateCodesNameEveryFeatureUsingThem() {
		assertThat(problems(collection(grid(COMMUNITY + "001", 100, 20), grid(COMMUNITY + "001", 100.001, 20))))
			.singleElement()
			.satisfies(problem -> {
				assertThat(problem.field()).isEqualTo(COMMUNITY + "001");
				assertThat(problem.messageKey()).isEqualTo("area.import.duplicate-code");
				assertThat(problem.args()).containsExactly(COMMUNITY + "001", "features[0], features[1]");
			});
	}

	@Test
	void overlapBeyondToleranceNamesBothGrids() {
		assertThat(problems(
				collection(grid(COMMUNITY + "001", 100.000, 20.000), grid(COMMUNITY + "002", 100.0009, 20.000))))
			.singleElement()
			.satisfies(problem -> {
				assertThat(problem.messageKey()).isEqualTo("area.import.overlap");
				assertThat(problem.args()[0]).isEqualTo(COMMUNITY + "001");
				assertThat(problem.args()[1]).isEqualTo(COMMUNITY + "002");
				assertThat((double) problem.args()[2]).isBetween(1100.0, 1200.0);
			});
	}

	@Test
	void overlapWithinToleranceIsForgiven() {
		// 1e-8° of longitude over 111 m is about 0.1 m²
		plan(collection(grid(COMMUNITY + "001", 100.000, 20.000), grid(COMMUNITY + "002", 100.00099999, 20.000)));
	}

	@Test
	void gridsOfDifferentCommunitiesMustNotOverlapEither() {
		assertThat(problems(
				collection(grid(COMMUNITY + "001", 100.000, 20.000), grid(OTHER_COMMUNITY + "001", 100.0005, 20.000))))
			.extracting(FieldProblem::messageKey)
			.containsExactly("area.import.overlap");
	}

	@Test
	void storedGridsCountWhenCheckingOverlaps() {
		this.stored.grids.put(COMMUNITY, Map.of(COMMUNITY + "001", geometry(rectangle(100, 20, 100.001, 20.001))));
		assertThat(problems(collection(grid(COMMUNITY + "002", 100.0005, 20.000)))).extracting(FieldProblem::messageKey)
			.containsExactly("area.import.overlap");
	}

	@Test
	void reimportingAGridReplacesItRatherThanOverlappingIt() {
		this.stored.grids.put(COMMUNITY, Map.of(COMMUNITY + "001", geometry(rectangle(100, 20, 100.001, 20.001))));
		GridImportReport report = plan(collection(grid(COMMUNITY + "001", 100.0002, 20.000))).report();
		assertThat(report.gridsUpdated()).isEqualTo(1);
		assertThat(report.gridsCreated()).isZero();
	}

	@Test
	void holeInTheGridsOfACommunityWithoutBoundaryIsAGap() {
		List<String> ring = new ArrayList<>();
		int sequence = 1;
		for (int row = 0; row < 3; row++) {
			for (int column = 0; column < 3; column++) {
				if (row != 1 || column != 1) {
					ring.add(grid(COMMUNITY + "%03d".formatted(sequence++), 100 + column * 0.001, 20 + row * 0.001));
				}
			}
		}
		assertThat(problems(collection(ring.toArray(String[]::new)))).singleElement().satisfies(problem -> {
			assertThat(problem.field()).isEqualTo(COMMUNITY);
			assertThat(problem.messageKey()).isEqualTo("area.import.gap");
			assertThat((double) problem.args()[1]).isBetween(11_000.0, 12_000.0);
		});
	}

	@Test
	void boundaryNotCoveredByGridsIsAGap() {
		assertThat(problems(collection(feature(COMMUNITY, "community", rectangle(100, 20, 100.002, 20.001)),
				grid(COMMUNITY + "001", 100, 20))))
			.extracting(FieldProblem::field, FieldProblem::messageKey)
			.containsExactly(tuple(COMMUNITY, "area.import.gap"));
	}

	@Test
	void gridBeyondTheStoredCommunityBoundaryIsRefused() {
		this.stored.communities.put(COMMUNITY,
				new StoredCommunity(geometry(rectangle(100, 20, 100.002, 20.001)), false));
		List<FieldProblem> problems = problems(collection(grid(COMMUNITY + "001", 100, 20),
				grid(COMMUNITY + "002", 100.001, 20), grid(COMMUNITY + "003", 100.002, 20)));
		assertThat(problems).extracting(FieldProblem::field, FieldProblem::messageKey)
			.containsExactly(tuple(COMMUNITY + "003", "area.import.outside-community"));
	}

	@Test
	void derivedBoundaryDoesNotConfineLaterGrids() {
		this.stored.communities.put(COMMUNITY,
				new StoredCommunity(geometry(rectangle(100, 20, 100.001, 20.001)), true));
		this.stored.grids.put(COMMUNITY, Map.of(COMMUNITY + "001", geometry(rectangle(100, 20, 100.001, 20.001))));
		ImportPlan plan = plan(collection(grid(COMMUNITY + "002", 100.001, 20)));
		assertThat(plan.communities()).singleElement().satisfies(change -> {
			assertThat(change.derived()).isTrue();
			assertThat(change.boundary().getEnvelopeInternal().getMaxX()).isEqualTo(100.002);
		});
	}

	private static String grid(String code, double west, double south) {
		return feature(code, "grid " + code, rectangle(west, south, west + 0.001, south + 0.001));
	}

	private static Geometry geometry(String geoJson) {
		return GeoJsonFile.parse(collection(feature("990101001001", "x", geoJson))).features().get(0).geometry();
	}

	private ImportPlan plan(String json) {
		return this.check.check(GeoJsonFile.parse(json), this.stored);
	}

	private List<FieldProblem> problems(String json) {
		InvalidInputException refused = catchThrowableOfType(InvalidInputException.class, () -> plan(json));
		assertThat(refused).as("refused").isNotNull();
		assertThat(refused.messageKey()).isEqualTo("area.import.refused");
		assertThat(refused.args()).containsExactly(refused.problems().size());
		return refused.problems();
	}

	private static final class Stored implements GridFileCheck.Existing {

		private final Set<String> streets = new HashSet<>();

		private final Map<String, StoredCommunity> communities = new HashMap<>();

		private final Map<String, Map<String, Geometry>> grids = new HashMap<>();

		@Override
		public boolean streetExists(String streetCode) {
			return this.streets.contains(streetCode);
		}

		@Override
		public Optional<StoredCommunity> community(String communityCode) {
			return Optional.ofNullable(this.communities.get(communityCode));
		}

		@Override
		public Map<String, Geometry> grids(String communityCode) {
			return this.grids.getOrDefault(communityCode, Map.of());
		}

	}

}

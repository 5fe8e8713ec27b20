package org.linli.area.internal;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.linli.area.Location;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;

import static org.assertj.core.api.Assertions.assertThat;

class GridIndexTest {

	private static final double SIZE = 0.001;

	@Test
	void pointInsideAGridFindsThatGridWithItsCommunityAndStreet() {
		GridIndex index = index(grid("990101001001001", 100.000, 20.000));
		assertThat(index.locate(20.0005, 100.0005)).contains(location("990101001001001"));
	}

	@Test
	void pointOnSharedEdgeResolvesToLowerCodedGrid() {
		// the lower code lies east, so the rule cannot be an accident of edge direction
		GridIndex index = index(grid("990101001001002", 100.000, 20.000), grid("990101001001001", 100.001, 20.000));
		assertThat(index.locate(20.0004, 100.001)).map(Location::gridCode).contains("990101001001001");
		assertThat(index.locate(20.0004, 100.0009)).map(Location::gridCode).contains("990101001001002");
	}

	@Test
	void pointOnCornerSharedByFourGridsResolvesToLowestCode() {
		GridIndex index = index(grid("990101001001004", 100.000, 20.000), grid("990101001001003", 100.001, 20.000),
				grid("990101001001002", 100.000, 20.001), grid("990101001001005", 100.001, 20.001));
		assertThat(index.locate(20.001, 100.001)).map(Location::gridCode).contains("990101001001002");
	}

	@Test
	void pointOnOuterBoundaryBelongsToThatGrid() {
		GridIndex index = index(grid("990101001001001", 100.000, 20.000), grid("990101001001002", 100.001, 20.000));
		assertThat(index.locate(20.001, 100.0015)).map(Location::gridCode).contains("990101001001002");
		assertThat(index.locate(20.0003, 100.000)).map(Location::gridCode).contains("990101001001001");
		assertThat(index.locate(20.000, 100.002)).map(Location::gridCode).contains("990101001001002");
	}

	@Test
	void pointOutsideEveryGridIsEmptyEvenBetweenGrids() {
		GridIndex index = index(grid("990101001001001", 100.000, 20.000), grid("990101001001002", 100.005, 20.000));
		assertThat(index.locate(20.0005, 100.003)).isEmpty();
		assertThat(index.locate(20.0005, 99.9999)).isEmpty();
		assertThat(index.locate(-20.0005, 100.0005)).isEmpty();
		assertThat(index.locate(Double.NaN, 100.0005)).isEmpty();
		assertThat(GridIndex.EMPTY.locate(20.0005, 100.0005)).isEmpty();
	}

	@Test
	void pointInAHoleIsOutsideAndPointInASecondPartIsInside() {
		Geometry donut = geometry(GeoJsonText.polygonWithHoles(
				new double[] { 100, 20, 100.003, 20, 100.003, 20.003, 100, 20.003, 100, 20 },
				new double[] { 100.001, 20.001, 100.002, 20.001, 100.002, 20.002, 100.001, 20.002, 100.001, 20.001 }));
		Geometry twoParts = geometry("{\"type\":\"MultiPolygon\",\"coordinates\":[["
				+ GeoJsonText.ring(101, 20, 101.001, 20, 101.001, 20.001, 101, 20.001, 101, 20) + "],["
				+ GeoJsonText.ring(101.005, 20, 101.006, 20, 101.006, 20.001, 101.005, 20.001, 101.005, 20) + "]]}");
		GridIndex index = new GridIndex.Builder().add(location("990101001001001"), donut)
			.add(location("990101001001002"), twoParts)
			.build();
		assertThat(index.locate(20.0015, 100.0015)).isEmpty();
		assertThat(index.locate(20.0005, 100.0015)).map(Location::gridCode).contains("990101001001001");
		assertThat(index.locate(20.0005, 101.0055)).map(Location::gridCode).contains("990101001001002");
		assertThat(index.locate(20.0005, 101.003)).isEmpty();
	}

	@Test
	void pointsOnASlopedSharedEdgeAlwaysFindAGrid() {
		// two triangles sharing a diagonal whose points are rarely representable exactly
		Geometry lower = geometry(GeoJsonText.polygon(100, 20, 100.0037, 20, 100.0037, 20.0029, 100, 20));
		Geometry upper = geometry(GeoJsonText.polygon(100, 20, 100.0037, 20.0029, 100, 20.0029, 100, 20));
		GridIndex index = new GridIndex.Builder().add(location("990101001001001"), lower)
			.add(location("990101001001002"), upper)
			.build();
		Random random = new Random(7);
		for (int i = 0; i < 10_000; i++) {
			double t = random.nextDouble();
			assertThat(index.locate(20 + t * 0.0029, 100 + t * 0.0037)).isPresent();
		}
	}

	@Test
	void lookupsOverTheDemoStreetAgreeWithJtsAndTheLowestCodeRule() {
		GeoJsonFile file = GeoJsonFile.parse(GeoJsonText.resource("/demo/caoyang-grids.geojson"));
		List<GeoJsonFile.Feature> grids = file.features()
			.stream()
			.filter(feature -> feature.code().length() == 15)
			.sorted(Comparator.comparing(GeoJsonFile.Feature::code))
			.toList();
		GridIndex.Builder builder = new GridIndex.Builder();
		grids.forEach(grid -> builder.add(location(grid.code()), grid.geometry()));
		GridIndex index = builder.build();
		assertThat(index.size()).isEqualTo(210);
		double[] vertexLons = grids.stream()
			.flatMap(grid -> Arrays.stream(grid.geometry().getCoordinates()))
			.mapToDouble(Coordinate::getX)
			.distinct()
			.toArray();
		double[] vertexLats = grids.stream()
			.flatMap(grid -> Arrays.stream(grid.geometry().getCoordinates()))
			.mapToDouble(Coordinate::getY)
			.distinct()
			.toArray();
		Random random = new Random(11);
		for (int i = 0; i < 20_000; i++) {
			// a third of the points lie on north-south grid lines, a fifth on east-west
			// ones, some on vertices
			double lon = (i % 3 == 0) ? vertexLons[random.nextInt(vertexLons.length)]
					: 121.390 + random.nextDouble() * 0.020;
			double lat = (i % 5 == 0) ? vertexLats[random.nextInt(vertexLats.length)]
					: 31.232 + random.nextDouble() * 0.016;
			Point point = Geo.FACTORY.createPoint(new Coordinate(lon, lat));
			Optional<String> expected = grids.stream()
				.filter(grid -> grid.geometry().covers(point))
				.map(GeoJsonFile.Feature::code)
				.findFirst();
			assertThat(index.locate(lat, lon).map(Location::gridCode)).as("%s, %s", lat, lon).isEqualTo(expected);
		}
	}

	private static GridIndex index(Grid... grids) {
		GridIndex.Builder builder = new GridIndex.Builder();
		for (Grid grid : grids) {
			builder.add(location(grid.code()), grid.geometry());
		}
		return builder.build();
	}

	private static Grid grid(String code, double west, double south) {
		return new Grid(code, geometry(GeoJsonText.rectangle(west, south, west + SIZE, south + SIZE)));
	}

	private static Geometry geometry(String geoJson) {
		GeoJsonFile file = GeoJsonFile.parse(GeoJsonText.collection(GeoJsonText.feature("990101001001", "x", geoJson)));
		assertThat(file.problems()).isEmpty();
		return file.features().get(0).geometry();
	}

	private static Location location(String gridCode) {
		return new Location(gridCode, "grid " + gridCode, gridCode.substring(0, 12), "community",
				gridCode.substring(0, 9), "street");
	}

	private record Grid(String code, Geometry geometry) {

	}

}

package org.linli.area.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.linli.area.AreaLevel;
import org.linli.shared.FieldProblem;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a GeoJSON FeatureCollection of grid (15-digit) and community (12-digit) features,
 * checking each feature on its own and noting every problem instead of stopping at the
 * first. Coordinates are built by hand rather than by a GeoJSON library so that an
 * unclosed ring is reported against its feature instead of failing the whole parse.
 */
public final class GeoJsonFile {

	static final int MAX_NAME_LENGTH = 100;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final List<Feature> features = new ArrayList<>();

	private final List<FieldProblem> problems = new ArrayList<>();

	private GeoJsonFile() {
	}

	/**
	 * One feature as read. {@code code}, {@code name} and {@code geometry} are null when
	 * that part is faulty (the fault is among {@link #problems()}); the geometry, when
	 * present, is a valid Polygon or MultiPolygon.
	 */
	public record Feature(int index, String code, String name, Geometry geometry) {

		public String field() {
			return field(this.index);
		}

		static String field(int index) {
			return "features[" + index + "]";
		}

	}

	public static GeoJsonFile parse(String json) {
		GeoJsonFile file = new GeoJsonFile();
		file.read(json);
		return file;
	}

	public List<Feature> features() {
		return this.features;
	}

	public List<FieldProblem> problems() {
		return this.problems;
	}

	private void read(String json) {
		JsonNode root;
		try {
			root = JSON.readTree((json != null) ? json : "");
		}
		catch (JacksonException ex) {
			this.problems.add(new FieldProblem("file", "area.import.malformed-json",
					(ex.getLocation() != null) ? ex.getLocation().getLineNr() : 0));
			return;
		}
		if (root == null || !root.isObject() || !"FeatureCollection".equals(text(root.get("type")))
				|| !root.path("features").isArray()) {
			this.problems.add(new FieldProblem("file", "area.import.not-feature-collection"));
			return;
		}
		JsonNode items = root.get("features");
		if (items.isEmpty()) {
			this.problems.add(new FieldProblem("features", "area.import.empty"));
		}
		for (int i = 0; i < items.size(); i++) {
			readFeature(i, items.get(i));
		}
	}

	private void readFeature(int index, JsonNode node) {
		String field = Feature.field(index);
		if (!node.isObject() || !"Feature".equals(text(node.get("type")))) {
			this.problems.add(new FieldProblem(field, "area.import.not-feature"));
			this.features.add(new Feature(index, null, null, null));
			return;
		}
		JsonNode properties = node.path("properties");
		String code = code(field, properties.get("code"));
		String label = (code != null) ? code : field;
		String name = name(field, label, properties.get("name"));
		Geometry geometry = new GeometryReader(field, label).read(node.get("geometry"));
		this.features.add(new Feature(index, code, name, geometry));
	}

	private String code(String field, JsonNode node) {
		String code = (node != null && node.isIntegralNumber()) ? node.asString() : text(node);
		if (code == null || code.isBlank()) {
			this.problems.add(new FieldProblem(field, "area.import.code-missing"));
			return null;
		}
		code = code.strip();
		if (!AreaLevel.GRID.accepts(code) && !AreaLevel.COMMUNITY.accepts(code)) {
			this.problems.add(new FieldProblem(field, "area.import.code-invalid", code));
			return null;
		}
		return code;
	}

	private String name(String field, String label, JsonNode node) {
		String name = text(node);
		if (name == null || name.isBlank()) {
			this.problems.add(new FieldProblem(field, "area.import.name-missing", label));
			return null;
		}
		name = name.strip();
		if (name.length() > MAX_NAME_LENGTH) {
			this.problems.add(new FieldProblem(field, "area.import.name-too-long", label, MAX_NAME_LENGTH));
			return null;
		}
		return name;
	}

	private static String text(JsonNode node) {
		return (node != null && node.isString()) ? node.stringValue() : null;
	}

	/**
	 * Builds one feature's geometry, noting each faulty ring; gives null if anything is
	 * wrong.
	 */
	private final class GeometryReader {

		private final String field;

		private final String label;

		private final Set<String> reported = new HashSet<>();

		private boolean faulty;

		private int ringNumber;

		GeometryReader(String field, String label) {
			this.field = field;
			this.label = label;
		}

		Geometry read(JsonNode node) {
			if (node == null || node.isNull()) {
				problem("area.import.geometry-missing", this.label);
				return null;
			}
			String type = text(node.get("type"));
			JsonNode coordinates = node.path("coordinates");
			Geometry geometry;
			if ("Polygon".equals(type)) {
				geometry = polygon(coordinates);
			}
			else if ("MultiPolygon".equals(type)) {
				geometry = multiPolygon(coordinates);
			}
			else {
				problem("area.import.geometry-type", this.label, String.valueOf(type));
				return null;
			}
			if (this.faulty) {
				return null;
			}
			TopologyValidationError error = new IsValidOp(geometry).getValidationError();
			if (error != null) {
				Coordinate at = error.getCoordinate();
				problem("area.import.invalid-geometry." + error.getErrorType(), this.label,
						(at != null) ? at.getX() : 0.0, (at != null) ? at.getY() : 0.0);
				return null;
			}
			return geometry;
		}

		private Geometry multiPolygon(JsonNode node) {
			if (!node.isArray() || node.isEmpty()) {
				return malformed();
			}
			Polygon[] polygons = new Polygon[node.size()];
			for (int i = 0; i < polygons.length; i++) {
				polygons[i] = polygon(node.get(i));
			}
			return this.faulty ? null : Geo.FACTORY.createMultiPolygon(polygons);
		}

		private Polygon polygon(JsonNode node) {
			if (!node.isArray() || node.isEmpty()) {
				malformed();
				return null;
			}
			LinearRing[] rings = new LinearRing[node.size()];
			for (int i = 0; i < rings.length; i++) {
				rings[i] = ring(node.get(i));
			}
			if (this.faulty) {
				return null;
			}
			LinearRing[] holes = new LinearRing[rings.length - 1];
			System.arraycopy(rings, 1, holes, 0, holes.length);
			return Geo.FACTORY.createPolygon(rings[0], holes);
		}

		private LinearRing ring(JsonNode node) {
			this.ringNumber++;
			if (!node.isArray()) {
				return malformed();
			}
			Coordinate[] coordinates = new Coordinate[node.size()];
			for (int i = 0; i < coordinates.length; i++) {
				coordinates[i] = position(node.get(i));
				if (coordinates[i] == null) {
					return null;
				}
			}
			if (coordinates.length < 4) {
				problem("area.import.ring-too-short", this.label, this.ringNumber);
				return null;
			}
			if (!coordinates[0].equals2D(coordinates[coordinates.length - 1])) {
				problem("area.import.ring-not-closed", this.label, this.ringNumber);
				return null;
			}
			return Geo.FACTORY.createLinearRing(coordinates);
		}

		private Coordinate position(JsonNode node) {
			if (!node.isArray() || node.size() < 2 || !node.get(0).isNumber() || !node.get(1).isNumber()) {
				return malformed();
			}
			double lon = node.get(0).doubleValue();
			double lat = node.get(1).doubleValue();
			if (!(lon >= -180 && lon <= 180 && lat >= -90 && lat <= 90)) {
				problem("area.import.coordinate-range", this.label, lon, lat);
				return null;
			}
			return new Coordinate(lon, lat);
		}

		private <T> T malformed() {
			problem("area.import.coordinates-malformed", this.label);
			return null;
		}

		private void problem(String key, Object... args) {
			this.faulty = true;
			// ring faults name their ring; other kinds (a bad position, say) are told
			// once per feature
			if (this.reported.add(key) || key.startsWith("area.import.ring-")) {
				GeoJsonFile.this.problems.add(new FieldProblem(this.field, key, args));
			}
		}

	}

}

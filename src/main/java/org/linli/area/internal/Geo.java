package org.linli.area.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.locationtech.jts.io.WKBWriter;

/**
 * Geometry helpers for WGS84 lon/lat polygons.
 * <p>
 * Areas in square metres use a local equirectangular projection ({@code x = R·λ·cos φ0},
 * {@code y = R·φ}). That projection is affine in lon/lat, so overlays (intersection,
 * union, difference) give the same shapes whether done in degrees or in metres; only the
 * area of each result is converted, with {@code φ0} the middle latitude of that result.
 */
public final class Geo {

	public static final int WGS84 = 4326;

	public static final GeometryFactory FACTORY = new GeometryFactory(new PrecisionModel(), WGS84);

	/** Metres per degree of latitude on the mean-radius sphere (R = 6,371,008.8 m). */
	static final double METRES_PER_DEGREE = 6_371_008.8 * Math.PI / 180;

	private Geo() {
	}

	public static double squareMetres(Geometry geometry) {
		if (geometry.isEmpty()) {
			return 0;
		}
		double latitude = geometry.getEnvelopeInternal().centre().getY();
		return geometry.getArea() * METRES_PER_DEGREE * METRES_PER_DEGREE * Math.cos(Math.toRadians(latitude));
	}

	public static byte[] toWkb(Geometry geometry) {
		return new WKBWriter().write(geometry);
	}

	public static Geometry fromWkb(byte[] wkb) {
		try {
			Geometry geometry = new WKBReader(FACTORY).read(wkb);
			geometry.setSRID(WGS84);
			return geometry;
		}
		catch (ParseException ex) {
			throw new IllegalStateException("Stored boundary is not WKB", ex);
		}
	}

	/**
	 * A GeoJSON geometry object (Polygon or MultiPolygon) as maps and lists, ready to
	 * serialise.
	 */
	public static Map<String, Object> toGeoJson(Geometry geometry) {
		Map<String, Object> json = new LinkedHashMap<>();
		if (geometry instanceof Polygon polygon) {
			json.put("type", "Polygon");
			json.put("coordinates", rings(polygon));
		}
		else {
			List<Object> polygons = new ArrayList<>();
			for (int i = 0; i < geometry.getNumGeometries(); i++) {
				polygons.add(rings((Polygon) geometry.getGeometryN(i)));
			}
			json.put("type", "MultiPolygon");
			json.put("coordinates", polygons);
		}
		return json;
	}

	private static List<Object> rings(Polygon polygon) {
		List<Object> rings = new ArrayList<>();
		rings.add(positions(polygon.getExteriorRing()));
		for (int i = 0; i < polygon.getNumInteriorRing(); i++) {
			rings.add(positions(polygon.getInteriorRingN(i)));
		}
		return rings;
	}

	private static List<double[]> positions(LineString ring) {
		List<double[]> positions = new ArrayList<>(ring.getNumPoints());
		for (Coordinate coordinate : ring.getCoordinates()) {
			positions.add(new double[] { coordinate.getX(), coordinate.getY() });
		}
		return positions;
	}

}

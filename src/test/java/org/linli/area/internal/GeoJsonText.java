package org.linli.area.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Builds small GeoJSON files for tests.
 */
public final class GeoJsonText {

	private GeoJsonText() {
	}

	public static String collection(String... features) {
		return "{\"type\":\"FeatureCollection\",\"features\":[" + String.join(",", features) + "]}";
	}

	public static String feature(String code, String name, String geometry) {
		return "{\"type\":\"Feature\",\"properties\":{\"code\":\"" + code + "\",\"name\":\"" + name
				+ "\"},\"geometry\":" + geometry + "}";
	}

	/** An axis-aligned rectangle, counter-clockwise. */
	public static String rectangle(double west, double south, double east, double north) {
		return polygon(west, south, east, south, east, north, west, north, west, south);
	}

	/**
	 * A polygon with one ring given as lon, lat pairs, written as given (closed or not).
	 */
	public static String polygon(double... lonLat) {
		return "{\"type\":\"Polygon\",\"coordinates\":[" + ring(lonLat) + "]}";
	}

	static String ring(double... lonLat) {
		StringBuilder ring = new StringBuilder("[");
		for (int i = 0; i < lonLat.length; i += 2) {
			ring.append((i > 0) ? "," : "").append(String.format(Locale.ROOT, "[%.9f,%.9f]", lonLat[i], lonLat[i + 1]));
		}
		return ring.append(']').toString();
	}

	/** A polygon from several rings (shell first), each given as lon, lat pairs. */
	public static String polygonWithHoles(double[]... rings) {
		return "{\"type\":\"Polygon\",\"coordinates\":["
				+ Arrays.stream(rings).map(GeoJsonText::ring).collect(Collectors.joining(",")) + "]}";
	}

	public static String resource(String path) {
		try (InputStream in = GeoJsonText.class.getResourceAsStream(path)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}

package org.linli.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.linli.area.internal.GeoJsonFile;
import org.locationtech.jts.algorithm.locate.SimplePointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Location;

/**
 * Random points strictly inside the demo street's grids (曹杨新村街道 310107005), a fixed
 * number per grid so every grid gets reports; also each grid's code and an inner point
 * for the synthetic cases.
 */
final class DemoSpots {

	record Spot(double lat, double lon) {
	}

	record Grid(String code, double lat, double lon) {
	}

	final List<Spot> spots = new ArrayList<>();

	final List<Grid> grids = new ArrayList<>();

	DemoSpots(int perGrid) throws IOException {
		String json;
		try (InputStream in = DemoSpots.class.getResourceAsStream("/demo/caoyang-grids.geojson")) {
			json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		SplittableRandom random = new SplittableRandom(7);
		for (GeoJsonFile.Feature feature : GeoJsonFile.parse(json).features()) {
			if (feature.code() == null || feature.code().length() != 15) {
				continue;
			}
			var inner = feature.geometry().getInteriorPoint();
			this.grids.add(new Grid(feature.code(), inner.getY(), inner.getX()));
			Envelope box = feature.geometry().getEnvelopeInternal();
			int found = 0;
			for (int tries = 0; found < perGrid && tries < perGrid * 50; tries++) {
				Coordinate point = new Coordinate(box.getMinX() + random.nextDouble() * box.getWidth(),
						box.getMinY() + random.nextDouble() * box.getHeight());
				if (SimplePointInAreaLocator.locate(point, feature.geometry()) == Location.INTERIOR) {
					this.spots.add(new Spot(point.y, point.x));
					found++;
				}
			}
		}
	}

}

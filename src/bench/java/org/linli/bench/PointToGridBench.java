package org.linli.bench;

import org.junit.jupiter.api.Test;
import org.linli.area.GridLocatorBenchmark;

/**
 * Runs the point-to-grid JMH benchmark under {@code ./mvnw -Pbench test}; it prints one
 * {@code bench point_to_grid_… lookups/s} line per data set.
 */
class PointToGridBench {

	@Test
	void pointToGridLookupsPerSecond() throws Exception {
		GridLocatorBenchmark.main(new String[0]);
	}

}

package org.linli.area;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import org.linli.area.internal.GeoJsonFile;
import org.linli.area.internal.Geo;
import org.linli.area.internal.GridIndex;
import org.locationtech.jts.geom.Envelope;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Throughput of point-to-grid lookups ({@link GridIndex#locate}), the structure behind {@link Areas#locate}: over
 * the 210 demo grids of 曹杨新村街道, and over 600,000 synthetic 100 m grids (800 × 750 squares, about 84 km × 75
 * km, the size of a large city). Points are uniform over the grids' extent plus a 5 % margin, so some fall outside
 * every grid. One benchmark operation is one lookup, so the score is lookups per second (summed over threads).
 * <p>
 * Run {@link #main} to get a plain "lookups per second" line per data set; system properties {@code threads}
 * (default: all cores) and {@code forks} (default 1) adjust it. Any JMH command line works as well.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = { "-Xmx3g", "-XX:+UseTransparentHugePages" })
public class GridLocatorBenchmark {

	static final int BATCH = 1024;

	private static final int POINTS = 1 << 16;

	private static final double GRID_METRES = 100;

	@Param({ "demo", "600000" })
	public String grids;

	private GridIndex index;

	private final double[] lats = new double[POINTS];

	private final double[] lons = new double[POINTS];

	@Setup
	public void build() throws IOException {
		GridIndex.Builder builder = new GridIndex.Builder();
		Envelope extent = "demo".equals(this.grids) ? demo(builder) : synthetic(builder, Integer.parseInt(this.grids));
		this.index = builder.build();
		extent.expandBy(extent.getWidth() * 0.025, extent.getHeight() * 0.025);
		SplittableRandom random = new SplittableRandom(42);
		for (int i = 0; i < POINTS; i++) {
			this.lons[i] = extent.getMinX() + random.nextDouble() * extent.getWidth();
			this.lats[i] = extent.getMinY() + random.nextDouble() * extent.getHeight();
		}
	}

	@State(Scope.Thread)
	public static class Cursor {

		int next = (int) (Thread.currentThread().threadId() * 7919);

	}

	@Benchmark
	@OperationsPerInvocation(BATCH)
	public int locate(Cursor cursor) {
		int found = 0;
		int next = cursor.next;
		for (int i = 0; i < BATCH; i++) {
			int point = (next + i) & (POINTS - 1);
			if (this.index.locate(this.lats[point], this.lons[point]).isPresent()) {
				found++;
			}
		}
		cursor.next = next + BATCH;
		return found;
	}

	private static Envelope demo(GridIndex.Builder builder) throws IOException {
		String json;
		try (InputStream in = GridLocatorBenchmark.class.getResourceAsStream("/demo/caoyang-grids.geojson")) {
			json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		Envelope extent = new Envelope();
		for (GeoJsonFile.Feature feature : GeoJsonFile.parse(json).features()) {
			if (AreaLevel.GRID.accepts(feature.code())) {
				builder.add(location(feature.code()), feature.geometry());
				extent.expandToInclude(feature.geometry().getEnvelopeInternal());
			}
		}
		return extent;
	}

	/** Squares of 100 m in rows of 800 from 121.0 E, 31.0 N northwards; 100 grids to a community. */
	private static Envelope synthetic(GridIndex.Builder builder, int count) {
		int columns = 800;
		double metresPerDegree = 6_371_008.8 * Math.PI / 180;
		double dy = GRID_METRES / metresPerDegree;
		double dx = GRID_METRES / (metresPerDegree * Math.cos(Math.toRadians(31.3)));
		for (int i = 0; i < count; i++) {
			double west = 121.0 + (i % columns) * dx;
			double south = 31.0 + (i / columns) * dy;
			// coordinates of shared corners are computed identically for both neighbours, as a real tiling has them
			Envelope square = new Envelope(west, 121.0 + (i % columns + 1) * dx, south, 31.0 + (i / columns + 1) * dy);
			String code = "310000%06d%03d".formatted(i / 100, i % 100);
			builder.add(location(code), Geo.FACTORY.toGeometry(square));
		}
		int rows = (count + columns - 1) / columns;
		return new Envelope(121.0, 121.0 + columns * dx, 31.0, 31.0 + rows * dy);
	}

	private static Location location(String gridCode) {
		return new Location(gridCode, gridCode, gridCode.substring(0, 12), "community", gridCode.substring(0, 9),
				"street");
	}

	public static void main(String[] args) throws RunnerException {
		int threads = Integer.getInteger("threads", Runtime.getRuntime().availableProcessors());
		for (RunResult result : run(threads)) {
			System.out.printf("bench %s %.0f lookups/s (± %.0f)%n", name(result, threads),
					result.getPrimaryResult().getScore(), result.getPrimaryResult().getScoreError());
		}
	}

	public static Collection<RunResult> run(int threads) throws RunnerException {
		Options options = new OptionsBuilder().include(GridLocatorBenchmark.class.getName() + ".locate")
			.threads(threads)
			.forks(Integer.getInteger("forks", 1))
			.build();
		return new Runner(options).run();
	}

	public static String name(RunResult result, int threads) {
		return "point_to_grid_%s_grids_%d_threads".formatted(result.getParams().getParam("grids"), threads);
	}

}

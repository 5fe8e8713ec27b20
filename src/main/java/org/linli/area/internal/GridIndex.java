package org.linli.area.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.linli.area.Location;
import org.locationtech.jts.algorithm.CGAlgorithmsDD;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;

/**
 * An immutable point-to-grid index built for throughput: a lookup allocates nothing and
 * takes no lock, so any number of threads may share one instance while a new one is being
 * built.
 * <p>
 * Space is cut into cells the size of the median grid; each occupied cell, found through
 * an open-addressing hash (so sparse coverage of a large region costs nothing), lists the
 * grids whose bounding box touches it. A lookup hashes the point's cell, skips candidates
 * whose bounding box misses the point, and runs a ray-crossing test on flat coordinate
 * arrays with exact orientation ({@link CGAlgorithmsDD}), so a point exactly on an edge
 * is always recognised as on it. Everything a lookup reads lies in a few primitive
 * arrays, so it costs a handful of cache misses however many grids there are.
 * <p>
 * Tie rule: polygons are closed (a point on a grid's edge is in that grid) and candidates
 * are tried in ascending code order, so a point on an edge or corner shared by several
 * grids resolves to the lowest code.
 */
public final class GridIndex {

	public static final GridIndex EMPTY = new Builder().build();

	private static final long NO_CELL = -1;

	private static final int ENTRY = 5;

	private final Optional<Location>[] results;

	/**
	 * One block per grid: grid index (= rank by code), ring count, each ring's position
	 * count, then the interleaved lon, lat of every ring (each ring closed). A lookup
	 * reads one block front to back.
	 */
	private final double[] shapes;

	private final double minX;

	private final double minY;

	private final double maxX;

	private final double maxY;

	private final double cellWidth;

	private final double cellHeight;

	/**
	 * Open addressing, two longs a slot: the cell key, then its entries as
	 * {@code from << 32 | to}.
	 */
	private final long[] cells;

	/**
	 * Five ints per entry (a grid whose bounding box touches a cell), next to the cell's
	 * other entries: the grid's bounding box rounded outwards to floats (a cheap first
	 * test), then the offset of its block in {@link #shapes}.
	 */
	private final int[] entries;

	private final int mask;

	private final int shift;

	@SuppressWarnings("unchecked")
	private GridIndex(List<Shape> shapes) {
		int count = shapes.size();
		this.results = new Optional[count];
		int[] blocks = new int[count];
		int length = 0;
		for (int g = 0; g < count; g++) {
			blocks[g] = length;
			length += 2 + shapes.get(g).rings.size();
			for (double[] ring : shapes.get(g).rings) {
				length += ring.length;
			}
		}
		this.shapes = new double[length];
		Envelope all = new Envelope();
		double[] widths = new double[count];
		double[] heights = new double[count];
		for (int g = 0; g < count; g++) {
			Shape shape = shapes.get(g);
			this.results[g] = Optional.of(shape.location);
			all.expandToInclude(shape.envelope);
			widths[g] = shape.envelope.getWidth();
			heights[g] = shape.envelope.getHeight();
			int at = blocks[g];
			this.shapes[at++] = g;
			this.shapes[at++] = shape.rings.size();
			for (double[] ring : shape.rings) {
				this.shapes[at++] = ring.length / 2;
			}
			for (double[] ring : shape.rings) {
				System.arraycopy(ring, 0, this.shapes, at, ring.length);
				at += ring.length;
			}
		}
		this.minX = all.isNull() ? 0 : all.getMinX();
		this.minY = all.isNull() ? 0 : all.getMinY();
		this.maxX = all.isNull() ? -1 : all.getMaxX();
		this.maxY = all.isNull() ? -1 : all.getMaxY();
		this.cellWidth = Math.max(median(widths), 1e-9);
		this.cellHeight = Math.max(median(heights), 1e-9);

		long registrations = 0;
		for (Shape shape : shapes) {
			Envelope box = shape.envelope;
			registrations += (column(box.getMaxX()) - column(box.getMinX()) + 1)
					* (row(box.getMaxY()) - row(box.getMinY()) + 1);
		}
		if (registrations > Integer.MAX_VALUE / ENTRY) {
			throw new IllegalStateException("Too many grid cells to index: " + registrations);
		}
		long occupied = all.isNull() ? 0 : Math.min(registrations, (column(this.maxX) + 1) * (row(this.maxY) + 1));
		int slots = Integer.highestOneBit((int) Math.max(occupied * 2, 2)) * 2;
		this.mask = slots - 1;
		this.shift = 64 - Integer.numberOfTrailingZeros(slots);
		this.cells = new long[slots * 2];
		for (int slot = 0; slot < slots; slot++) {
			this.cells[2 * slot] = NO_CELL;
		}
		int[] from = new int[slots];
		int[] to = new int[slots];
		// first pass counts the grids of each cell, the second fills them in ascending
		// grid order
		forEachCell(shapes, (slot, g) -> to[slot]++);
		int start = 0;
		for (int slot = 0; slot < slots; slot++) {
			from[slot] = start;
			start += to[slot];
			to[slot] = from[slot];
		}
		this.entries = new int[start * ENTRY];
		forEachCell(shapes, (slot, g) -> {
			int entry = ENTRY * to[slot]++;
			Envelope box = shapes.get(g).envelope;
			this.entries[entry] = Float.floatToRawIntBits(floatBelow(box.getMinX()));
			this.entries[entry + 1] = Float.floatToRawIntBits(floatBelow(box.getMinY()));
			this.entries[entry + 2] = Float.floatToRawIntBits(floatAbove(box.getMaxX()));
			this.entries[entry + 3] = Float.floatToRawIntBits(floatAbove(box.getMaxY()));
			this.entries[entry + 4] = blocks[g];
		});
		for (int slot = 0; slot < slots; slot++) {
			this.cells[2 * slot + 1] = ((long) from[slot] << 32) | to[slot];
		}
	}

	public int size() {
		return this.results.length;
	}

	public Optional<Location> locate(double lat, double lon) {
		if (!(lon >= this.minX && lon <= this.maxX && lat >= this.minY && lat <= this.maxY)) {
			return Optional.empty();
		}
		long key = key(column(lon), row(lat));
		long[] cells = this.cells;
		int slot = slot(key);
		long found;
		while ((found = cells[2 * slot]) != key) {
			if (found == NO_CELL) {
				return Optional.empty();
			}
			slot = (slot + 1) & this.mask;
		}
		long range = cells[2 * slot + 1];
		int[] entries = this.entries;
		for (int e = ENTRY * (int) (range >>> 32), end = ENTRY * (int) range; e < end; e += ENTRY) {
			if (lon >= Float.intBitsToFloat(entries[e]) && lat >= Float.intBitsToFloat(entries[e + 1])
					&& lon <= Float.intBitsToFloat(entries[e + 2]) && lat <= Float.intBitsToFloat(entries[e + 3])) {
				int block = entries[e + 4];
				if (covers(block, lon, lat)) {
					return this.results[(int) this.shapes[block]];
				}
			}
		}
		return Optional.empty();
	}

	/**
	 * Ray crossing along +x, after JTS {@code RayCrossingCounter}: true when the point is
	 * inside or on the boundary.
	 */
	private boolean covers(int block, double px, double py) {
		double[] shapes = this.shapes;
		int rings = (int) shapes[block + 1];
		int i = block + 2 + rings;
		int crossings = 0;
		for (int r = 0; r < rings; r++) {
			int end = i + 2 * (int) shapes[block + 2 + r];
			for (i += 2; i < end; i += 2) {
				double x1 = shapes[i - 2];
				double y1 = shapes[i - 1];
				double x2 = shapes[i];
				double y2 = shapes[i + 1];
				if (x1 < px && x2 < px) {
					continue;
				}
				if (px == x2 && py == y2) {
					return true;
				}
				if (y1 == py && y2 == py) {
					if (px >= Math.min(x1, x2) && px <= Math.max(x1, x2)) {
						return true;
					}
					continue;
				}
				if ((y1 > py && y2 <= py) || (y2 > py && y1 <= py)) {
					int orientation = CGAlgorithmsDD.orientationIndex(x1, y1, x2, y2, px, py);
					if (orientation == 0) {
						return true;
					}
					if (y2 < y1) {
						orientation = -orientation;
					}
					if (orientation > 0) {
						crossings++;
					}
				}
			}
		}
		return (crossings & 1) == 1;
	}

	private long column(double x) {
		return (long) ((x - this.minX) / this.cellWidth);
	}

	private long row(double y) {
		return (long) ((y - this.minY) / this.cellHeight);
	}

	private static long key(long column, long row) {
		return (column << 32) | row;
	}

	private int slot(long key) {
		return (int) ((key * 0x9E3779B97F4A7C15L) >>> this.shift);
	}

	private void forEachCell(List<Shape> shapes, CellVisitor visitor) {
		for (int g = 0; g < shapes.size(); g++) {
			Envelope box = shapes.get(g).envelope;
			long lastColumn = column(box.getMaxX());
			long lastRow = row(box.getMaxY());
			for (long column = column(box.getMinX()); column <= lastColumn; column++) {
				for (long row = row(box.getMinY()); row <= lastRow; row++) {
					visitor.visit(claim(key(column, row)), g);
				}
			}
		}
	}

	private int claim(long key) {
		int slot = slot(key);
		while (this.cells[2 * slot] != key && this.cells[2 * slot] != NO_CELL) {
			slot = (slot + 1) & this.mask;
		}
		this.cells[2 * slot] = key;
		return slot;
	}

	private static float floatBelow(double value) {
		float rounded = (float) value;
		return (rounded > value) ? Math.nextDown(rounded) : rounded;
	}

	private static float floatAbove(double value) {
		float rounded = (float) value;
		return (rounded < value) ? Math.nextUp(rounded) : rounded;
	}

	private static double median(double[] values) {
		if (values.length == 0) {
			return 1;
		}
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		return sorted[sorted.length / 2];
	}

	@FunctionalInterface
	private interface CellVisitor {

		void visit(int slot, int grid);

	}

	private record Shape(Location location, Envelope envelope, List<double[]> rings) {

		static Shape of(Location location, Geometry boundary) {
			List<double[]> rings = new ArrayList<>();
			for (int p = 0; p < boundary.getNumGeometries(); p++) {
				Polygon polygon = (Polygon) boundary.getGeometryN(p);
				rings.add(flatten(polygon.getExteriorRing()));
				for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
					rings.add(flatten(polygon.getInteriorRingN(h)));
				}
			}
			return new Shape(location, boundary.getEnvelopeInternal(), rings);
		}

		private static double[] flatten(LineString ring) {
			Coordinate[] coordinates = ring.getCoordinates();
			double[] xy = new double[coordinates.length * 2];
			for (int i = 0; i < coordinates.length; i++) {
				xy[2 * i] = coordinates[i].getX();
				xy[2 * i + 1] = coordinates[i].getY();
			}
			return xy;
		}

	}

	/**
	 * Collects grids (Polygon or MultiPolygon boundaries in lon/lat) in any order;
	 * {@link #build()} sorts them by code.
	 */
	public static final class Builder {

		private final List<Shape> shapes = new ArrayList<>();

		public Builder add(Location location, Geometry boundary) {
			this.shapes.add(Shape.of(location, boundary));
			return this;
		}

		public GridIndex build() {
			List<Shape> sorted = new ArrayList<>(this.shapes);
			sorted.sort(Comparator.comparing(shape -> shape.location.gridCode()));
			return new GridIndex(sorted);
		}

	}

}

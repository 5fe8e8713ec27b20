package org.linli.area.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.linli.area.AreaLevel;
import org.linli.area.internal.GeoJsonFile.Feature;
import org.linli.area.internal.ImportPlan.CommunityChange;
import org.linli.area.internal.ImportPlan.GridChange;
import org.linli.shared.FieldProblem;
import org.linli.shared.InvalidInputException;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;

/**
 * Checks a parsed grid file against what is already stored, and either plans the writes
 * or refuses the file with every problem found.
 * <p>
 * A community's grids after the import are the stored ones with the file's grids added or
 * replacing them. Those grids must not overlap each other (nor the other grids of any
 * community the file touches), must lie inside the community's boundary when it has one
 * (from the file, or stored), and must cover that boundary; a community without a
 * boundary must have no holes in the union of its grids, which then becomes its derived
 * boundary. Every area is judged in square metres against one tolerance.
 */
public final class GridFileCheck {

	private final double tolerance;

	public GridFileCheck(double toleranceSquareMetres) {
		this.tolerance = toleranceSquareMetres;
	}

	/** What is stored already, as the check needs it. */
	public interface Existing {

		boolean streetExists(String streetCode);

		Optional<StoredCommunity> community(String communityCode);

		/** The community's stored grids, code to boundary. */
		Map<String, Geometry> grids(String communityCode);

	}

	/** A stored community; {@code boundary} is null when it has none yet. */
	public record StoredCommunity(Geometry boundary, boolean derived) {

	}

	public ImportPlan check(GeoJsonFile file, Existing existing) {
		Check check = new Check(file, existing);
		check.run();
		if (!check.problems.isEmpty()) {
			throw new InvalidInputException("area.import.refused", check.problems, check.problems.size());
		}
		return check.plan();
	}

	private final class Check {

		private final GeoJsonFile file;

		private final Existing existing;

		private final List<FieldProblem> problems = new ArrayList<>();

		/** Community features with a usable geometry, by code. */
		private final Map<String, Feature> boundaries = new TreeMap<>();

		/** Grid features with a usable geometry, by community code then grid code. */
		private final Map<String, Map<String, Feature>> gridsByCommunity = new TreeMap<>();

		/** Grids after the import, of every community the file touches. */
		private final Map<String, Geometry> merged = new TreeMap<>();

		private final Map<String, Geometry> derivedBoundaries = new TreeMap<>();

		Check(GeoJsonFile file, Existing existing) {
			this.file = file;
			this.existing = existing;
			this.problems.addAll(file.problems());
		}

		void run() {
			sortFeatures();
			TreeSet<String> communities = new TreeSet<>(this.boundaries.keySet());
			communities.addAll(this.gridsByCommunity.keySet());
			for (String community : communities) {
				checkCommunity(community);
			}
			checkOverlaps();
		}

		private void sortFeatures() {
			Map<String, List<Feature>> byCode = new LinkedHashMap<>();
			for (Feature feature : this.file.features()) {
				if (feature.code() != null) {
					byCode.computeIfAbsent(feature.code(), code -> new ArrayList<>()).add(feature);
				}
			}
			for (Map.Entry<String, List<Feature>> entry : byCode.entrySet()) {
				String code = entry.getKey();
				List<Feature> same = entry.getValue();
				if (same.size() > 1) {
					this.problems.add(new FieldProblem(code, "area.import.duplicate-code", code,
							same.stream().map(Feature::field).collect(Collectors.joining(", "))));
				}
				else if (AreaLevel.COMMUNITY.accepts(code)) {
					sortCommunity(same.get(0));
				}
				else {
					sortGrid(same.get(0), byCode);
				}
			}
		}

		private void sortCommunity(Feature feature) {
			String street = feature.code().substring(0, AreaLevel.STREET.codeLength());
			if (this.existing.community(feature.code()).isEmpty() && !this.existing.streetExists(street)) {
				this.problems
					.add(new FieldProblem(feature.field(), "area.import.unknown-street", feature.code(), street));
			}
			else if (feature.geometry() != null) {
				this.boundaries.put(feature.code(), feature);
			}
		}

		private void sortGrid(Feature feature, Map<String, List<Feature>> byCode) {
			String community = feature.code().substring(0, AreaLevel.COMMUNITY.codeLength());
			if (this.existing.community(community).isEmpty() && !byCode.containsKey(community)) {
				this.problems
					.add(new FieldProblem(feature.field(), "area.import.unknown-community", feature.code(), community));
			}
			else if (feature.geometry() != null) {
				this.gridsByCommunity.computeIfAbsent(community, code -> new TreeMap<>()).put(feature.code(), feature);
			}
		}

		private void checkCommunity(String community) {
			Map<String, Feature> fileGrids = this.gridsByCommunity.getOrDefault(community, Map.of());
			Map<String, Geometry> grids = new TreeMap<>(this.existing.grids(community));
			fileGrids.forEach((code, feature) -> grids.put(code, feature.geometry()));
			this.merged.putAll(grids);
			Feature boundaryFeature = this.boundaries.get(community);
			Geometry boundary = (boundaryFeature != null) ? boundaryFeature.geometry()
					: this.existing.community(community)
						.filter(stored -> !stored.derived())
						.map(StoredCommunity::boundary)
						.orElse(null);
			if (grids.isEmpty()) {
				// a boundary may arrive before its grids; coverage is checked once grids
				// exist
				return;
			}
			Geometry union = OverlayNGRobust.union(grids.values());
			if (boundary == null) {
				checkHoles(community, union);
				this.derivedBoundaries.put(community, union);
				return;
			}
			PreparedGeometry prepared = PreparedGeometryFactory.prepare(boundary);
			grids.forEach((code, grid) -> {
				boolean changed = boundaryFeature != null || fileGrids.containsKey(code);
				if (changed && !prepared.covers(grid)) {
					double outside = Geo.squareMetres(OverlayNGRobust.overlay(grid, boundary, OverlayNG.DIFFERENCE));
					if (outside > GridFileCheck.this.tolerance) {
						this.problems
							.add(new FieldProblem(code, "area.import.outside-community", code, community, outside));
					}
				}
			});
			gaps(community, OverlayNGRobust.overlay(boundary, union, OverlayNG.DIFFERENCE));
		}

		private void checkHoles(String community, Geometry union) {
			List<Geometry> holes = new ArrayList<>();
			for (int i = 0; i < union.getNumGeometries(); i++) {
				Polygon polygon = (Polygon) union.getGeometryN(i);
				for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
					holes.add(Geo.FACTORY.createPolygon(polygon.getInteriorRingN(h).getCoordinateSequence()));
				}
			}
			gaps(community, Geo.FACTORY.buildGeometry(holes));
		}

		private void gaps(String community, Geometry gaps) {
			for (int i = 0; i < gaps.getNumGeometries(); i++) {
				Geometry gap = gaps.getGeometryN(i);
				double area = Geo.squareMetres(gap);
				if (area > GridFileCheck.this.tolerance) {
					Point at = gap.getInteriorPoint();
					this.problems
						.add(new FieldProblem(community, "area.import.gap", community, area, at.getX(), at.getY()));
				}
			}
		}

		private void checkOverlaps() {
			STRtree tree = new STRtree();
			this.merged.forEach((code, grid) -> tree.insert(grid.getEnvelopeInternal(), code));
			for (Map<String, Feature> fileGrids : this.gridsByCommunity.values()) {
				for (String code : fileGrids.keySet()) {
					Geometry grid = this.merged.get(code);
					@SuppressWarnings("unchecked")
					List<String> candidates = tree.query(grid.getEnvelopeInternal());
					for (String other : new TreeSet<>(candidates)) {
						if (other.compareTo(code) > 0 || (other.compareTo(code) < 0 && !isInFile(other))) {
							checkOverlap(code, grid, other, this.merged.get(other));
						}
					}
				}
			}
		}

		private void checkOverlap(String code, Geometry grid, String other, Geometry otherGrid) {
			Envelope common = grid.getEnvelopeInternal().intersection(otherGrid.getEnvelopeInternal());
			if (Geo.squareMetres(Geo.FACTORY.toGeometry(common)) <= GridFileCheck.this.tolerance) {
				// edge neighbours: the overlap cannot exceed the shared part of the
				// bounding boxes
				return;
			}
			double overlap = Geo.squareMetres(OverlayNGRobust.overlay(grid, otherGrid, OverlayNG.INTERSECTION));
			if (overlap > GridFileCheck.this.tolerance) {
				String first = (code.compareTo(other) < 0) ? code : other;
				String second = first.equals(code) ? other : code;
				this.problems.add(new FieldProblem(first, "area.import.overlap", first, second, overlap));
			}
		}

		private boolean isInFile(String code) {
			String community = code.substring(0, AreaLevel.COMMUNITY.codeLength());
			return this.gridsByCommunity.getOrDefault(community, Map.of()).containsKey(code);
		}

		ImportPlan plan() {
			List<CommunityChange> communities = new ArrayList<>();
			this.boundaries.forEach((code, feature) -> communities
				.add(new CommunityChange(code, feature.name(), code.substring(0, AreaLevel.STREET.codeLength()),
						feature.geometry(), false, this.existing.community(code).isEmpty())));
			this.derivedBoundaries.forEach((code, union) -> {
				boolean replaceable = this.existing.community(code)
					.map(stored -> stored.boundary() == null || stored.derived())
					.orElse(false);
				if (replaceable) {
					communities.add(new CommunityChange(code, null, null, union, true, false));
				}
			});
			List<GridChange> grids = new ArrayList<>();
			this.gridsByCommunity.forEach((community, features) -> {
				Collection<String> stored = this.existing.grids(community).keySet();
				features.forEach((code, feature) -> grids
					.add(new GridChange(code, feature.name(), community, feature.geometry(), !stored.contains(code))));
			});
			return new ImportPlan(this.file.features().size(), communities, grids);
		}

	}

}

package org.linli.area.internal;

import java.util.List;

import org.linli.area.GridImportReport;
import org.locationtech.jts.geom.Geometry;

/**
 * What a checked import will write.
 */
public record ImportPlan(int features, List<CommunityChange> communities, List<GridChange> grids) {

	public ImportPlan {
		communities = List.copyOf(communities);
		grids = List.copyOf(grids);
	}

	/** A community to create (with its name) or whose boundary to replace. */
	public record CommunityChange(String code, String name, String streetCode, Geometry boundary, boolean derived,
			boolean created) {

	}

	public record GridChange(String code, String name, String communityCode, Geometry boundary, boolean created) {

	}

	public GridImportReport report() {
		int created = (int) this.grids.stream().filter(GridChange::created).count();
		int derived = (int) this.communities.stream().filter(CommunityChange::derived).count();
		return new GridImportReport(this.features, created, this.grids.size() - created,
				(int) this.communities.stream().filter(CommunityChange::created).count(),
				this.communities.size() - derived, derived);
	}

}

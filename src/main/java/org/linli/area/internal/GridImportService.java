package org.linli.area.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.linli.area.AreaLevel;
import org.linli.area.GridImport;
import org.linli.area.GridImportReport;
import org.locationtech.jts.geom.Geometry;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class GridImportService implements GridImport {

	private final AreaRepository repository;

	private final GridLocator locator;

	private final GridFileCheck check;

	GridImportService(AreaRepository repository, GridLocator locator, AreaImportProperties properties) {
		this.repository = repository;
		this.locator = locator;
		this.check = new GridFileCheck(properties.toleranceSquareMeters());
	}

	@Override
	@Transactional
	public GridImportReport importGeoJson(String json) {
		GeoJsonFile file = GeoJsonFile.parse(json);
		this.repository.lockImports();
		ImportPlan plan = this.check.check(file, new StoredAreas());
		this.repository.store(plan);
		this.locator.rebuildAfterCommit();
		return plan.report();
	}

	/** What the database holds, read once per code within the import's transaction. */
	private final class StoredAreas implements GridFileCheck.Existing {

		private final Map<String, Boolean> streets = new HashMap<>();

		private final Map<String, Optional<GridFileCheck.StoredCommunity>> communities = new HashMap<>();

		private final Map<String, Map<String, Geometry>> grids = new HashMap<>();

		@Override
		public boolean streetExists(String streetCode) {
			return this.streets.computeIfAbsent(streetCode,
					code -> GridImportService.this.repository.exists(code, AreaLevel.STREET));
		}

		@Override
		public Optional<GridFileCheck.StoredCommunity> community(String communityCode) {
			return this.communities.computeIfAbsent(communityCode, GridImportService.this.repository::community);
		}

		@Override
		public Map<String, Geometry> grids(String communityCode) {
			return this.grids.computeIfAbsent(communityCode, GridImportService.this.repository::grids);
		}

	}

}

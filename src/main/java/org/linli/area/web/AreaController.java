package org.linli.area.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.linli.area.AreaLevel;
import org.linli.area.Areas;
import org.linli.area.GridImport;
import org.linli.area.GridImportReport;
import org.linli.area.GridResponsibilities;
import org.linli.area.Location;
import org.linli.area.Responsibilities;
import org.linli.area.internal.AreaRepository;
import org.linli.area.internal.AreaRepository.AreaDetail;
import org.linli.area.internal.AreaRepository.GridShape;
import org.linli.area.internal.Geo;
import org.linli.identity.CurrentUser;
import org.linli.identity.Scope;
import org.linli.shared.FieldProblem;
import org.linli.shared.InvalidInputException;
import org.linli.shared.Messages;
import org.linli.shared.NotFoundException;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Areas for maps and forms. An area outside the caller's scope answers 404 exactly like
 * an unknown one.
 */
@RestController
@RequestMapping("/api/v1/areas")
class AreaController {

	static final String GEO_JSON = "application/geo+json";

	private final Areas areas;

	private final AreaRepository repository;

	private final Responsibilities responsibilities;

	private final GridImport gridImport;

	private final Messages messages;

	AreaController(Areas areas, AreaRepository repository, Responsibilities responsibilities, GridImport gridImport,
			Messages messages) {
		this.areas = areas;
		this.repository = repository;
		this.responsibilities = responsibilities;
		this.gridImport = gridImport;
		this.messages = messages;
	}

	record Child(String code, String name, AreaLevel level) {

	}

	record Centroid(double lat, double lon) {

	}

	record AreaView(String code, String name, AreaLevel level, String levelName, String parentCode, String address,
			Centroid centroid, Map<String, Object> geometry, List<Child> children,
			GridResponsibilities responsibilities, List<String> staff) {

	}

	@GetMapping("/{code}")
	AreaView area(@PathVariable String code) {
		Scope scope = CurrentUser.scope();
		AreaDetail detail = (AreaLevel.ofCode(code).isPresent() && scope.canSee(code))
				? this.repository.detail(code).orElse(null) : null;
		if (detail == null) {
			throw new NotFoundException("area.error.not-found", code);
		}
		AreaLevel level = detail.area().level();
		List<Child> children = this.areas.children(code)
			.stream()
			.filter(child -> scope.canSee(child.code()))
			.map(child -> new Child(child.code(), child.name(), child.level()))
			.toList();
		return new AreaView(code, detail.area().name(), level, this.messages.get("area.level." + level.name()),
				detail.area().parentCode(), detail.address(),
				(detail.centroidLat() != null) ? new Centroid(detail.centroidLat(), detail.centroidLon()) : null,
				(detail.boundary() != null) ? Geo.toGeoJson(detail.boundary()) : null, children,
				(level == AreaLevel.GRID) ? this.responsibilities.ofGrid(code) : null,
				(level == AreaLevel.COMMUNITY) ? this.responsibilities.staffOf(code) : null);
	}

	/** Open to anyone: a resident pins a concern on the map before signing in. */
	@GetMapping("/locate")
	Location locate(@RequestParam double lat, @RequestParam double lon) {
		List<FieldProblem> problems = new ArrayList<>();
		if (!(lat >= -90 && lat <= 90)) {
			problems.add(new FieldProblem("lat", "area.error.lat-range", lat));
		}
		if (!(lon >= -180 && lon <= 180)) {
			problems.add(new FieldProblem("lon", "area.error.lon-range", lon));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException("error.invalid-input", problems);
		}
		return this.areas.locate(lat, lon).orElseThrow(() -> new NotFoundException("area.error.outside", lat, lon));
	}

	@GetMapping(path = "/{code}/grids.geojson", produces = { GEO_JSON, "application/json" })
	Map<String, Object> grids(@PathVariable String code) {
		Scope scope = CurrentUser.scope();
		if (AreaLevel.ofCode(code).isEmpty() || !scope.canSee(code) || this.areas.find(code).isEmpty()) {
			throw new NotFoundException("area.error.not-found", code);
		}
		List<Map<String, Object>> features = new ArrayList<>();
		for (GridShape grid : this.repository.gridsBelow(code)) {
			if (scope.canSee(grid.code())) {
				features.add(feature(grid));
			}
		}
		Map<String, Object> collection = new LinkedHashMap<>();
		collection.put("type", "FeatureCollection");
		collection.put("features", features);
		return collection;
	}

	@PostMapping(path = "/import", consumes = { GEO_JSON, "application/json" })
	@PreAuthorize("hasRole('ADMIN')")
	GridImportReport importGrids(@RequestBody byte[] body) {
		// RFC 7946: GeoJSON is UTF-8, whatever charset the client declared
		return this.gridImport.importGeoJson(new String(body, StandardCharsets.UTF_8));
	}

	private static Map<String, Object> feature(GridShape grid) {
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("code", grid.code());
		properties.put("name", grid.name());
		properties.put("communityCode", grid.communityCode());
		Map<String, Object> feature = new LinkedHashMap<>();
		feature.put("type", "Feature");
		feature.put("id", grid.code());
		feature.put("properties", properties);
		feature.put("geometry", Geo.toGeoJson(grid.boundary()));
		return feature;
	}

}

package org.linli.area.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.linli.area.Areas;
import org.linli.area.GridImport;
import org.linli.area.GridImportReport;
import org.linli.area.Location;
import org.linli.shared.FieldProblem;
import org.linli.shared.InvalidInputException;
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

	private final AreaViews views;

	private final GridImport gridImport;

	AreaController(Areas areas, AreaViews views, GridImport gridImport) {
		this.areas = areas;
		this.views = views;
		this.gridImport = gridImport;
	}

	@GetMapping("/{code}")
	AreaViews.AreaView area(@PathVariable String code) {
		return this.views.view(code);
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
		return this.views.gridsGeoJson(code);
	}

	@PostMapping(path = "/import", consumes = { GEO_JSON, "application/json" })
	@PreAuthorize("hasRole('ADMIN')")
	GridImportReport importGrids(@RequestBody byte[] body) {
		// RFC 7946: GeoJSON is UTF-8, whatever charset the client declared
		return this.gridImport.importGeoJson(new String(body, StandardCharsets.UTF_8));
	}

}

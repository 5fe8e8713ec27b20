package org.linli.area.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.linli.area.Area;
import org.linli.area.AreaLevel;
import org.linli.area.Areas;
import org.linli.area.Location;
import org.linli.area.GridResponsibilities;
import org.linli.area.Responsibilities;
import org.linli.area.internal.AreaRepository;
import org.linli.area.internal.AreaRepository.AreaDetail;
import org.linli.area.internal.AreaRepository.GridShape;
import org.linli.area.internal.Geo;
import org.linli.identity.CurrentUser;
import org.linli.identity.Scope;
import org.linli.shared.Messages;
import org.linli.shared.NotFoundException;

import org.springframework.stereotype.Component;

/**
 * What a signed-in person may see of an area, for the API and the pages alike: an area
 * outside their scope is as unknown as one that does not exist.
 */
@Component
class AreaViews {

	private final Areas areas;

	private final AreaRepository repository;

	private final Responsibilities responsibilities;

	private final Messages messages;

	AreaViews(Areas areas, AreaRepository repository, Responsibilities responsibilities, Messages messages) {
		this.areas = areas;
		this.repository = repository;
		this.responsibilities = responsibilities;
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

	AreaView view(String code) {
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

	/**
	 * The areas from the top of the caller's view down to the area's parent, for a
	 * breadcrumb.
	 */
	List<Area> ancestors(String code) {
		Scope scope = CurrentUser.scope();
		List<Area> path = new ArrayList<>();
		for (AreaLevel level : AreaLevel.values()) {
			if (level.codeLength() < code.length()) {
				this.areas.find(code.substring(0, level.codeLength()))
					.filter(area -> scope.canSee(area.code()))
					.ifPresent(path::add);
			}
		}
		return path;
	}

	Map<String, Object> gridsGeoJson(String code) {
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

	/**
	 * The outlines of a street's or community's grids (code and name only, nothing
	 * personal) for the public maps: the one the code names, or the community around a
	 * point. Empty for anything else.
	 */
	Map<String, Object> outlineGeoJson(String code, Double lat, Double lon) {
		String area = code;
		if (area == null && lat != null && lon != null) {
			area = this.areas.locate(lat, lon).map(Location::communityCode).orElse(null);
		}
		boolean allowed = area != null && AreaLevel.ofCode(area)
			.filter((level) -> level == AreaLevel.STREET || level == AreaLevel.COMMUNITY)
			.isPresent();
		List<Map<String, Object>> features = new ArrayList<>();
		if (allowed) {
			this.repository.gridsBelow(area).forEach((grid) -> features.add(feature(grid)));
		}
		Map<String, Object> collection = new LinkedHashMap<>();
		collection.put("type", "FeatureCollection");
		collection.put("features", features);
		return collection;
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

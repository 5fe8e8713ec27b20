package org.linli.area.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;

import org.linli.area.Area;
import org.linli.area.AreaLevel;
import org.linli.area.Location;
import org.linli.area.internal.GridFileCheck.StoredCommunity;
import org.linli.area.internal.ImportPlan.CommunityChange;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code area} schema: the area tree with boundaries.
 */
@Repository
public class AreaRepository {

	private static final String AREA_COLUMNS = "code, name, level, parent_code";

	private final JdbcClient jdbc;

	private final JdbcTemplate batch;

	AreaRepository(JdbcClient jdbc, JdbcTemplate batch) {
		this.jdbc = jdbc;
		this.batch = batch;
	}

	/**
	 * An area with what the area page shows beyond the tree: boundary, centroid, address.
	 */
	public record AreaDetail(Area area, Geometry boundary, Double centroidLat, Double centroidLon, String address) {

	}

	/** A grid for a map: code, name and boundary. */
	public record GridShape(String code, String name, String communityCode, Geometry boundary) {

	}

	public Optional<Area> find(String code) {
		return this.jdbc.sql("select " + AREA_COLUMNS + " from area.area where code = ?")
			.param(code)
			.query(AreaRepository::area)
			.optional();
	}

	public List<Area> children(String code) {
		return this.jdbc.sql("select " + AREA_COLUMNS + " from area.area where parent_code = ? order by code")
			.param(code)
			.query(AreaRepository::area)
			.list();
	}

	public Optional<AreaDetail> detail(String code) {
		return this.jdbc
			.sql("select " + AREA_COLUMNS
					+ ", boundary, centroid_lat, centroid_lon, address from area.area where code = ?")
			.param(code)
			.query((rs, row) -> new AreaDetail(area(rs, row), boundary(rs), rs.getObject("centroid_lat", Double.class),
					rs.getObject("centroid_lon", Double.class), rs.getString("address")))
			.optional();
	}

	public List<GridShape> gridsBelow(String code) {
		return this.jdbc
			.sql("select code, name, parent_code, boundary from area.area"
					+ " where level = 'GRID' and code like ? and boundary is not null order by code")
			.param(code + "%")
			.query((rs, row) -> new GridShape(rs.getString("code"), rs.getString("name"), rs.getString("parent_code"),
					boundary(rs)))
			.list();
	}

	public void saveDivision(String code, String name, AreaLevel level, String parentCode) {
		this.jdbc.sql("""
				insert into area.area (code, name, level, parent_code) values (?, ?, ?, ?)
				on conflict (code) do update set name = excluded.name, parent_code = excluded.parent_code,
					updated_at = now()
				""").params(code, name, level.name(), parentCode).update();
	}

	public void saveBuilding(String code, String gridCode, String name, String address) {
		this.jdbc.sql("""
				insert into area.area (code, name, level, parent_code, address) values (?, ?, 'BUILDING', ?, ?)
				on conflict (code) do update set name = excluded.name, address = excluded.address, updated_at = now()
				""").params(code, name, gridCode, address).update();
	}

	/**
	 * Serialises imports so that each one checks against what the previous one stored.
	 */
	void lockImports() {
		this.jdbc.sql("select pg_advisory_xact_lock(hashtext('area.grid-import'))").query(rs -> {
		});
	}

	boolean exists(String code, AreaLevel level) {
		return this.jdbc.sql("select exists (select 1 from area.area where code = ? and level = ?)")
			.params(code, level.name())
			.query(Boolean.class)
			.single();
	}

	Optional<StoredCommunity> community(String code) {
		return this.jdbc.sql("select boundary, boundary_derived from area.area where code = ? and level = 'COMMUNITY'")
			.param(code)
			.query((rs, row) -> new StoredCommunity(boundary(rs), rs.getBoolean("boundary_derived")))
			.optional();
	}

	Map<String, Geometry> grids(String communityCode) {
		Map<String, Geometry> grids = new LinkedHashMap<>();
		this.jdbc
			.sql("select code, boundary from area.area"
					+ " where parent_code = ? and level = 'GRID' and boundary is not null order by code")
			.param(communityCode)
			.query(rs -> {
				grids.put(rs.getString("code"), boundary(rs));
			});
		return grids;
	}

	void store(ImportPlan plan) {
		List<CommunityChange> created = plan.communities().stream().filter(CommunityChange::created).toList();
		this.batch.batchUpdate("""
				insert into area.area (code, name, level, parent_code, boundary, boundary_derived, centroid_lon,
					centroid_lat)
				values (?, ?, 'COMMUNITY', ?, ?, false, ?, ?)
				""", created, 1000, (ps, community) -> {
			Point centroid = community.boundary().getCentroid();
			ps.setString(1, community.code());
			ps.setString(2, community.name());
			ps.setString(3, community.streetCode());
			ps.setBytes(4, Geo.toWkb(community.boundary()));
			ps.setDouble(5, centroid.getX());
			ps.setDouble(6, centroid.getY());
		});
		List<CommunityChange> updated = plan.communities().stream().filter(change -> !change.created()).toList();
		this.batch.batchUpdate("""
				update area.area set boundary = ?, boundary_derived = ?, centroid_lon = ?, centroid_lat = ?,
					updated_at = now()
				where code = ?
				""", updated, 1000, (ps, community) -> {
			Point centroid = community.boundary().getCentroid();
			ps.setBytes(1, Geo.toWkb(community.boundary()));
			ps.setBoolean(2, community.derived());
			ps.setDouble(3, centroid.getX());
			ps.setDouble(4, centroid.getY());
			ps.setString(5, community.code());
		});
		this.batch.batchUpdate("""
				insert into area.area (code, name, level, parent_code, boundary, centroid_lon, centroid_lat)
				values (?, ?, 'GRID', ?, ?, ?, ?)
				on conflict (code) do update set name = excluded.name, boundary = excluded.boundary,
					centroid_lon = excluded.centroid_lon, centroid_lat = excluded.centroid_lat, updated_at = now()
				""", plan.grids(), 1000, (ps, grid) -> {
			Point centroid = grid.boundary().getCentroid();
			ps.setString(1, grid.code());
			ps.setString(2, grid.name());
			ps.setString(3, grid.communityCode());
			ps.setBytes(4, Geo.toWkb(grid.boundary()));
			ps.setDouble(5, centroid.getX());
			ps.setDouble(6, centroid.getY());
		});
	}

	/** Every grid with a boundary, with the community and street above it. */
	void forEachGrid(BiConsumer<Location, Geometry> consumer) {
		this.jdbc.sql("""
				select g.code, g.name, g.boundary, c.code as community_code, c.name as community_name,
					s.code as street_code, s.name as street_name
				from area.area g
				join area.area c on c.code = g.parent_code
				left join area.area s on s.code = c.parent_code
				where g.level = 'GRID' and g.boundary is not null
				""").query(rs -> {
			consumer.accept(
					new Location(rs.getString("code"), rs.getString("name"), rs.getString("community_code"),
							rs.getString("community_name"), rs.getString("street_code"), rs.getString("street_name")),
					boundary(rs));
		});
	}

	private static Area area(ResultSet rs, int row) throws SQLException {
		return new Area(rs.getString("code"), rs.getString("name"), AreaLevel.valueOf(rs.getString("level")),
				rs.getString("parent_code"));
	}

	private static Geometry boundary(ResultSet rs) throws SQLException {
		byte[] wkb = rs.getBytes("boundary");
		return (wkb != null) ? Geo.fromWkb(wkb) : null;
	}

}

package org.linli.area;

import java.util.List;
import java.util.Optional;

/**
 * The area tree (district → street → community → grid → building) and the point-to-grid
 * lookup.
 */
public interface Areas {

	Optional<Area> find(String code);

	/** The direct children, ordered by code; empty for an unknown code. */
	List<Area> children(String code);

	/**
	 * Registers a district, street or community, or renames it if the code is already
	 * known. A district's parent is its 2-digit province or 4-digit city code (not kept
	 * as an area) or null; any other level's parent must be registered and be the code's
	 * prefix.
	 * @throws org.linli.shared.InvalidInputException naming every field that breaks a
	 * rule
	 */
	void registerDivision(String code, String name, AreaLevel level, String parentCode);

	/**
	 * Registers a building (18-digit code = grid code + 3-digit sequence) in a known
	 * grid, or updates it.
	 */
	void registerBuilding(String code, String gridCode, String name, String address);

	/**
	 * The grid a WGS84 point lies in. A point on an edge or corner shared by several
	 * grids belongs to the one with the lowest code; a point on the outer edge of a grid
	 * belongs to that grid; a point in no grid gives empty.
	 */
	Optional<Location> locate(double lat, double lon);

}

package org.linli.area;

/**
 * Where a point lies: its grid and the community and street above it.
 */
public record Location(String gridCode, String gridName, String communityCode, String communityName, String streetCode,
		String streetName) {

}

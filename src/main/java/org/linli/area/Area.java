package org.linli.area;

/**
 * One node of the area tree. {@code parentCode} is null only for a district registered
 * without its city.
 */
public record Area(String code, String name, AreaLevel level, String parentCode) {

}

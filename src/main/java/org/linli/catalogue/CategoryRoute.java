package org.linli.catalogue;

/**
 * Inside the area (and everything under it) concerns of the category go to this
 * department instead of the category's default.
 */
public record CategoryRoute(CategoryKind kind, String code, String areaCode, String departmentCode) {
}

package org.linli.department;

/**
 * Where a department sits: a district agency, a unit stationed in the street (the
 * city-management squad, the housing office, the police station, the market-regulation
 * office), or an office of the street itself.
 */
public enum DepartmentKind {

	DISTRICT_AGENCY, STREET_UNIT, STREET_OFFICE

}

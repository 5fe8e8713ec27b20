package org.linli.area;

/**
 * What an import stored. Community boundaries are either taken from the file or, for a
 * community without one, derived as the union of its grids.
 */
public record GridImportReport(int features, int gridsCreated, int gridsUpdated, int communitiesCreated,
		int communityBoundariesImported, int communityBoundariesDerived) {

}

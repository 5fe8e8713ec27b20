package org.linli.area;

/**
 * Imports grid polygons, and optionally community boundaries, from a GeoJSON
 * FeatureCollection.
 */
public interface GridImport {

	/**
	 * Checks the whole file and stores it in one transaction, or refuses it whole: the
	 * {@link org.linli.shared.InvalidInputException} then carries one problem per fault
	 * found (field {@code features[i]}, or the area code for faults between features),
	 * and nothing is stored.
	 */
	GridImportReport importGeoJson(String json);

}

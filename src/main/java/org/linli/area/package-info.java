/**
 * Areas and grids: the area tree, grid polygons imported from GeoJSON, the point-to-grid
 * lookup and the responsibility map.
 */
package org.linli.area;

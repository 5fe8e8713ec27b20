package org.linli.area.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How much overlap, gap or overhang a grid import forgives, in square metres: enough for
 * the rounding of coordinates, far less than a building.
 */
@ConfigurationProperties("linli.area.import")
record AreaImportProperties(@DefaultValue("1.0") double toleranceSquareMeters) {

}

package org.linli.cases.internal;

import org.linli.area.Location;
import org.linli.cases.Channel;

/**
 * A concern as taken in, already located. {@code reporter} is the signed-in resident or
 * null; {@code firstContactOwner} the staff member who took it, or null.
 */
record NewCase(Channel channel, String description, double lat, double lon, String address, Location location,
		String categoryCode, String reporter, ReporterContact contact, String firstContactOwner, String actor) {

}

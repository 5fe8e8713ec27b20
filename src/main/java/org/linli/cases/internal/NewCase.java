package org.linli.cases.internal;

import java.time.Instant;

import org.linli.area.Location;
import org.linli.cases.Channel;
import org.linli.cases.Priority;

/**
 * A concern as taken in, already located. {@code reporter} is the signed-in resident or
 * null; {@code firstContactOwner} the staff member who took it, or null; {@code priority}
 * and {@code dueBy} what the source system asked for (a hotline's urgency and deadline),
 * or null.
 */
record NewCase(Channel channel, String description, double lat, double lon, String address, Location location,
		String categoryCode, String reporter, ReporterContact contact, String firstContactOwner, String actor,
		Priority priority, Instant dueBy) {

}

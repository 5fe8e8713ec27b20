package org.linli.cases.internal;

import java.util.List;
import java.util.UUID;

/** A concern as submitted, before any check. */
public record IntakeCommand(String channel, String description, Double lat, Double lon, String address,
		String categoryCode, String reporterName, String reporterPhone, List<UUID> photoIds) {

}

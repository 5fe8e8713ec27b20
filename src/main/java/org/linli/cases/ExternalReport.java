package org.linli.cases;

import java.time.Instant;

/**
 * A concern as another system hands it over. {@code externalReference} is that system's
 * own number for it (a hotline ticket number, an Open311 client's id) and may be null;
 * {@code categoryCode} is a catalogue code or null when triage must choose; name and
 * phone are sealed and masked like any reporter's. {@code priority} and {@code dueBy} are
 * what that system asks for (a hotline ticket's urgency and deadline), or null: the case
 * starts with that priority, and an order dispatched for it is due by then at the latest.
 */
public record ExternalReport(Channel channel, String externalReference, Double lat, Double lon, String address,
		String description, String categoryCode, String reporterName, String reporterPhone, String idempotencyKey,
		Priority priority, Instant dueBy) {

}

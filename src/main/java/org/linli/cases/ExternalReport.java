package org.linli.cases;

/**
 * A concern as another system hands it over. {@code externalReference} is that system's
 * own number for it (a hotline ticket number, an Open311 client's id) and may be null;
 * {@code categoryCode} is a catalogue code or null when triage must choose; name and
 * phone are sealed and masked like any reporter's.
 */
public record ExternalReport(Channel channel, String externalReference, Double lat, Double lon, String address,
		String description, String categoryCode, String reporterName, String reporterPhone, String idempotencyKey) {

}

package org.linli.hotline.internal;

/**
 * A ticket taken in: {@code created} is false when the ticket number was already known;
 * {@code categoryCode} is null when the hotline's category has no mapping yet. A ticket
 * without coordinates has the status {@code AWAITING_LOCATION} and no concern yet.
 */
public record TicketReceipt(String ticketNumber, String caseNumber, String status, String gridCode, String categoryCode,
		boolean created) {

	static final String AWAITING_LOCATION = "AWAITING_LOCATION";

	static TicketReceipt awaitingLocation(String ticketNumber, String categoryCode, boolean created) {
		return new TicketReceipt(ticketNumber, null, AWAITING_LOCATION, null, categoryCode, created);
	}

	public boolean awaitsLocation() {
		return AWAITING_LOCATION.equals(this.status);
	}

}

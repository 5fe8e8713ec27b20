package org.linli.hotline.internal;

/**
 * A ticket taken in: {@code created} is false when the ticket number was already known;
 * {@code categoryCode} is null when the hotline's category has no mapping yet.
 */
public record TicketReceipt(String ticketNumber, String caseNumber, String status, String gridCode, String categoryCode,
		boolean created) {

}

package org.linli.hotline.internal;

/**
 * A hotline ticket as the hotline sends it: times as text (ISO-8601 with an offset, or
 * {@code yyyy-MM-dd HH:mm[:ss]} in China time), the hotline's own category and urgency
 * words.
 */
public record TicketForm(String ticketNumber, String receivedAt, String callerName, String callerPhone, String content,
		String address, Double lat, Double lon, String hotlineCategory, String urgency, String deadline) {

}

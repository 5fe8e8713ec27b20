package org.linli.hotline.internal;

import java.time.Instant;

/** A ticket waiting for its spot (待定位), without the caller's name and phone. */
public record WaitingTicket(String ticketNumber, Instant receivedAt, String content, String address,
		String hotlineCategory, Instant importedAt) {

}

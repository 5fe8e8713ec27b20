package org.linli.cases;

import java.time.Instant;

import org.linli.catalogue.Tier;

/**
 * Where a concern stands, as other systems may report it back to the people who raised
 * it: no names, no phone numbers, no internal notes.
 * <ul>
 * <li>{@code departmentCode}: the department with the active order, or the one that
 * handled the last order; null when no order was ever sent.</li>
 * <li>{@code expectedAt}: the active order's due; null without an active order.</li>
 * <li>{@code lastStep} and {@code publicNote}: the latest step a reporter understands
 * (the tracking link's steps, e.g. {@code dispatch}) and its text in the current
 * language.</li>
 * <li>{@code finalReply}: once the concern is no longer open, the answer to the reporter
 * (the result verified on site, the guidance given or the reason it was not accepted).
 * Meant for the channel that brought the concern in, not for publication.</li>
 * <li>{@code updatedAt}: the time of the latest timeline entry.</li>
 * </ul>
 */
public record CaseStatusView(CaseId id, String number, CaseStatus status, Channel channel, Tier tier,
		String categoryCode, String description, String address, double lat, double lon, String gridCode,
		String communityCode, String streetCode, String departmentCode, Instant expectedAt, String lastStep,
		String publicNote, String finalReply, Instant reportedAt, Instant updatedAt, Instant closedAt) {

	public boolean isOpen() {
		return this.status.isOpen();
	}

}

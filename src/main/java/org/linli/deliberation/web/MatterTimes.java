package org.linli.deliberation.web;

import java.time.Instant;
import java.time.format.DateTimeFormatter;

import org.linli.deliberation.internal.MatterService;

import org.springframework.stereotype.Component;

/** Instants on the pages, in Beijing time: {@code ${@matterTimes.at(instant)}}. */
@Component("matterTimes")
class MatterTimes {

	private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
		.withZone(MatterService.ZONE);

	private static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm")
		.withZone(MatterService.ZONE);

	public String at(Instant instant) {
		return (instant != null) ? SHOWN.format(instant) : "";
	}

	/** A value for a {@code date} field, days from now. */
	public String dateInDays(int days) {
		return DateTimeFormatter.ISO_LOCAL_DATE.withZone(MatterService.ZONE)
			.format(Instant.now().plusSeconds(days * 86_400L));
	}

	/** A value for a {@code datetime-local} field, days from now. */
	public String inDays(int days) {
		return INPUT.format(Instant.now().plusSeconds(days * 86_400L));
	}

}

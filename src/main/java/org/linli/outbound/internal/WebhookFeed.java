package org.linli.outbound.internal;

import org.linli.cases.CaseEvent;
import org.linli.outbound.CaseEventMessage;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Turns every case event into webhook deliveries. It runs after the case's transaction in
 * its own; if it fails, the event publication registry keeps the event and hands it over
 * again (on restart, or when resubmitted), and the deliveries it writes are unique per
 * event, so nothing is lost and nothing is sent twice.
 */
@Component
class WebhookFeed {

	private final Deliveries deliveries;

	WebhookFeed(Deliveries deliveries) {
		this.deliveries = deliveries;
	}

	@ApplicationModuleListener
	void on(CaseEvent event) {
		CaseEventMessage.of(event).ifPresent(this.deliveries::enqueue);
	}

}

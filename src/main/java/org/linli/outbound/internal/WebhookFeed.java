package org.linli.outbound.internal;

import java.util.List;

import org.linli.cases.CaseEvent;
import org.linli.outbound.CaseEventMessage;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Turns every case event into webhook deliveries, in the transaction that changes the
 * case: the deliveries table is the outbox, so a change is never acknowledged without its
 * deliveries, and a change rolled back leaves none. Deliveries are unique per event, so
 * nothing is sent twice.
 * <p>
 * Not a Spring Modulith module listener: that would store the event in the publication
 * registry and complete it in a transaction of its own for every case event, whether or
 * not anyone subscribed (README, Benchmarks).
 */
@Component
class WebhookFeed {

	private final Subscribers subscribers;

	private final Deliveries deliveries;

	WebhookFeed(Subscribers subscribers, Deliveries deliveries) {
		this.subscribers = subscribers;
		this.deliveries = deliveries;
	}

	/** The message is only made when someone subscribed to its type. */
	@EventListener
	void on(CaseEvent event) {
		if (!CaseEventMessage.isCaseEvent(event)) {
			return;
		}
		List<Subscribers.Target> targets = this.subscribers.targetsFor(CaseEventMessage.typeOf(event));
		if (!targets.isEmpty()) {
			this.deliveries.enqueue(CaseEventMessage.of(event).orElseThrow(), targets);
		}
	}

}

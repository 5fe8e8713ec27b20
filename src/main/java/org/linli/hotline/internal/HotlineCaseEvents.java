package org.linli.hotline.internal;

import java.util.Map;

import org.linli.cases.CaseClosed;
import org.linli.cases.CaseDispatched;
import org.linli.cases.CaseEvaluated;
import org.linli.cases.CaseHandled;
import org.linli.cases.CaseMerged;
import org.linli.cases.CaseRegistered;
import org.linli.cases.CaseRejected;
import org.linli.cases.CaseReopened;
import org.linli.cases.CaseResumed;
import org.linli.cases.CaseReturned;
import org.linli.cases.CaseReworked;
import org.linli.cases.CaseSigned;
import org.linli.cases.CaseSuspended;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Every step of a hotline concern the hotline tracks becomes a callback. The listeners
 * run after the case's transaction, each in its own; the event publication registry keeps
 * an event until its listener succeeded.
 */
@Component
class HotlineCaseEvents {

	private final Callbacks callbacks;

	HotlineCaseEvents(Callbacks callbacks) {
		this.callbacks = callbacks;
	}

	@ApplicationModuleListener
	void on(CaseRegistered event) {
		this.callbacks.enqueue(event, event.id(), "ACCEPTED", event.at(), Map.of());
	}

	@ApplicationModuleListener
	void on(CaseRejected event) {
		this.callbacks.enqueue(event, event.id(), "REJECTED", event.at(), Map.of());
	}

	@ApplicationModuleListener
	void on(CaseMerged event) {
		this.callbacks.enqueue(event, event.id(), "MERGED", event.at(), Map.of());
	}

	@ApplicationModuleListener
	void on(CaseDispatched event) {
		this.callbacks.enqueue(event, event.id(), "DISPATCHED", event.at(), Map.of());
	}

	@ApplicationModuleListener
	void on(CaseSigned event) {
		this.callbacks.enqueue(event, event.id(), "IN_PROGRESS", event.at(), Map.of());
	}

	@ApplicationModuleListener
	void on(CaseReturned event) {
		this.callbacks.enqueue(event, event.id(), "RETURNED", event.at(), Map.of());
	}

	@ApplicationModuleListener
	void on(CaseHandled event) {
		this.callbacks.enqueue(event, event.id(), "HANDLED", event.at(), Map.of());
	}

	@ApplicationModuleListener
	void on(CaseReworked event) {
		this.callbacks.enqueue(event, event.id(), "REWORK", event.at(), Map.of());
	}

	@ApplicationModuleListener
	void on(CaseSuspended event) {
		this.callbacks.enqueue(event, event.id(), "SUSPENDED", event.at(), Map.of());
	}

	@ApplicationModuleListener
	void on(CaseResumed event) {
		this.callbacks.enqueue(event, event.id(), "RESUMED", event.at(), Map.of());
	}

	@ApplicationModuleListener
	void on(CaseClosed event) {
		this.callbacks.enqueue(event, event.id(), "CLOSED", event.at(), Map.of());
	}

	@ApplicationModuleListener
	void on(CaseEvaluated event) {
		this.callbacks.enqueue(event, event.id(), "EVALUATED", event.at(), Map.of("rating", event.rating().name()));
	}

	@ApplicationModuleListener
	void on(CaseReopened event) {
		this.callbacks.enqueue(event, event.id(), "REOPENED", event.at(), Map.of());
	}

}

package org.linli.outbound.web;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.linli.outbound.internal.Deliveries;
import org.linli.outbound.internal.Subscribers;
import org.linli.shared.InvalidInputException;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Webhook subscribers and their deliveries, for administrators. Adding a subscriber
 * answers its signing secret once.
 */
@RestController
@RequestMapping("/api/v1/webhooks")
@PreAuthorize("hasRole('ADMIN')")
class WebhookController {

	private static final int MAX_LIMIT = 500;

	private final Subscribers subscribers;

	private final Deliveries deliveries;

	WebhookController(Subscribers subscribers, Deliveries deliveries) {
		this.subscribers = subscribers;
		this.deliveries = deliveries;
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	Subscribers.Added add(@RequestBody SubscriberRequest request) {
		return this.subscribers.add(request.name(), request.url(), request.eventTypes());
	}

	@GetMapping
	List<Subscribers.Subscriber> all() {
		return this.subscribers.all();
	}

	/** Disables the subscriber: no new deliveries. */
	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void remove(@PathVariable UUID id) {
		this.subscribers.disable(id);
	}

	@PostMapping("/{id}/enable")
	Subscribers.Subscriber enable(@PathVariable UUID id) {
		return this.subscribers.enable(id);
	}

	@GetMapping("/deliveries")
	List<Deliveries.DeliveryView> deliveries(@RequestParam(defaultValue = "FAILED") String state,
			@RequestParam(required = false) UUID subscriber, @RequestParam(defaultValue = "100") int limit) {
		if (limit < 1 || limit > MAX_LIMIT) {
			throw new InvalidInputException("limit", "outbound.error.limit", MAX_LIMIT);
		}
		return this.deliveries.list(state.strip().toUpperCase(Locale.ROOT), subscriber, limit);
	}

	@PostMapping("/deliveries/{id}/retry")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void retry(@PathVariable long id) {
		this.deliveries.retry(id);
	}

	record SubscriberRequest(String name, String url, List<String> eventTypes) {
	}

}

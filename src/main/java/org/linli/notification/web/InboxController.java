package org.linli.notification.web;

import org.linli.identity.CurrentUser;
import org.linli.identity.Scope;
import org.linli.notification.internal.Inbox;
import org.linli.shared.InvalidInputException;
import org.linli.shared.NotFoundException;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The caller's own inbox. Another person's notice answers 404, as if it did not exist.
 */
@RestController
@RequestMapping("/api/v1/inbox")
class InboxController {

	private static final int MAX_PAGE_SIZE = 200;

	private final Inbox inbox;

	InboxController(Inbox inbox) {
		this.inbox = inbox;
	}

	@GetMapping
	Inbox.Page list(@RequestParam(required = false) Boolean unread, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size) {
		if (page < 0) {
			throw new InvalidInputException("page", "notification.error.page");
		}
		if (size < 1 || size > MAX_PAGE_SIZE) {
			throw new InvalidInputException("size", "notification.error.size", MAX_PAGE_SIZE);
		}
		return this.inbox.page(caller(), Boolean.TRUE.equals(unread), page, size);
	}

	@PostMapping("/{id}/read")
	ResponseEntity<Void> markRead(@PathVariable long id) {
		this.inbox.markRead(id, caller());
		return ResponseEntity.noContent().build();
	}

	private static String caller() {
		Scope scope = CurrentUser.scope();
		if (!scope.isAuthenticated()) {
			throw new NotFoundException("notification.error.not-found");
		}
		return scope.username();
	}

}

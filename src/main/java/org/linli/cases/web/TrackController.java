package org.linli.cases.web;

import org.linli.cases.Rating;
import org.linli.cases.internal.CaseService;
import org.linli.cases.internal.CaseViews;
import org.linli.cases.internal.Enums;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The reporter's private link: anyone holding the token sees where the concern stands, in
 * plain words and without personal data, rates it once it is closed, and reopens it when
 * dissatisfied.
 */
@RestController
@RequestMapping("/api/v1/track/{token}")
class TrackController {

	private final CaseService cases;

	TrackController(CaseService cases) {
		this.cases = cases;
	}

	@GetMapping
	CaseViews.Tracking track(@PathVariable String token) {
		return this.cases.track(token);
	}

	@PostMapping("/evaluate")
	CaseViews.Tracking evaluate(@PathVariable String token, @RequestBody EvaluateRequest request) {
		return this.cases.evaluateByToken(token, Enums.optional(Rating.class, request.rating(), "rating"),
				request.comment());
	}

	@PostMapping("/reopen")
	CaseViews.Tracking reopen(@PathVariable String token, @RequestBody ReopenRequest request) {
		return this.cases.reopenByToken(token, request.reason());
	}

	record EvaluateRequest(String rating, String comment) {
	}

	record ReopenRequest(String reason) {
	}

}

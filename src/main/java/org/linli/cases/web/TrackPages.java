package org.linli.cases.web;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.linli.cases.Rating;
import org.linli.cases.internal.CaseService;
import org.linli.cases.internal.CaseViews;
import org.linli.cases.internal.Enums;
import org.linli.shared.ConflictException;
import org.linli.shared.InvalidInputException;
import org.linli.shared.Messages;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The reporter's private tracking page, reached by the link given at reporting: the steps
 * in plain words, and the rating form once the concern is closed. No account and no
 * personal data.
 */
@Controller
class TrackPages {

	private final CaseService cases;

	private final PageForms forms;

	private final Messages messages;

	TrackPages(CaseService cases, PageForms forms, Messages messages) {
		this.cases = cases;
		this.forms = forms;
		this.messages = messages;
	}

	@GetMapping("/track/{token}")
	String track(@PathVariable String token, @RequestParam(required = false) String reported, Model model) {
		model.addAttribute("justReported", reported != null);
		return page(this.cases.track(token), token, Map.of(), null, null, model);
	}

	@PostMapping("/track/{token}/evaluate")
	String evaluate(@PathVariable String token, @RequestParam(required = false) String rating,
			@RequestParam(required = false) String comment, Model model, HttpServletResponse response) {
		try {
			this.cases.evaluateByToken(token, Enums.optional(Rating.class, rating, "rating"), comment);
		}
		catch (InvalidInputException ex) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return page(this.cases.track(token), token, this.forms.errors(ex), rating, comment, model);
		}
		catch (ConflictException ex) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			return page(this.cases.track(token), token,
					Map.of("form", List.of(this.messages.get(ex.messageKey(), ex.args()))), rating, comment, model);
		}
		return "redirect:/track/" + token;
	}

	@PostMapping("/track/{token}/reopen")
	String reopen(@PathVariable String token, @RequestParam(required = false) String reason, Model model,
			HttpServletResponse response) {
		try {
			this.cases.reopenByToken(token, reason);
		}
		catch (InvalidInputException ex) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return page(this.cases.track(token), token, this.forms.errors(ex), null, null, model);
		}
		catch (ConflictException ex) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			return page(this.cases.track(token), token,
					Map.of("reason", List.of(this.messages.get(ex.messageKey(), ex.args()))), null, null, model);
		}
		return "redirect:/track/" + token;
	}

	private String page(CaseViews.Tracking tracking, String token, Map<String, List<String>> errors, String rating,
			String comment, Model model) {
		model.addAttribute("t", tracking);
		model.addAttribute("token", token);
		model.addAttribute("errors", errors);
		model.addAttribute("ratings", Rating.values());
		model.addAttribute("chosenRating", rating);
		model.addAttribute("comment", comment);
		return "cases/track";
	}

}

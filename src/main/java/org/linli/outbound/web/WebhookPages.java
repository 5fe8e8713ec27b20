package org.linli.outbound.web;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.linli.outbound.internal.Deliveries;
import org.linli.outbound.internal.Subscribers;
import org.linli.shared.InvalidInputException;
import org.linli.shared.Messages;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator's webhooks: the subscribers (add one, its signing secret shown on the
 * answer and never again; disable or enable one) and the deliveries that failed or keep
 * failing, each with a retry, above the latest delivered ones.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class WebhookPages {

	private static final int FAILURES_SHOWN = 100;

	private static final int DELIVERED_SHOWN = 20;

	private final Subscribers subscribers;

	private final Deliveries deliveries;

	private final Messages messages;

	WebhookPages(Subscribers subscribers, Deliveries deliveries, Messages messages) {
		this.subscribers = subscribers;
		this.deliveries = deliveries;
		this.messages = messages;
	}

	/** What the add form sends, as typed; event types separated by commas or spaces. */
	record SubscriberForm(String name, String url, String eventTypes) {

		static final SubscriberForm EMPTY = new SubscriberForm("", "", "");

		List<String> types() {
			return (this.eventTypes == null) ? List.of()
					: Arrays.stream(this.eventTypes.split("[,\\uFF0C\\s]+")).filter((type) -> !type.isEmpty()).toList();
		}

	}

	@GetMapping("/admin/webhooks")
	String page(Model model) {
		return page(SubscriberForm.EMPTY, Map.of(), null, model);
	}

	@PostMapping("/admin/webhooks")
	String add(SubscriberForm form, Model model, HttpServletResponse response) {
		try {
			Subscribers.Added added = this.subscribers.add(form.name(), form.url(), form.types());
			return page(SubscriberForm.EMPTY, Map.of(), added, model);
		}
		catch (InvalidInputException ex) {
			Map<String, String> errors = new LinkedHashMap<>();
			// every bad event type is reported under the one field the types are typed in
			ex.problems()
				.forEach((problem) -> errors.merge(problem.field().replaceFirst("\\[\\d+]$", ""),
						this.messages.get(problem.messageKey(), problem.args()), (first, next) -> first + " " + next));
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return page(form, errors, null, model);
		}
	}

	@PostMapping("/admin/webhooks/{id}/disable")
	String disable(@PathVariable UUID id, @RequestHeader(name = "HX-Request", required = false) String htmx,
			Model model, RedirectAttributes redirect) {
		return changed(this.subscribers.disable(id), "outbound.page.subscriber.disabled", htmx, model, redirect);
	}

	@PostMapping("/admin/webhooks/{id}/enable")
	String enable(@PathVariable UUID id, @RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
			RedirectAttributes redirect) {
		return changed(this.subscribers.enable(id), "outbound.page.subscriber.enabled", htmx, model, redirect);
	}

	@PostMapping("/admin/webhooks/deliveries/{id}/retry")
	String retry(@PathVariable long id, RedirectAttributes redirect) {
		this.deliveries.retry(id);
		redirect.addFlashAttribute("notice", this.messages.get("outbound.page.delivery.retried", id));
		return "redirect:/admin/webhooks#deliveries";
	}

	private String changed(Subscribers.Subscriber subscriber, String noticeKey, String htmx, Model model,
			RedirectAttributes redirect) {
		String notice = this.messages.get(noticeKey, subscriber.name());
		if (htmx != null) {
			model.addAttribute("subscriber", subscriber);
			model.addAttribute("notice", notice);
			return "outbound/parts :: changed-row";
		}
		redirect.addFlashAttribute("notice", notice);
		return "redirect:/admin/webhooks";
	}

	private String page(SubscriberForm form, Map<String, String> errors, Subscribers.Added added, Model model) {
		model.addAttribute("subscribers", this.subscribers.all());
		model.addAttribute("failed", this.deliveries.list("FAILED", null, FAILURES_SHOWN));
		model.addAttribute("failing", this.deliveries.list("FAILING", null, FAILURES_SHOWN));
		model.addAttribute("delivered", this.deliveries.list("DELIVERED", null, DELIVERED_SHOWN));
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("added", added);
		return "outbound/webhooks";
	}

}

package org.linli.hotline.web;

import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.linli.calendar.WorkingCalendar;
import org.linli.hotline.internal.Callbacks;
import org.linli.hotline.internal.CategoryMappings;
import org.linli.hotline.internal.HotlineSettings;
import org.linli.shared.InvalidInputException;
import org.linli.shared.LocalizedException;
import org.linli.shared.Messages;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator's page of the hotline connector: where callbacks go, the category
 * table (with the hotline categories that still have no mapping) and the callbacks that
 * failed or keep failing, each with a retry.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class HotlinePages {

	private static final int SHOWN = 100;

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private final CategoryMappings mappings;

	private final HotlineSettings settings;

	private final Callbacks callbacks;

	private final Messages messages;

	HotlinePages(CategoryMappings mappings, HotlineSettings settings, Callbacks callbacks, Messages messages) {
		this.mappings = mappings;
		this.settings = settings;
		this.callbacks = callbacks;
		this.messages = messages;
	}

	@GetMapping("/admin/hotline")
	String page(@RequestParam(required = false) String hotlineCategory, Model model) {
		HotlineSettings.Settings current = this.settings.current();
		model.addAttribute("callbackUrl", current.callbackUrl());
		model.addAttribute("secretSet", current.hasSecret());
		model.addAttribute("mappings", this.mappings.all());
		model.addAttribute("unmapped", this.mappings.unmapped());
		model.addAttribute("failed", this.callbacks.list("FAILED", SHOWN));
		List<Callbacks.CallbackView> failing = this.callbacks.list("FAILING", SHOWN);
		model.addAttribute("failing", failing);
		model.addAttribute("nextAttempts",
				failing.stream()
					.collect(Collectors.toMap(Callbacks.CallbackView::id,
							(callback) -> TIME.format(callback.nextAttemptAt().atZone(WorkingCalendar.ZONE)))));
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new MappingForm(hotlineCategory, null));
		}
		if (!model.containsAttribute("errors")) {
			model.addAttribute("errors", Map.of());
		}
		return "hotline/admin";
	}

	@PostMapping("/admin/hotline/settings")
	String changeSettings(@RequestParam(required = false) String callbackUrl,
			@RequestParam(required = false) String secret, RedirectAttributes redirect) {
		try {
			this.settings.change(callbackUrl, (secret == null || secret.isEmpty()) ? null : secret);
			redirect.addFlashAttribute("notice", this.messages.get("hotline.page.settings.saved"));
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("settingsError", message(ex));
		}
		return "redirect:/admin/hotline";
	}

	@PostMapping("/admin/hotline/categories")
	String putCategory(@RequestParam(required = false) String hotlineCategory,
			@RequestParam(required = false) String categoryCode, RedirectAttributes redirect) {
		try {
			CategoryMappings.Mapping saved = this.mappings.put(hotlineCategory, categoryCode);
			redirect.addFlashAttribute("notice",
					this.messages.get("hotline.page.mapping.saved", saved.hotlineCategory(), saved.categoryCode()));
		}
		catch (InvalidInputException ex) {
			Map<String, String> errors = new LinkedHashMap<>();
			ex.problems()
				.forEach((problem) -> errors.put(problem.field(),
						this.messages.get(problem.messageKey(), problem.args())));
			redirect.addFlashAttribute("errors", errors);
			redirect.addFlashAttribute("form", new MappingForm(hotlineCategory, categoryCode));
		}
		return "redirect:/admin/hotline#mapping-form";
	}

	@PostMapping("/admin/hotline/categories/delete")
	String removeCategory(@RequestParam String hotlineCategory, RedirectAttributes redirect) {
		this.mappings.remove(hotlineCategory);
		redirect.addFlashAttribute("notice", this.messages.get("hotline.page.mapping.removed", hotlineCategory));
		return "redirect:/admin/hotline";
	}

	@PostMapping("/admin/hotline/callbacks/{id}/retry")
	String retry(@PathVariable long id, RedirectAttributes redirect) {
		this.callbacks.retry(id);
		redirect.addFlashAttribute("notice", this.messages.get("hotline.page.callback.retried", id));
		return "redirect:/admin/hotline#callbacks";
	}

	private String message(LocalizedException ex) {
		if (ex instanceof InvalidInputException invalid && !invalid.problems().isEmpty()) {
			return this.messages.get(invalid.problems().getFirst().messageKey(), invalid.problems().getFirst().args());
		}
		return this.messages.get(ex);
	}

	record MappingForm(String hotlineCategory, String categoryCode) {
	}

}

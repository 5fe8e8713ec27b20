package org.linli.open311.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.linli.open311.internal.ApiKeys;
import org.linli.shared.InvalidInputException;
import org.linli.shared.Messages;
import org.linli.shared.apikey.ApiKeyTable.IssuedKey;
import org.linli.shared.apikey.ApiKeyTable.KeyView;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator's Open311 keys: list them, issue one (its value shown on the answer
 * to the issue and never again), revoke one. A refused name is shown next to its field.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class Open311Pages {

	private final ApiKeys keys;

	private final Messages messages;

	Open311Pages(ApiKeys keys, Messages messages) {
		this.keys = keys;
		this.messages = messages;
	}

	@GetMapping("/admin/open311")
	String page(Model model) {
		return page("", Map.of(), null, model);
	}

	@PostMapping("/admin/open311/keys")
	String issue(@RequestParam(required = false) String name, Model model, HttpServletResponse response) {
		try {
			IssuedKey issued = this.keys.issue(name);
			return page("", Map.of(), issued, model);
		}
		catch (InvalidInputException ex) {
			Map<String, String> errors = new LinkedHashMap<>();
			ex.problems()
				.forEach((problem) -> errors.put(problem.field(),
						this.messages.get(problem.messageKey(), problem.args())));
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return page(name, errors, null, model);
		}
	}

	@PostMapping("/admin/open311/keys/{id}/revoke")
	String revoke(@PathVariable UUID id, @RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
			RedirectAttributes redirect) {
		KeyView revoked = this.keys.revoke(id);
		String notice = this.messages.get("open311.page.key.revoked", revoked.name());
		if (htmx != null) {
			model.addAttribute("key", revoked);
			model.addAttribute("notice", notice);
			return "open311/parts :: changed-row";
		}
		redirect.addFlashAttribute("notice", notice);
		return "redirect:/admin/open311";
	}

	private String page(String name, Map<String, String> errors, IssuedKey issued, Model model) {
		List<KeyView> all = this.keys.all();
		model.addAttribute("keys", all);
		model.addAttribute("name", name);
		model.addAttribute("errors", errors);
		model.addAttribute("issued", issued);
		return "open311/admin";
	}

}

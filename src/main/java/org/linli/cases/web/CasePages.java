package org.linli.cases.web;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.linli.cases.CaseStatus;
import org.linli.cases.Priority;
import org.linli.cases.Rating;
import org.linli.cases.Referral;
import org.linli.cases.internal.CaseAction;
import org.linli.cases.internal.CaseService;
import org.linli.cases.internal.CaseViews;
import org.linli.cases.internal.Enums;
import org.linli.catalogue.Catalogue;
import org.linli.catalogue.Tier;
import org.linli.identity.CurrentUser;
import org.linli.identity.Role;
import org.linli.shared.ConflictException;
import org.linli.shared.InvalidInputException;
import org.linli.shared.Messages;
import org.linli.shared.NotFoundException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The case page: everything about one concern for whoever may see it, and a form for each
 * action the viewer may take now. Actions post here, run through the same service as the
 * API, and answer with the refreshed case (an htmx swap, or a redirect without script); a
 * refused action shows its problems next to the fields and changes nothing.
 */
@Controller
class CasePages {

	private final CaseService cases;

	private final PageForms forms;

	private final Catalogue catalogue;

	private final Messages messages;

	CasePages(CaseService cases, PageForms forms, Catalogue catalogue, Messages messages) {
		this.cases = cases;
		this.forms = forms;
		this.catalogue = catalogue;
		this.messages = messages;
	}

	@GetMapping("/cases/{id}")
	String show(@PathVariable String id, Model model) {
		return page(uuid(id), model, null, Map.of(), ActionForm.EMPTY);
	}

	@PostMapping("/cases/{id}/do/{action}")
	String act(@PathVariable String id, @PathVariable String action, ActionForm form, Model model,
			HttpServletResponse response, RedirectAttributes redirect,
			@RequestHeader(name = "HX-Request", required = false) String htmx) {
		UUID caseId = uuid(id);
		CaseAction chosen = CaseAction.ofPath(action).orElseThrow(() -> new NotFoundException("cases.error.not-found"));
		try {
			perform(caseId, chosen, form);
		}
		catch (InvalidInputException ex) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return page(caseId, model, chosen, this.forms.errors(ex), form) + fragment(htmx);
		}
		catch (ConflictException ex) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			return page(caseId, model, chosen, Map.of("form", List.of(this.messages.get(ex.messageKey(), ex.args()))),
					form) + fragment(htmx);
		}
		String done = "cases.page.done." + chosen.path();
		if (htmx != null) {
			model.addAttribute("notice", done);
			return page(caseId, model, null, Map.of(), ActionForm.EMPTY) + " :: case";
		}
		redirect.addFlashAttribute("notice", done);
		return "redirect:/cases/" + caseId;
	}

	private static String fragment(String htmx) {
		return (htmx != null) ? " :: case" : "";
	}

	private void perform(UUID id, CaseAction action, ActionForm form) {
		switch (action) {
			case ACCEPT -> this.cases.accept(id, Enums.optional(Tier.class, form.tier(), "tier"),
					code(form.categoryCode()), Enums.optional(Priority.class, form.priority(), "priority"));
			case REJECT -> this.cases.reject(id, form.reason());
			case MERGE -> this.cases.merge(id, mergeTarget(form.intoCaseNumber()));
			case DISPATCH -> this.cases.dispatch(id, blankToNull(form.departmentCode()), form.note());
			case RULE_RETURN -> this.cases.ruleOnReturn(id, blankToNull(form.departmentCode()), form.note());
			case SIGN -> this.cases.sign(id);
			case RETURN -> this.cases.returnOrder(id, form.reason());
			case REQUEST_EXTENSION -> this.cases.requestExtension(id, form.workingHours(), form.reason());
			case DECIDE_EXTENSION -> this.cases.decideExtension(id, form.approve());
			case SUSPEND -> this.cases.requestSuspension(id, form.reason());
			case DECIDE_SUSPENSION -> this.cases.decideSuspension(id, form.approve());
			case RESUME -> this.cases.resume(id);
			case HANDLE -> this.cases.handle(id, form.result(), this.forms.store(form.photos()));
			case VERIFY -> this.cases.verify(id, form.passed(), form.note(), this.forms.store(form.photos()));
			case ASSIGN_COMMUNITY -> this.cases.assignToCommunity(id);
			case GUIDE -> this.cases.guide(id, form.guidance(),
					Enums.optional(Referral.class, blankToNull(form.referral()), "referral"));
			case ESCALATE -> this.cases.escalate(id, form.departmentCodes(), form.reason());
			case REPORT_IN -> this.cases.reportIn(id);
			case CLAIM -> this.cases.claim(id);
			case EVALUATE ->
				this.cases.evaluate(id, Enums.optional(Rating.class, form.rating(), "rating"), form.comment());
			case REOPEN -> this.cases.reopen(id, form.reason());
		}
	}

	/** Staff name the case to merge into by its number, which is what they see. */
	private UUID mergeTarget(String number) {
		if (number == null || number.isBlank()) {
			throw new InvalidInputException("intoCaseNumber", "cases.error.required");
		}
		return this.cases.idOfNumber(number.strip())
			.orElseThrow(
					() -> new InvalidInputException("intoCaseNumber", "cases.error.number-unknown", number.strip()));
	}

	private String page(UUID id, Model model, CaseAction open, Map<String, List<String>> errors, ActionForm form) {
		CaseViews.Detail shown = this.cases.get(id);
		Set<String> can = this.cases.actionsFor(id).stream().map(CaseAction::path).collect(Collectors.toSet());
		boolean staff = !CurrentUser.scope().roles().isEmpty()
				&& !CurrentUser.scope().roles().equals(Set.of(Role.RESIDENT));
		model.addAttribute("c", shown);
		model.addAttribute("timeline", this.cases.timeline(id));
		model.addAttribute("photos", this.cases.photos(id));
		model.addAttribute("can", can);
		model.addAttribute("staff", staff);
		model.addAttribute("open", (open != null) ? open.path() : null);
		model.addAttribute("errors", errors);
		model.addAttribute("form", form);
		model.addAttribute("departments", this.forms.activeDepartments());
		model.addAttribute("departmentNames", this.forms.departmentNames());
		model.addAttribute("proposedDepartment", proposedDepartment(shown));
		model.addAttribute("categories", can.contains(CaseAction.ACCEPT.path()) ? this.catalogue.all() : List.of());
		model.addAttribute("tiers", Tier.values());
		model.addAttribute("priorities", Priority.values());
		model.addAttribute("ratings", Rating.values());
		model.addAttribute("referrals", Referral.values());
		model.addAttribute("closed", shown.status() == CaseStatus.CLOSED);
		return "cases/case";
	}

	private String proposedDepartment(CaseViews.Detail shown) {
		if (shown.categoryCode() == null) {
			return null;
		}
		return this.catalogue.findByCode(shown.categoryCode())
			.map((category) -> this.catalogue.departmentFor(category, shown.gridCode()))
			.orElse(null);
	}

	/** The code from a "code name" pick in the category list, or what was typed. */
	static String code(String picked) {
		if (picked == null || picked.isBlank()) {
			return null;
		}
		String stripped = picked.strip();
		int space = stripped.indexOf(' ');
		return (space > 0) ? stripped.substring(0, space) : stripped;
	}

	static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	static UUID uuid(String id) {
		try {
			return UUID.fromString(id);
		}
		catch (IllegalArgumentException ex) {
			throw new NotFoundException("cases.error.not-found");
		}
	}

}

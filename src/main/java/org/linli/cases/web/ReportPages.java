package org.linli.cases.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.linli.cases.Channel;
import org.linli.cases.internal.CaseFilter;
import org.linli.cases.internal.CaseService;
import org.linli.cases.internal.CaseViews;
import org.linli.cases.internal.IntakeCommand;
import org.linli.cases.internal.IntakeService;
import org.linli.catalogue.Catalogue;
import org.linli.catalogue.ResidentCategory;
import org.linli.identity.CurrentUser;
import org.linli.identity.Role;
import org.linli.identity.Scope;
import org.linli.shared.InvalidInputException;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Reporting a concern from a phone: the spot on a map (or the phone's location), a
 * plain-language category, photos, and the open concerns already reported nearby. The
 * same form serves residents (no account needed), grid workers on patrol and staff taking
 * a walk-in or a call, each with the channel that fits. A hidden key makes a double
 * submission land once.
 */
@Controller
class ReportPages {

	private static final List<Channel> STAFF_CHANNELS = List.of(Channel.WALK_IN, Channel.PHONE, Channel.DEPUTY);

	private final CaseService cases;

	private final IntakeService intake;

	private final Catalogue catalogue;

	private final PageForms forms;

	ReportPages(CaseService cases, IntakeService intake, Catalogue catalogue, PageForms forms) {
		this.cases = cases;
		this.intake = intake;
		this.catalogue = catalogue;
		this.forms = forms;
	}

	@GetMapping("/report")
	String form(@RequestParam(required = false) Double lat, @RequestParam(required = false) Double lon, Model model) {
		ReportForm blank = new ReportForm(null, null, lat, lon, null, null, null, null, UUID.randomUUID().toString(),
				List.of());
		return form(blank, Map.of(), model);
	}

	@PostMapping("/report")
	String report(ReportForm form, Model model, HttpServletResponse response) {
		Scope scope = CurrentUser.scope();
		CaseViews.Intake intake;
		try {
			List<UUID> photoIds = this.forms.store(form.photos());
			intake = this.intake.report(new IntakeCommand(channel(scope, form.channel()).name(), form.description(),
					form.lat(), form.lon(), form.address(), categoryCode(form.residentCategory()),
					blank(form.reporterName()), blank(form.reporterPhone()), photoIds), form.submissionKey());
		}
		catch (InvalidInputException ex) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return form(form, this.forms.errors(ex), model);
		}
		if (scope.isAuthenticated() && !isResident(scope)) {
			return "redirect:/cases/" + intake.id();
		}
		return "redirect:/track/" + intake.trackingToken() + "?reported";
	}

	@GetMapping("/report/nearby")
	String nearby(@RequestParam(required = false) Double lat, @RequestParam(required = false) Double lon,
			@RequestParam(required = false) String residentCategory, Model model) {
		List<CaseViews.Nearby> nearby = (lat == null || lon == null) ? List.of()
				: this.cases.nearby(lat, lon, residentCategoryCode(residentCategory).orElse(null));
		model.addAttribute("nearby", nearby);
		model.addAttribute("lat", lat);
		model.addAttribute("lon", lon);
		model.addAttribute("canFollow", isResident(CurrentUser.scope()));
		return "cases/report :: nearby";
	}

	@PostMapping("/report/follow/{id}")
	String follow(@PathVariable String id, @RequestParam(required = false) Double lat,
			@RequestParam(required = false) Double lon) {
		UUID followed = CasePages.uuid(id);
		this.cases.follow(followed, lat, lon);
		return "redirect:/cases/" + followed;
	}

	@GetMapping("/my/cases")
	String mine(@RequestParam(defaultValue = "0") int page, Model model) {
		int shown = Math.max(page, 0);
		model.addAttribute("page", this.cases.list(CaseFilter.of(null, null, null, null, null), shown, 20));
		return "cases/mine";
	}

	private String form(ReportForm form, Map<String, List<String>> errors, Model model) {
		Scope scope = CurrentUser.scope();
		boolean english = Locale.ENGLISH.getLanguage().equals(LocaleContextHolder.getLocale().getLanguage());
		Map<String, List<ResidentCategory>> groups = new LinkedHashMap<>();
		this.catalogue.residentCategories()
			.forEach((category) -> groups.computeIfAbsent(category.group(english), (key) -> new ArrayList<>())
				.add(category));
		model.addAttribute("groups", groups);
		model.addAttribute("english", english);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("staffChannels", isStaff(scope) ? STAFF_CHANNELS : List.of());
		model.addAttribute("patrol", scope.has(Role.GRID_WORKER));
		return "cases/report";
	}

	/**
	 * Residents report on the web, grid workers on patrol, staff choose how it came in.
	 */
	private static Channel channel(Scope scope, String chosen) {
		if (isStaff(scope)) {
			return STAFF_CHANNELS.stream()
				.filter((channel) -> channel.name().equals(chosen))
				.findFirst()
				.orElse(Channel.WALK_IN);
		}
		return scope.has(Role.GRID_WORKER) ? Channel.PATROL : Channel.WEB;
	}

	private static boolean isStaff(Scope scope) {
		return scope.hasAny(Role.COMMUNITY_STAFF, Role.DISPATCHER);
	}

	private static boolean isResident(Scope scope) {
		return scope.isAuthenticated() && scope.has(Role.RESIDENT) && scope.roles().size() == 1;
	}

	private String categoryCode(String residentCategory) {
		if (residentCategory == null || residentCategory.isBlank()) {
			return null;
		}
		return residentCategoryCode(residentCategory).orElseThrow(
				() -> new InvalidInputException("residentCategory", "cases.error.resident-category", residentCategory));
	}

	private Optional<String> residentCategoryCode(String residentCategory) {
		return this.catalogue.residentCategories()
			.stream()
			.filter((category) -> category.code().equals(residentCategory))
			.map(ResidentCategory::categoryCode)
			.findFirst();
	}

	private static String blank(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	record ReportForm(String residentCategory, String description, Double lat, Double lon, String address,
			String channel, String reporterName, String reporterPhone, String submissionKey,
			List<MultipartFile> photos) {
	}

}

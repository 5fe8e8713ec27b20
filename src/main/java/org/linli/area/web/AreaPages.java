package org.linli.area.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.linli.area.GridImport;
import org.linli.identity.Accounts;
import org.linli.identity.CurrentUser;
import org.linli.identity.Role;
import org.linli.shared.InvalidInputException;
import org.linli.shared.Messages;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;

/**
 * The area pages: where an area sits, who answers for it, what lies below it on a map;
 * and the administrator's grid import with its validation report.
 */
@Controller
class AreaPages {

	private final AreaViews views;

	private final GridImport gridImport;

	private final Messages messages;

	private final Accounts accounts;

	AreaPages(AreaViews views, GridImport gridImport, Messages messages, Accounts accounts) {
		this.views = views;
		this.gridImport = gridImport;
		this.messages = messages;
		this.accounts = accounts;
	}

	record ShownProblem(String field, String message) {
	}

	@GetMapping("/areas/{code}")
	String area(@PathVariable String code, Model model) {
		AreaViews.AreaView area = this.views.view(code);
		model.addAttribute("area", area);
		model.addAttribute("names", displayNames(area));
		model.addAttribute("ancestors", this.views.ancestors(code));
		model.addAttribute("canListHouseholds", CurrentUser.scope()
			.hasAny(Role.COMMUNITY_STAFF, Role.GRID_WORKER, Role.DISPATCHER, Role.LEADER, Role.ADMIN));
		return "area/area";
	}

	private Map<String, String> displayNames(AreaViews.AreaView area) {
		List<String> usernames = new ArrayList<>();
		if (area.responsibilities() != null) {
			usernames.add(area.responsibilities().gridWorker());
			usernames.add(area.responsibilities().communityLead());
			usernames.addAll(area.responsibilities().liaisonsByDepartment().values());
		}
		if (area.staff() != null) {
			usernames.addAll(area.staff());
		}
		Map<String, String> names = new HashMap<>();
		usernames.stream()
			.filter(Objects::nonNull)
			.forEach((username) -> names.put(username, this.accounts.displayNameOf(username).orElse(username)));
		return names;
	}

	@GetMapping(path = "/areas/{code}/grids.geojson", produces = "application/geo+json")
	@ResponseBody
	Map<String, Object> grids(@PathVariable String code) {
		return this.views.gridsGeoJson(code);
	}

	@GetMapping(path = "/areas/outline.geojson", produces = "application/geo+json")
	@ResponseBody
	Map<String, Object> outline(@RequestParam(required = false) String code, @RequestParam(required = false) Double lat,
			@RequestParam(required = false) Double lon) {
		return this.views.outlineGeoJson(code, lat, lon);
	}

	@GetMapping("/admin/areas/import")
	@PreAuthorize("hasRole('ADMIN')")
	String importForm() {
		return "area/import";
	}

	@PostMapping("/admin/areas/import")
	@PreAuthorize("hasRole('ADMIN')")
	String importFile(@RequestParam("file") MultipartFile file, Model model) throws IOException {
		try {
			model.addAttribute("report",
					this.gridImport.importGeoJson(new String(file.getBytes(), StandardCharsets.UTF_8)));
		}
		catch (InvalidInputException ex) {
			model.addAttribute("problems",
					ex.problems()
						.stream()
						.map((problem) -> new ShownProblem(problem.field(),
								this.messages.get(problem.messageKey(), problem.args())))
						.toList());
		}
		return "area/import";
	}

}

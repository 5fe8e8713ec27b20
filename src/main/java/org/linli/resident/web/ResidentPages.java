package org.linli.resident.web;

import org.linli.area.Area;
import org.linli.area.Areas;
import org.linli.identity.CurrentUser;
import org.linli.identity.Role;
import org.linli.resident.HouseholdDetails;
import org.linli.resident.ResidentDirectory;
import org.linli.resident.ResidentView;
import org.linli.resident.RevealedResident;
import org.linli.shared.FieldProblem;
import org.linli.shared.InvalidInputException;
import org.linli.shared.Messages;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Households and residents for the people who work with them, through the same scoped
 * directory as the API: personal data masked, with an audited reveal of one resident at a
 * time.
 */
@Controller
class ResidentPages {

	static final int PAGE_SIZE = 50;

	private final ResidentDirectory directory;

	private final Messages messages;

	private final Areas areas;

	ResidentPages(ResidentDirectory directory, Messages messages, Areas areas) {
		this.directory = directory;
		this.messages = messages;
		this.areas = areas;
	}

	@GetMapping("/households")
	String households(@RequestParam String area, @RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("area", area);
		model.addAttribute("page", this.directory.households(area, page, PAGE_SIZE));
		return "resident/households";
	}

	@GetMapping("/households/{id}")
	String household(@PathVariable long id, Model model) {
		HouseholdDetails details = this.directory.household(id);
		model.addAttribute("details", details);
		model.addAttribute("building",
				this.areas.find(details.household().buildingCode())
					.map(Area::name)
					.orElse(details.household().buildingCode()));
		model.addAttribute("canReveal",
				CurrentUser.scope().hasAny(Role.COMMUNITY_STAFF, Role.GRID_WORKER, Role.DISPATCHER, Role.ADMIN));
		return "resident/household";
	}

	@PostMapping("/residents/{id}/reveal")
	String reveal(@PathVariable long id, @RequestParam(required = false) String reason, Model model) {
		model.addAttribute("secretId", id);
		try {
			RevealedResident revealed = this.directory.reveal(id, reason);
			model.addAttribute("phone", revealed.phone());
			model.addAttribute("idNumber", revealed.idNumber());
			model.addAttribute("revealed", true);
		}
		catch (InvalidInputException ex) {
			ResidentView resident = this.directory.resident(id);
			model.addAttribute("phone", resident.phone());
			model.addAttribute("idNumber", resident.idNumber());
			model.addAttribute("canReveal", true);
			FieldProblem problem = ex.problems().get(0);
			model.addAttribute("error", this.messages.get(problem.messageKey(), problem.args()));
		}
		return "resident/secret :: secret";
	}

}

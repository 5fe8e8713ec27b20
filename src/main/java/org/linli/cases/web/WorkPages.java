package org.linli.cases.web;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.linli.calendar.WorkingCalendar.Light;
import org.linli.cases.CaseStatus;
import org.linli.cases.Priority;
import org.linli.cases.internal.CaseFilter;
import org.linli.cases.internal.CaseService;
import org.linli.cases.internal.CaseViews;
import org.linli.cases.internal.Enums;
import org.linli.catalogue.Catalogue;
import org.linli.catalogue.Tier;
import org.linli.identity.CurrentUser;
import org.linli.shared.ConflictException;
import org.linli.shared.InvalidInputException;
import org.linli.shared.Messages;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The work queues, one page per role: the street dispatcher's console (一口受理、一表派单), the
 * department's inbox, the grid worker's grid and verification tasks, the community's
 * queue. Each lists what the role must act on, most urgent first, with its traffic light;
 * the case page takes the action.
 */
@Controller
class WorkPages {

	private static final int QUEUE_SIZE = 50;

	/** Rows of each console queue at first, and how many more each "more" shows. */
	private static final int CONSOLE_STEP = 20;

	private static final int CONSOLE_MAX = 200;

	private static final int MARKER_LIMIT = 200;

	static final Set<CaseStatus> ORDERED = EnumSet.of(CaseStatus.DISPATCHED, CaseStatus.IN_PROGRESS);

	static final Set<CaseStatus> OPEN = EnumSet.of(CaseStatus.REPORTED, CaseStatus.REGISTERED,
			CaseStatus.AWAITING_RULING, CaseStatus.DISPATCHED, CaseStatus.IN_PROGRESS, CaseStatus.COMMUNITY_HANDLING,
			CaseStatus.HANDLED, CaseStatus.SUSPENDED);

	private final CaseService cases;

	private final PageForms forms;

	private final Catalogue catalogue;

	private final Messages messages;

	WorkPages(CaseService cases, PageForms forms, Catalogue catalogue, Messages messages) {
		this.cases = cases;
		this.forms = forms;
		this.catalogue = catalogue;
		this.messages = messages;
	}

	/**
	 * The console with the first rows of each queue; {@code queue} and {@code size} show
	 * more of one queue (only that section when htmx asks).
	 */
	@GetMapping("/console")
	@PreAuthorize("hasAnyRole('DISPATCHER', 'ADMIN')")
	String console(@RequestParam(required = false) String queue,
			@RequestParam(defaultValue = "" + CONSOLE_STEP) int size,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		if (size < 1 || size > CONSOLE_MAX) {
			throw new InvalidInputException("size", "cases.error.queue-size", CONSOLE_MAX);
		}
		ConsoleQueue expanded = (queue != null) ? ConsoleQueue.of(queue) : null;
		model.addAttribute("departments", this.forms.activeDepartments());
		model.addAttribute("departmentNames", this.forms.departmentNames());
		model.addAttribute("tiers", Tier.values());
		model.addAttribute("errors", Map.of());
		if (expanded != null && htmx != null) {
			model.addAttribute("q", shown(expanded, size));
			return "cases/console :: queue-section";
		}
		List<ConsoleSection> sections = new ArrayList<>();
		for (ConsoleQueue each : ConsoleQueue.values()) {
			sections.add(shown(each, (each == expanded) ? size : CONSOLE_STEP));
		}
		model.addAttribute("sections", sections);
		model.addAttribute("categories", this.catalogue.all());
		return "cases/console";
	}

	private ConsoleSection shown(ConsoleQueue queue, int size) {
		List<CaseViews.Summary> items = this.cases.queue(queue.filter(), size + 1);
		boolean more = items.size() > size;
		List<CaseViews.Summary> shown = more ? items.subList(0, size) : items;
		return new ConsoleSection(queue, shown, more, size);
	}

	/**
	 * Possible duplicates of the new concerns a console shows, fetched after the page so
	 * that the queues come first: each list replaces its row's placeholder.
	 */
	@GetMapping("/console/duplicates")
	@PreAuthorize("hasAnyRole('DISPATCHER', 'ADMIN')")
	String duplicates(@RequestParam List<String> ids, Model model) {
		if (ids.size() > CONSOLE_MAX) {
			throw new InvalidInputException("ids", "cases.error.queue-size", CONSOLE_MAX);
		}
		List<UUID> wanted = ids.stream().map(CasePages::uuid).toList();
		model.addAttribute("ids", wanted);
		model.addAttribute("duplicates", this.cases.earlierNearby(wanted));
		return "cases/console :: duplicates";
	}

	/**
	 * The console's one form: register with tier and category and, for a major affair,
	 * dispatch.
	 */
	@PostMapping("/console/{id}/register")
	@PreAuthorize("hasAnyRole('DISPATCHER', 'ADMIN')")
	String register(@PathVariable String id, ActionForm form, Model model, HttpServletResponse response,
			@RequestHeader(name = "HX-Request", required = false) String htmx) {
		UUID caseId = CasePages.uuid(id);
		try {
			this.cases.registerAndDispatch(caseId, Enums.optional(Tier.class, form.tier(), "tier"),
					CasePages.code(form.categoryCode()), Enums.optional(Priority.class, form.priority(), "priority"),
					CasePages.blankToNull(form.departmentCode()), form.note());
		}
		catch (InvalidInputException ex) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return row(caseId, this.forms.errors(ex), form, model);
		}
		catch (ConflictException ex) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			return row(caseId, Map.of("form", List.of(this.messages.get(ex.messageKey(), ex.args()))), form, model);
		}
		if (htmx == null) {
			return "redirect:/console";
		}
		model.addAttribute("done", this.cases.get(caseId));
		model.addAttribute("departmentNames", this.forms.departmentNames());
		return "cases/console :: registered";
	}

	private String row(UUID id, Map<String, List<String>> errors, ActionForm form, Model model) {
		model.addAttribute("item", this.cases.summary(id));
		model.addAttribute("duplicates", this.cases.earlierNearby(List.of(id)));
		model.addAttribute("errors", errors);
		model.addAttribute("form", form);
		model.addAttribute("departments", this.forms.activeDepartments());
		model.addAttribute("tiers", Tier.values());
		return "cases/console :: row";
	}

	@GetMapping("/department")
	@PreAuthorize("hasRole('DEPARTMENT_HANDLER')")
	String department(Model model) {
		String mine = CurrentUser.scope().departmentCode();
		model.addAttribute("toSign",
				list(CaseFilter.queue(EnumSet.of(CaseStatus.DISPATCHED)).withActiveDepartment(mine)));
		model.addAttribute("inProgress",
				list(CaseFilter.queue(EnumSet.of(CaseStatus.IN_PROGRESS)).withActiveDepartment(mine)));
		model.addAttribute("overdue", list(CaseFilter.queue(ORDERED).withActiveDepartment(mine).withLight(Light.RED)));
		model.addAttribute("handled",
				list(CaseFilter.queue(EnumSet.of(CaseStatus.HANDLED)).withActiveDepartment(mine)));
		model.addAttribute("departmentNames", this.forms.departmentNames());
		return "cases/department";
	}

	@GetMapping("/worker")
	@PreAuthorize("hasRole('GRID_WORKER')")
	String worker(Model model) {
		model.addAttribute("toVerify", list(CaseFilter.queue(EnumSet.of(CaseStatus.HANDLED))));
		model.addAttribute("open", list(CaseFilter.queue(OPEN)));
		model.addAttribute("areaCodes", CurrentUser.scope().areaCodes());
		model.addAttribute("departmentNames", this.forms.departmentNames());
		return "cases/worker";
	}

	@GetMapping("/community")
	@PreAuthorize("hasRole('COMMUNITY_STAFF')")
	String community(Model model) {
		model.addAttribute("fresh", queue(EnumSet.of(CaseStatus.REPORTED)));
		model.addAttribute("registered", queue(EnumSet.of(CaseStatus.REGISTERED)));
		model.addAttribute("handling", queue(EnumSet.of(CaseStatus.COMMUNITY_HANDLING)));
		model.addAttribute("toVerify", queue(EnumSet.of(CaseStatus.HANDLED)));
		model.addAttribute("departmentNames", this.forms.departmentNames());
		return "cases/community";
	}

	/** Open concerns the caller may see, for the maps' marker layers. */
	@GetMapping(path = "/cases/markers.json", produces = "application/json")
	@ResponseBody
	List<Marker> markers() {
		return this.cases.queue(CaseFilter.queue(OPEN), MARKER_LIMIT)
			.stream()
			.map((item) -> new Marker(item.lat(), item.lon(),
					item.number() + " " + ((item.categoryName() != null) ? item.categoryName() : ""),
					"/cases/" + item.id(), (item.light() != null) ? item.light().name() : null))
			.toList();
	}

	private List<CaseViews.Summary> queue(Set<CaseStatus> statuses) {
		return list(CaseFilter.queue(statuses));
	}

	private List<CaseViews.Summary> list(CaseFilter filter) {
		return this.cases.queue(filter, QUEUE_SIZE);
	}

	/** One console queue as shown: its first {@code size} rows, and whether more wait. */
	record ConsoleSection(ConsoleQueue queue, List<CaseViews.Summary> items, boolean more, int size) {

		public String id() {
			return this.queue.id();
		}

		/** Whether more wait and the console may still show more of it. */
		public boolean canShowMore() {
			return this.more && this.size < CONSOLE_MAX;
		}

		public int nextSize() {
			return Math.min(this.size + CONSOLE_STEP, CONSOLE_MAX);
		}

	}

	record Marker(double lat, double lon, String label, String href, String light) {
	}

}

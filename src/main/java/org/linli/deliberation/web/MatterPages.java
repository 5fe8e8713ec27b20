package org.linli.deliberation.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.linli.deliberation.MatterStage;
import org.linli.deliberation.internal.CommunityBodies;
import org.linli.deliberation.internal.MatterService;
import org.linli.deliberation.internal.MatterViews;
import org.linli.identity.CurrentUser;
import org.linli.identity.Role;
import org.linli.media.PhotoContent;
import org.linli.shared.FieldProblem;
import org.linli.shared.InvalidInputException;
import org.linli.shared.LocalizedException;
import org.linli.shared.Messages;
import org.linli.shared.NotFoundException;

import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The self-governance pages: the matters of one's area, a matter with its six stages and
 * the forms for what the viewer may do next, the ballot audit, the residents' convention
 * and the self-governance map. Every form posts and comes back to the matter's section; a
 * refused action shows its reason there.
 */
@Controller
class MatterPages {

	/** Which section of the matter page each action belongs to. */
	private static final Map<String, String> SECTIONS = Map.ofEntries(Map.entry("screen", "raise"),
			Map.entry("comment", "discuss"), Map.entry("hide-comment", "discuss"), Map.entry("meeting", "discuss"),
			Map.entry("minutes", "discuss"), Map.entry("council-decision", "discuss"), Map.entry("open-vote", "vote"),
			Map.entry("ballot", "vote"), Map.entry("close-vote", "vote"), Map.entry("cost-plan", "fund"),
			Map.entry("pledge", "fund"), Map.entry("payment", "fund"), Map.entry("start-work", "execute"),
			Map.entry("task", "execute"), Map.entry("task-done", "execute"), Map.entry("quote", "execute"),
			Map.entry("choose-quote", "execute"), Map.entry("progress", "execute"),
			Map.entry("complete-work", "execute"), Map.entry("check", "evaluate"), Map.entry("sign-off", "evaluate"),
			Map.entry("rating", "evaluate"), Map.entry("convention", "evaluate"), Map.entry("close", "evaluate"));

	private final MatterService matters;

	private final CommunityBodies bodies;

	private final Messages messages;

	MatterPages(MatterService matters, CommunityBodies bodies, Messages messages) {
		this.matters = matters;
		this.bodies = bodies;
		this.messages = messages;
	}

	@GetMapping("/matters")
	String list(@RequestParam(required = false) String scope, @RequestParam(required = false) String stage,
			@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("page", this.matters.list(scope, MatterController.stage(stage), Math.max(0, page), 30));
		model.addAttribute("scope", scope);
		model.addAttribute("stage", stage);
		model.addAttribute("stages", MatterStage.values());
		model.addAttribute("raisable", this.matters.raisable());
		model.addAttribute("community", community());
		return "deliberation/matters";
	}

	@PostMapping("/matters")
	String raise(@RequestParam(required = false) String scopeCode, @RequestParam(required = false) String title,
			@RequestParam(required = false) String description, RedirectAttributes redirect) {
		try {
			return "redirect:/matters/" + this.matters.raise(scopeCode, title, description, null).id();
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("error", text(ex));
			redirect.addFlashAttribute("title", title);
			redirect.addFlashAttribute("description", description);
			return "redirect:/matters#raise";
		}
	}

	@GetMapping("/matters/{id}")
	String matter(@PathVariable UUID id, Model model) {
		MatterViews.Detail matter = this.matters.get(id);
		model.addAttribute("matter", matter);
		model.addAttribute("comments", this.matters.comments(id));
		model.addAttribute("timeline", this.matters.timeline(id));
		if (matter.vote() != null) {
			model.addAttribute("tally", this.matters.tally(id));
			if (matter.can("proxy-ballot")) {
				model.addAttribute("electorate", this.matters.electorate(id));
			}
		}
		if (matter.hasCostPlan()) {
			model.addAttribute("plan", this.matters.costPlan(id));
		}
		model.addAttribute("conventions", this.bodies.conventionsFor(matter.scopeCode()));
		return "deliberation/matter";
	}

	/**
	 * Every form of the matter page posts here; the action names the transition, the
	 * fields are the form's.
	 */
	@PostMapping("/matters/{id}/{action}")
	String act(@PathVariable UUID id, @PathVariable String action, @RequestParam MultiValueMap<String, String> form,
			RedirectAttributes redirect) {
		String section = SECTIONS.get(action);
		if (section == null) {
			throw new NotFoundException("deliberation.error.not-found");
		}
		try {
			apply(id, action, form);
			redirect.addFlashAttribute("done", action);
		}
		catch (LocalizedException ex) {
			redirect.addFlashAttribute("error", text(ex));
			redirect.addFlashAttribute("errorSection", section);
		}
		return "redirect:/matters/" + id + "#" + section;
	}

	private void apply(UUID id, String action, MultiValueMap<String, String> form) {
		switch (action) {
			case "screen" -> this.matters.screen(id, bool(form, "accept"), form.getFirst("note"), null);
			case "comment" -> this.matters.comment(id, form.getFirst("text"));
			case "hide-comment" -> this.matters.hideComment(id, number(form, "commentId"), form.getFirst("reason"));
			case "meeting" -> this.matters.scheduleMeeting(id, form.getFirst("kind"), form.getFirst("scheduledAt"),
					form.getFirst("place"), form.getFirst("agenda"));
			case "minutes" -> this.matters.recordMinutes(id, number(form, "meetingId"), integer(form, "attendance"),
					form.getFirst("attendees"), form.getFirst("minutes"));
			case "council-decision" -> this.matters.decide(id, bool(form, "putToVote"), form.getFirst("reasons"));
			case "open-vote" -> this.matters.openVote(id, form.getFirst("rule"), form.getFirst("closesAt"),
					form.getFirst("quorum"), form.getFirst("approval"));
			case "ballot" -> this.matters.ballot(id, form.getFirst("choice"), optionalNumber(form, "householdId"),
					form.getFirst("note"));
			case "close-vote" -> this.matters.closeVote(id);
			case "cost-plan" -> this.matters.planCost(id, amount(form, "total"), form.getFirst("method"),
					weights(form.getFirst("floorWeights")), optionalAmount(form, "fundMatch"));
			case "pledge" -> this.matters.pledge(id, optionalNumber(form, "householdId"));
			case "payment" ->
				this.matters.recordPayment(id, optionalNumber(form, "householdId"), amount(form, "amount"));
			case "start-work" -> this.matters.startWork(id);
			case "task" ->
				this.matters.addTask(id, form.getFirst("title"), form.getFirst("owner"), form.getFirst("dueOn"));
			case "task-done" -> this.matters.finishTask(id, number(form, "taskId"));
			case "quote" ->
				this.matters.addQuote(id, form.getFirst("supplier"), amount(form, "amount"), form.getFirst("note"));
			case "choose-quote" ->
				this.matters.chooseQuote(id, optionalNumber(form, "quoteId"), form.getFirst("reason"));
			case "complete-work" -> this.matters.completeWork(id);
			case "check" -> this.matters.check(id, form.getFirst("note"));
			case "sign-off" -> this.matters.signOff(id, bool(form, "passed"), form.getFirst("note"));
			case "rating" -> this.matters.rate(id, form.getFirst("satisfaction"), form.getFirst("comment"));
			case "convention" -> this.matters.addToConvention(id, form.getFirst("title"), form.getFirst("text"),
					optionalNumber(form, "supersedes"));
			case "close" -> this.matters.close(id);
			default -> throw new NotFoundException("deliberation.error.not-found");
		}
	}

	/** Progress with photos comes as a multipart form. */
	@PostMapping(path = "/matters/{id}/progress", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	String progress(@PathVariable UUID id, @RequestParam(required = false) String note,
			@RequestParam(name = "photos", required = false) List<MultipartFile> photos, RedirectAttributes redirect) {
		try {
			List<byte[]> files = new ArrayList<>();
			if (photos != null) {
				for (MultipartFile photo : photos) {
					if (!photo.isEmpty()) {
						files.add(photo.getBytes());
					}
				}
			}
			this.matters.reportProgressWithPhotos(id, note, files);
			redirect.addFlashAttribute("done", "progress");
		}
		catch (LocalizedException ex) {
			redirect.addFlashAttribute("error", text(ex));
			redirect.addFlashAttribute("errorSection", "execute");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return "redirect:/matters/" + id + "#execute";
	}

	@GetMapping("/matters/{id}/photos/{photoId}")
	ResponseEntity<Resource> photo(@PathVariable UUID id, @PathVariable UUID photoId) {
		PhotoContent photo = this.matters.photo(id, photoId)
			.orElseThrow(() -> new NotFoundException("deliberation.error.photo-unknown"));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(photo.photo().contentType()))
			.cacheControl(CacheControl.empty().cachePrivate())
			.header("X-Content-Type-Options", "nosniff")
			.body(photo.content());
	}

	@GetMapping("/matters/{id}/ballots")
	String ballots(@PathVariable UUID id, Model model) {
		model.addAttribute("matter", this.matters.get(id));
		model.addAttribute("ballots", this.matters.ballots(id));
		model.addAttribute("tally", this.matters.tally(id));
		return "deliberation/ballots";
	}

	@GetMapping("/conventions/{areaCode}")
	String convention(@PathVariable String areaCode, @RequestParam(required = false) Integer version, Model model) {
		model.addAttribute("convention", this.bodies.convention(areaCode, version));
		return "deliberation/convention";
	}

	@GetMapping("/matters/map")
	String map(@RequestParam(required = false) String community, Model model) {
		String shown = (community != null) ? community : community();
		if (shown == null) {
			throw new NotFoundException("deliberation.error.area-not-found");
		}
		List<MatterViews.MapPoint> points = this.matters.map(shown);
		Map<MatterStage, Long> counts = new LinkedHashMap<>();
		for (MatterStage stage : MatterStage.values()) {
			counts.put(stage, points.stream().filter((point) -> point.stage() == stage).count());
		}
		model.addAttribute("community", shown);
		model.addAttribute("points", points);
		model.addAttribute("counts", counts);
		model.addAttribute("committee", this.bodies.committee(shown));
		return "deliberation/map";
	}

	@GetMapping(path = "/matters/map.json", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	List<MatterViews.MapPoint> mapPoints(@RequestParam String community) {
		return this.matters.map(community);
	}

	/** The community the viewer belongs to: a resident's, or the first staff area. */
	private String community() {
		var scope = CurrentUser.scope();
		return this.matters.raisable()
			.stream()
			.map((area) -> area.code())
			.filter((code) -> code.length() == 12)
			.findFirst()
			.orElseGet(() -> scope.hasAny(Role.LEADER, Role.DISPATCHER, Role.GRID_WORKER)
					? scope.areaCodes().stream().filter((code) -> code.length() == 12).findFirst().orElse(null) : null);
	}

	private String text(LocalizedException ex) {
		if (ex instanceof InvalidInputException invalid && !invalid.problems().isEmpty()) {
			List<String> texts = new ArrayList<>();
			for (FieldProblem problem : invalid.problems()) {
				texts.add(this.messages.get("deliberation.field." + problem.field().replaceAll("[.\\[].*", ""))
						+ this.messages.get("deliberation.page.colon")
						+ this.messages.get(problem.messageKey(), problem.args()));
			}
			return String.join(this.messages.get("deliberation.page.separator"), texts);
		}
		return this.messages.get(ex);
	}

	private static Boolean bool(MultiValueMap<String, String> form, String field) {
		String value = form.getFirst(field);
		return (value == null || value.isBlank()) ? null : Boolean.valueOf(value);
	}

	private static long number(MultiValueMap<String, String> form, String field) {
		Long value = optionalNumber(form, field);
		if (value == null) {
			throw new InvalidInputException(field, "deliberation.error.required");
		}
		return value;
	}

	private static Long optionalNumber(MultiValueMap<String, String> form, String field) {
		String value = form.getFirst(field);
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Long.valueOf(value.strip());
		}
		catch (NumberFormatException ex) {
			throw new InvalidInputException(field, "deliberation.error.number");
		}
	}

	private static Integer integer(MultiValueMap<String, String> form, String field) {
		Long value = optionalNumber(form, field);
		return (value != null && Math.abs(value) < Integer.MAX_VALUE) ? value.intValue() : null;
	}

	private static BigDecimal amount(MultiValueMap<String, String> form, String field) {
		BigDecimal value = optionalAmount(form, field);
		if (value == null) {
			throw new InvalidInputException(field, "deliberation.error.amount");
		}
		return value;
	}

	private static BigDecimal optionalAmount(MultiValueMap<String, String> form, String field) {
		String value = form.getFirst(field);
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return new BigDecimal(value.strip());
		}
		catch (NumberFormatException ex) {
			throw new InvalidInputException(field, "deliberation.error.amount");
		}
	}

	/** {@code 1:0, 2:1, 3:1.5} from the page's one-line field. */
	private static Map<String, BigDecimal> weights(String text) {
		Map<String, BigDecimal> weights = new LinkedHashMap<>();
		if (text == null || text.isBlank()) {
			return weights;
		}
		for (String pair : text.split("[,，\\s]+")) {
			String[] parts = pair.split("[:：=]");
			if (parts.length != 2) {
				throw new InvalidInputException("floorWeights", "deliberation.error.weight");
			}
			try {
				weights.put(parts[0].strip(), new BigDecimal(parts[1].strip()));
			}
			catch (NumberFormatException ex) {
				throw new InvalidInputException("floorWeights", "deliberation.error.weight");
			}
		}
		return weights;
	}

}

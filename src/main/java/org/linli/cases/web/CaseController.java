package org.linli.cases.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import org.linli.calendar.WorkingCalendar.Light;
import org.linli.cases.CaseStatus;
import org.linli.cases.Priority;
import org.linli.cases.Rating;
import org.linli.cases.Referral;
import org.linli.cases.internal.CaseFilter;
import org.linli.cases.internal.CaseService;
import org.linli.cases.internal.CaseViews;
import org.linli.cases.internal.Enums;
import org.linli.cases.internal.IntakeCommand;
import org.linli.cases.internal.IntakeService;
import org.linli.catalogue.Tier;
import org.linli.shared.InvalidInputException;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Concerns: intake (open to anyone, with an optional {@code Idempotency-Key}), the
 * workflow actions, and scoped reads. A case outside the caller's scope answers 404; an
 * action that is not the caller's answers 403; an action the case's state does not allow
 * answers 409.
 */
@RestController
@RequestMapping("/api/v1/cases")
class CaseController {

	private static final int MAX_PAGE_SIZE = 200;

	private static final Pattern AREA_CODE = Pattern.compile("[0-9]{6,15}");

	private final CaseService cases;

	private final IntakeService intake;

	CaseController(CaseService cases, IntakeService intake) {
		this.cases = cases;
		this.intake = intake;
	}

	@PostMapping
	ResponseEntity<CaseViews.Intake> report(@RequestBody IntakeCommand command,
			@RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
		CaseViews.Intake taken = this.intake.report(command, idempotencyKey);
		return ResponseEntity.status(taken.created() ? HttpStatus.CREATED : HttpStatus.OK)
			.location(URI.create("/api/v1/cases/" + taken.id()))
			.body(taken);
	}

	@GetMapping
	CaseViews.Page list(@RequestParam(required = false) String status, @RequestParam(required = false) String tier,
			@RequestParam(required = false) String gridCode, @RequestParam(required = false) String departmentCode,
			@RequestParam(required = false) String light, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size) {
		if (page < 0) {
			throw new InvalidInputException("page", "cases.error.page");
		}
		if (size < 1 || size > MAX_PAGE_SIZE) {
			throw new InvalidInputException("size", "cases.error.size", MAX_PAGE_SIZE);
		}
		if (gridCode != null && !gridCode.isBlank() && !AREA_CODE.matcher(gridCode.strip()).matches()) {
			throw new InvalidInputException("gridCode", "cases.error.area-code");
		}
		CaseFilter filter = CaseFilter.of(Enums.optional(CaseStatus.class, status, "status"),
				Enums.optional(Tier.class, tier, "tier"), blankToNull(gridCode), blankToNull(departmentCode),
				Enums.optional(Light.class, light, "light"));
		return this.cases.list(filter, page, size);
	}

	@GetMapping("/{id}")
	CaseViews.Detail get(@PathVariable UUID id) {
		return this.cases.get(id);
	}

	@GetMapping("/{id}/timeline")
	List<CaseViews.Entry> timeline(@PathVariable UUID id) {
		return this.cases.timeline(id);
	}

	@PostMapping("/{id}/accept")
	CaseViews.Detail accept(@PathVariable UUID id, @RequestBody AcceptRequest request) {
		return this.cases.accept(id, Enums.optional(Tier.class, request.tier(), "tier"), request.categoryCode(),
				Enums.optional(Priority.class, request.priority(), "priority"));
	}

	@PostMapping("/{id}/reject")
	CaseViews.Detail reject(@PathVariable UUID id, @RequestBody ReasonRequest request) {
		return this.cases.reject(id, request.reason());
	}

	@PostMapping("/{id}/merge")
	CaseViews.Detail merge(@PathVariable UUID id, @RequestBody MergeRequest request) {
		return this.cases.merge(id, request.intoCaseId());
	}

	@PostMapping("/{id}/dispatch")
	CaseViews.Detail dispatch(@PathVariable UUID id, @RequestBody(required = false) DispatchRequest request) {
		DispatchRequest given = (request != null) ? request : new DispatchRequest(null, null);
		return this.cases.dispatch(id, blankToNull(given.departmentCode()), given.note());
	}

	@GetMapping("/nearby")
	List<CaseViews.Nearby> nearby(@RequestParam double lat, @RequestParam double lon,
			@RequestParam(required = false) String categoryCode) {
		return this.cases.nearby(lat, lon, categoryCode);
	}

	@PostMapping("/{id}/follow")
	CaseViews.Detail follow(@PathVariable UUID id, @RequestBody FollowRequest request) {
		return this.cases.follow(id, request.lat(), request.lon());
	}

	@PostMapping("/{id}/sign")
	CaseViews.Detail sign(@PathVariable UUID id) {
		return this.cases.sign(id);
	}

	@PostMapping("/{id}/return")
	CaseViews.Detail returnOrder(@PathVariable UUID id, @RequestBody ReasonRequest request) {
		return this.cases.returnOrder(id, request.reason());
	}

	@PostMapping("/{id}/rule-return")
	CaseViews.Detail ruleOnReturn(@PathVariable UUID id, @RequestBody DispatchRequest request) {
		return this.cases.ruleOnReturn(id, blankToNull(request.departmentCode()), request.note());
	}

	@PostMapping("/{id}/handle")
	CaseViews.Detail handle(@PathVariable UUID id, @RequestBody HandleRequest request) {
		return this.cases.handle(id, request.result(), request.photoIds());
	}

	@GetMapping("/{id}/photos")
	List<PhotoView> photos(@PathVariable UUID id) {
		return this.cases.photos(id)
			.stream()
			.map((photo) -> new PhotoView(photo.id(), photo.stage().name(), "/api/v1/photos/" + photo.id(),
					photo.addedAt()))
			.toList();
	}

	record PhotoView(UUID id, String stage, String href, java.time.Instant addedAt) {
	}

	@PostMapping("/{id}/verify")
	CaseViews.Detail verify(@PathVariable UUID id, @RequestBody VerifyRequest request) {
		return this.cases.verify(id, request.passed(), request.note(), request.photoIds());
	}

	@PostMapping("/{id}/assign-community")
	CaseViews.Detail assignToCommunity(@PathVariable UUID id) {
		return this.cases.assignToCommunity(id);
	}

	@PostMapping("/{id}/guide")
	CaseViews.Detail guide(@PathVariable UUID id, @RequestBody GuideRequest request) {
		return this.cases.guide(id, request.guidance(), Enums.optional(Referral.class, request.referral(), "referral"));
	}

	@PostMapping("/{id}/evaluate")
	CaseViews.Detail evaluate(@PathVariable UUID id, @RequestBody EvaluateRequest request) {
		return this.cases.evaluate(id, Enums.optional(Rating.class, request.rating(), "rating"), request.comment());
	}

	@PostMapping("/{id}/reopen")
	CaseViews.Detail reopen(@PathVariable UUID id, @RequestBody ReasonRequest request) {
		return this.cases.reopen(id, request.reason());
	}

	@PostMapping("/{id}/request-extension")
	CaseViews.Detail requestExtension(@PathVariable UUID id, @RequestBody ExtensionRequest request) {
		return this.cases.requestExtension(id, request.workingHours(), request.reason());
	}

	@PostMapping("/{id}/decide-extension")
	CaseViews.Detail decideExtension(@PathVariable UUID id, @RequestBody DecisionRequest request) {
		return this.cases.decideExtension(id, request.approve());
	}

	@PostMapping("/{id}/suspend")
	CaseViews.Detail suspend(@PathVariable UUID id, @RequestBody ReasonRequest request) {
		return this.cases.requestSuspension(id, request.reason());
	}

	@PostMapping("/{id}/decide-suspension")
	CaseViews.Detail decideSuspension(@PathVariable UUID id, @RequestBody DecisionRequest request) {
		return this.cases.decideSuspension(id, request.approve());
	}

	@PostMapping("/{id}/resume")
	CaseViews.Detail resume(@PathVariable UUID id) {
		return this.cases.resume(id);
	}

	@PostMapping("/{id}/escalate")
	CaseViews.Detail escalate(@PathVariable UUID id, @RequestBody EscalateRequest request) {
		return this.cases.escalate(id, request.departmentCodes(), request.reason());
	}

	@PostMapping("/{id}/report-in")
	CaseViews.Detail reportIn(@PathVariable UUID id) {
		return this.cases.reportIn(id);
	}

	@PostMapping("/{id}/claim")
	CaseViews.Detail claim(@PathVariable UUID id) {
		return this.cases.claim(id);
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	record AcceptRequest(String tier, String categoryCode, String priority) {
	}

	record FollowRequest(Double lat, Double lon) {
	}

	record ReasonRequest(String reason) {
	}

	record MergeRequest(UUID intoCaseId) {
	}

	record DispatchRequest(String departmentCode, String note) {
	}

	record HandleRequest(String result, List<UUID> photoIds) {
	}

	record VerifyRequest(Boolean passed, String note, List<UUID> photoIds) {
	}

	record GuideRequest(String guidance, String referral) {
	}

	record EvaluateRequest(String rating, String comment) {
	}

	record ExtensionRequest(Integer workingHours, String reason) {
	}

	record DecisionRequest(Boolean approve) {
	}

	record EscalateRequest(List<String> departmentCodes, String reason) {
	}

}

package org.linli.deliberation.web;

import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.linli.deliberation.MatterStage;
import org.linli.deliberation.internal.CommunityBodies;
import org.linli.deliberation.internal.MatterService;
import org.linli.deliberation.internal.MatterViews;
import org.linli.shared.InvalidInputException;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Matters (议题), their six stages and the committees. A matter outside the caller's scope
 * answers 404; an action that is not the caller's 403; an action the matter's status does
 * not allow, or a change that raced another, 409.
 */
@RestController
class MatterController {

	private static final int MAX_PAGE_SIZE = 200;

	private final MatterService matters;

	private final CommunityBodies bodies;

	MatterController(MatterService matters, CommunityBodies bodies) {
		this.matters = matters;
		this.bodies = bodies;
	}

	record RaiseRequest(String scopeCode, String title, String description, UUID caseId) {
	}

	record ScreenRequest(Boolean accept, String note, UUID duplicateOf) {
	}

	record TextRequest(String text) {
	}

	record HideRequest(String reason) {
	}

	record MeetingRequest(String kind, String scheduledAt, String place, String agenda) {
	}

	record MinutesRequest(Integer attendance, String attendees, String minutes) {
	}

	record DecisionRequest(Boolean putToVote, String reasons) {
	}

	record OpenVoteRequest(String rule, String closesAt, String quorum, String approval) {
	}

	record BallotRequest(String choice, Long householdId, String note) {
	}

	record CostPlanRequest(BigDecimal total, String method, Map<String, BigDecimal> floorWeights,
			BigDecimal fundMatch) {
	}

	record PledgeRequest(Long householdId) {
	}

	record PaymentRequest(Long householdId, BigDecimal amount) {
	}

	record TaskRequest(String title, String owner, String dueOn) {
	}

	record QuoteRequest(String supplier, BigDecimal amount, String note) {
	}

	record ChooseQuoteRequest(Long quoteId, String reason) {
	}

	record ProgressRequest(String note, List<UUID> photoIds) {
	}

	record NoteRequest(String note) {
	}

	record SignOffRequest(Boolean passed, String note) {
	}

	record RatingRequest(String satisfaction, String comment) {
	}

	record ConventionRequest(String title, String text, Long supersedes) {
	}

	record MemberRequest(String committee, String username) {
	}

	@PostMapping("/api/v1/matters")
	ResponseEntity<MatterViews.Detail> raise(@RequestBody RaiseRequest request) {
		MatterViews.Detail raised = this.matters.raise(request.scopeCode(), request.title(), request.description(),
				request.caseId());
		return ResponseEntity.created(URI.create("/api/v1/matters/" + raised.id())).body(raised);
	}

	@GetMapping("/api/v1/matters")
	MatterViews.Page list(@RequestParam(required = false) String scope, @RequestParam(required = false) String stage,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		if (page < 0) {
			throw new InvalidInputException("page", "deliberation.error.page");
		}
		if (size < 1 || size > MAX_PAGE_SIZE) {
			throw new InvalidInputException("size", "deliberation.error.size", MAX_PAGE_SIZE);
		}
		return this.matters.list(scope, stage(stage), page, size);
	}

	static MatterStage stage(String stage) {
		if (stage == null || stage.isBlank()) {
			return null;
		}
		for (MatterStage candidate : MatterStage.values()) {
			if (candidate.name().equals(stage.strip())) {
				return candidate;
			}
		}
		throw new InvalidInputException("stage", "deliberation.error.one-of", List.of(MatterStage.values()).toString());
	}

	@GetMapping("/api/v1/matters/{id}")
	MatterViews.Detail get(@PathVariable UUID id) {
		return this.matters.get(id);
	}

	@GetMapping("/api/v1/matters/{id}/timeline")
	List<MatterViews.Entry> timeline(@PathVariable UUID id) {
		return this.matters.timeline(id);
	}

	@PostMapping("/api/v1/matters/{id}/screen")
	MatterViews.Detail screen(@PathVariable UUID id, @RequestBody ScreenRequest request) {
		return this.matters.screen(id, request.accept(), request.note(), request.duplicateOf());
	}

	@GetMapping("/api/v1/matters/{id}/comments")
	List<MatterViews.Comment> comments(@PathVariable UUID id) {
		return this.matters.comments(id);
	}

	@PostMapping("/api/v1/matters/{id}/comments")
	ResponseEntity<List<MatterViews.Comment>> comment(@PathVariable UUID id, @RequestBody TextRequest request) {
		this.matters.comment(id, request.text());
		return ResponseEntity.status(HttpStatus.CREATED).body(this.matters.comments(id));
	}

	@PostMapping("/api/v1/matters/{id}/comments/{commentId}/hide")
	List<MatterViews.Comment> hide(@PathVariable UUID id, @PathVariable long commentId,
			@RequestBody HideRequest request) {
		this.matters.hideComment(id, commentId, request.reason());
		return this.matters.comments(id);
	}

	@PostMapping("/api/v1/matters/{id}/meetings")
	MatterViews.Detail meeting(@PathVariable UUID id, @RequestBody MeetingRequest request) {
		return this.matters.scheduleMeeting(id, request.kind(), request.scheduledAt(), request.place(),
				request.agenda());
	}

	@PostMapping("/api/v1/matters/{id}/meetings/{meetingId}/minutes")
	MatterViews.Detail minutes(@PathVariable UUID id, @PathVariable long meetingId,
			@RequestBody MinutesRequest request) {
		return this.matters.recordMinutes(id, meetingId, request.attendance(), request.attendees(), request.minutes());
	}

	@PostMapping("/api/v1/matters/{id}/council-decision")
	MatterViews.Detail decide(@PathVariable UUID id, @RequestBody DecisionRequest request) {
		return this.matters.decide(id, request.putToVote(), request.reasons());
	}

	@PostMapping("/api/v1/matters/{id}/open-vote")
	MatterViews.Detail openVote(@PathVariable UUID id, @RequestBody OpenVoteRequest request) {
		return this.matters.openVote(id, request.rule(), request.closesAt(), request.quorum(), request.approval());
	}

	@PostMapping("/api/v1/matters/{id}/ballot")
	MatterViews.Detail ballot(@PathVariable UUID id, @RequestBody BallotRequest request) {
		return this.matters.ballot(id, request.choice(), request.householdId(), request.note());
	}

	@PostMapping("/api/v1/matters/{id}/close-vote")
	MatterViews.Detail closeVote(@PathVariable UUID id) {
		return this.matters.closeVote(id);
	}

	@GetMapping("/api/v1/matters/{id}/tally")
	MatterViews.TallyView tally(@PathVariable UUID id) {
		return this.matters.tally(id);
	}

	@GetMapping("/api/v1/matters/{id}/ballots")
	List<MatterViews.Ballot> ballots(@PathVariable UUID id) {
		return this.matters.ballots(id);
	}

	@PostMapping("/api/v1/matters/{id}/cost-plan")
	MatterViews.CostPlanView planCost(@PathVariable UUID id, @RequestBody CostPlanRequest request) {
		return this.matters.planCost(id, request.total(), request.method(), request.floorWeights(),
				request.fundMatch());
	}

	@GetMapping("/api/v1/matters/{id}/cost-plan")
	MatterViews.CostPlanView costPlan(@PathVariable UUID id) {
		return this.matters.costPlan(id);
	}

	@PostMapping("/api/v1/matters/{id}/pledge")
	MatterViews.CostPlanView pledge(@PathVariable UUID id, @RequestBody(required = false) PledgeRequest request) {
		return this.matters.pledge(id, (request != null) ? request.householdId() : null);
	}

	@PostMapping("/api/v1/matters/{id}/payments")
	MatterViews.CostPlanView pay(@PathVariable UUID id, @RequestBody PaymentRequest request) {
		return this.matters.recordPayment(id, request.householdId(), request.amount());
	}

	@PostMapping("/api/v1/matters/{id}/start-work")
	MatterViews.Detail startWork(@PathVariable UUID id) {
		return this.matters.startWork(id);
	}

	@PostMapping("/api/v1/matters/{id}/tasks")
	MatterViews.Detail task(@PathVariable UUID id, @RequestBody TaskRequest request) {
		return this.matters.addTask(id, request.title(), request.owner(), request.dueOn());
	}

	@PostMapping("/api/v1/matters/{id}/tasks/{taskId}/done")
	MatterViews.Detail taskDone(@PathVariable UUID id, @PathVariable long taskId) {
		return this.matters.finishTask(id, taskId);
	}

	@PostMapping("/api/v1/matters/{id}/quotes")
	MatterViews.Detail quote(@PathVariable UUID id, @RequestBody QuoteRequest request) {
		return this.matters.addQuote(id, request.supplier(), request.amount(), request.note());
	}

	@PostMapping("/api/v1/matters/{id}/choose-quote")
	MatterViews.Detail chooseQuote(@PathVariable UUID id, @RequestBody ChooseQuoteRequest request) {
		return this.matters.chooseQuote(id, request.quoteId(), request.reason());
	}

	@PostMapping("/api/v1/matters/{id}/progress")
	MatterViews.Detail progress(@PathVariable UUID id, @RequestBody ProgressRequest request) {
		return this.matters.reportProgress(id, request.note(), request.photoIds());
	}

	@PostMapping("/api/v1/matters/{id}/complete-work")
	MatterViews.Detail completeWork(@PathVariable UUID id) {
		return this.matters.completeWork(id);
	}

	@PostMapping("/api/v1/matters/{id}/checks")
	MatterViews.Detail check(@PathVariable UUID id, @RequestBody NoteRequest request) {
		return this.matters.check(id, request.note());
	}

	@PostMapping("/api/v1/matters/{id}/sign-off")
	MatterViews.Detail signOff(@PathVariable UUID id, @RequestBody SignOffRequest request) {
		return this.matters.signOff(id, request.passed(), request.note());
	}

	@PostMapping("/api/v1/matters/{id}/rating")
	MatterViews.Detail rate(@PathVariable UUID id, @RequestBody RatingRequest request) {
		return this.matters.rate(id, request.satisfaction(), request.comment());
	}

	@PostMapping("/api/v1/matters/{id}/close")
	MatterViews.Detail close(@PathVariable UUID id) {
		return this.matters.close(id);
	}

	@PostMapping("/api/v1/matters/{id}/convention")
	MatterViews.ConventionView convention(@PathVariable UUID id, @RequestBody ConventionRequest request) {
		return this.matters.addToConvention(id, request.title(), request.text(), request.supersedes());
	}

	@GetMapping("/api/v1/conventions/{areaCode}")
	MatterViews.ConventionView convention(@PathVariable String areaCode,
			@RequestParam(required = false) Integer version) {
		return this.bodies.convention(areaCode, version);
	}

	@GetMapping("/api/v1/committees/{areaCode}")
	List<MatterViews.MemberView> committee(@PathVariable String areaCode) {
		return this.bodies.committee(areaCode);
	}

	@PostMapping("/api/v1/committees/{areaCode}")
	List<MatterViews.MemberView> appoint(@PathVariable String areaCode, @RequestBody MemberRequest request) {
		return this.bodies.appoint(areaCode, request.committee(), request.username());
	}

	@DeleteMapping("/api/v1/committees/{areaCode}/{committee}/{username}")
	List<MatterViews.MemberView> dismiss(@PathVariable String areaCode, @PathVariable String committee,
			@PathVariable String username) {
		return this.bodies.dismiss(areaCode, committee, username);
	}

}

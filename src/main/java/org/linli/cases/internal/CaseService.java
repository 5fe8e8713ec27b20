package org.linli.cases.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiConsumer;

import org.linli.calendar.TimeLimit;
import org.linli.calendar.WorkingCalendar;
import org.linli.cases.CaseId;
import org.linli.cases.Priority;
import org.linli.cases.Rating;
import org.linli.cases.Referral;
import org.linli.catalogue.Catalogue;
import org.linli.catalogue.Category;
import org.linli.catalogue.Tier;
import org.linli.department.Departments;
import org.linli.identity.CurrentUser;
import org.linli.identity.Role;
import org.linli.identity.Scope;
import org.linli.resident.HouseholdRegistry;
import org.linli.shared.FieldProblem;
import org.linli.shared.ForbiddenException;
import org.linli.shared.InvalidInputException;
import org.linli.shared.NotFoundException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The case workflow behind the API: takes concerns in, checks who may see and act on each
 * case, applies the change to the aggregate and stores it with its timeline entry in one
 * transaction, then publishes the events.
 */
@Service
@Transactional
public class CaseService {

	static final String DEPARTMENT_ROLE = Role.DEPARTMENT_HANDLER.name();

	static final int DESCRIPTION_MAX = 2000;

	/** The nearest possible duplicates shown; nobody weighs more than this many. */
	private static final int NEARBY_MAX = 10;

	private final CaseRepository repository;

	private final CaseReads reads;

	private final CaseRoles roles;

	private final Catalogue catalogue;

	private final Departments departments;

	private final WorkingCalendar calendar;

	private final HouseholdRegistry households;

	private final ApplicationEventPublisher publisher;

	private final CaseProperties properties;

	private final Clock clock;

	private final OverdueTimers timers;

	private final CasePhotos photos;

	CaseService(CaseRepository repository, CaseReads reads, CaseRoles roles, Catalogue catalogue,
			Departments departments, WorkingCalendar calendar, HouseholdRegistry households,
			ApplicationEventPublisher publisher, CaseProperties properties, Clock clock, OverdueTimers timers,
			CasePhotos photos) {
		this.repository = repository;
		this.reads = reads;
		this.roles = roles;
		this.catalogue = catalogue;
		this.departments = departments;
		this.calendar = calendar;
		this.households = households;
		this.publisher = publisher;
		this.properties = properties;
		this.clock = clock;
		this.timers = timers;
		this.photos = photos;
	}

	/**
	 * Open concerns near a spot, reported recently, of the same class when a category is
	 * given: what a resident sees before reporting the same thing again. Plain facts only
	 * (no description, no people), since anyone may ask.
	 */
	@Transactional(readOnly = true)
	public List<CaseViews.Nearby> nearby(double lat, double lon, String categoryCode) {
		String category = (categoryCode == null || categoryCode.isBlank()) ? null : categoryCode.strip();
		return openNear(List.of(new CaseRepository.Spot(lat, lon, majorClass(category), null)),
				now().minus(this.properties.duplicateWindow()), NEARBY_MAX)
			.get(0)
			.stream()
			.map((near) -> this.reads.nearby(near.found(), near.metres()))
			.toList();
	}

	/**
	 * For each of these concerns the caller may see, the open ones near it of its class
	 * reported before it: candidates to merge into. One query for the whole list; ids the
	 * caller may not see are left out.
	 */
	@Transactional(readOnly = true)
	public Map<UUID, List<CaseViews.Nearby>> earlierNearby(List<UUID> ids) {
		CaseAccess.Condition visible = CaseAccess.condition(CurrentUser.scope());
		List<Case> fresh = this.repository.findVisible(visible.sql(), visible.params(), ids);
		List<List<Near>> found = openNear(fresh.stream()
			.map((item) -> new CaseRepository.Spot(item.lat, item.lon, majorClass(item.categoryCode), item.reportedAt))
			.toList(), now().minus(this.properties.duplicateWindow()), NEARBY_MAX);
		Map<UUID, List<CaseViews.Nearby>> nearby = new HashMap<>();
		for (int n = 0; n < fresh.size(); n++) {
			nearby.put(fresh.get(n).id.value(),
					found.get(n).stream().map((near) -> this.reads.nearby(near.found(), near.metres())).toList());
		}
		return nearby;
	}

	/**
	 * A signed-in resident follows an open concern near the spot they were about to
	 * report, instead of reporting it again; they are told of its progress and may rate
	 * it.
	 */
	public CaseViews.Detail follow(UUID id, Double lat, Double lon) {
		Scope scope = CurrentUser.scope();
		if (!scope.has(Role.RESIDENT)) {
			throw new ForbiddenException("cases.error.residents-only");
		}
		if (lat == null || lon == null) {
			throw new InvalidInputException("lat", "cases.error.required");
		}
		Case followed = this.repository.find(new CaseId(id))
			.filter((candidate) -> candidate.status.isOpen())
			.filter((candidate) -> CaseAccess.canSee(scope, candidate) || Geo.metresBetween(lat, lon, candidate.lat,
					candidate.lon) <= this.properties.duplicateRadiusMetres())
			.orElseThrow(() -> new NotFoundException("cases.error.not-found"));
		followed.follow(scope.username(), now());
		save(followed);
		return this.reads.detail(followed);
	}

	/**
	 * The open concerns a new one at this spot would repeat, nearest first. One
	 * statement, so no transaction of its own: the intake asks before every concern it
	 * takes in.
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	List<Case> openNear(double lat, double lon, Instant at, String categoryCode) {
		return openNear(null, lat, lon, at, categoryCode);
	}

	/** Open cases near the same spot, of the same class, reported recently. */
	List<Case> possibleDuplicates(Case reported) {
		return openNear(reported.id, reported.lat, reported.lon, reported.reportedAt, reported.categoryCode);
	}

	private List<Case> openNear(CaseId except, double lat, double lon, Instant reportedAt, String categoryCode) {
		return openNear(List.of(new CaseRepository.Spot(lat, lon, majorClass(categoryCode), null)),
				reportedAt.minus(this.properties.duplicateWindow()), NEARBY_MAX + 1)
			.get(0)
			.stream()
			.map(Near::found)
			.filter((other) -> !other.id.equals(except))
			.limit(NEARBY_MAX)
			.toList();
	}

	/**
	 * For each spot, the open cases within the duplicate radius of it, nearest first,
	 * with how far they are.
	 */
	private List<List<Near>> openNear(List<CaseRepository.Spot> spots, Instant since, int limit) {
		double radius = this.properties.duplicateRadiusMetres();
		List<List<Case>> found = this.repository.openNear(spots, radius / Geo.METRES_PER_DEGREE_LAT, since, limit);
		List<List<Near>> near = new ArrayList<>();
		for (int n = 0; n < spots.size(); n++) {
			CaseRepository.Spot spot = spots.get(n);
			near.add(found.get(n)
				.stream()
				.map((other) -> new Near(other, Geo.metresBetween(spot.lat(), spot.lon(), other.lat, other.lon)))
				.filter((other) -> other.metres() <= radius)
				.toList());
		}
		return near;
	}

	private record Near(Case found, double metres) {
	}

	/**
	 * The class a category belongs to (the same rule in SQL in
	 * {@link CaseRepository#openNear}), or null.
	 */
	private static String majorClass(String categoryCode) {
		if (categoryCode == null) {
			return null;
		}
		int dot = categoryCode.indexOf('.');
		if (dot > 0) {
			return categoryCode.substring(0, dot);
		}
		return (categoryCode.length() == 5) ? categoryCode.substring(0, 2) : categoryCode;
	}

	/** The id of the concern with this number, when the caller may see it. */
	@Transactional(readOnly = true)
	public Optional<UUID> idOfNumber(String number) {
		Scope scope = CurrentUser.scope();
		return this.repository.findByNumber(number)
			.filter((found) -> CaseAccess.canSee(scope, found))
			.map((found) -> found.id.value());
	}

	@Transactional(readOnly = true)
	public CaseViews.Detail get(UUID id) {
		return this.reads.detail(visible(id));
	}

	@Transactional(readOnly = true)
	public List<CaseViews.Entry> timeline(UUID id) {
		return this.reads.timeline(visible(id).id);
	}

	@Transactional(readOnly = true)
	public CaseViews.Page list(CaseFilter filter, int page, int size) {
		return this.reads.page(CurrentUser.scope(), filter, page, size);
	}

	/** One case as a list shows it. */
	@Transactional(readOnly = true)
	public CaseViews.Summary summary(UUID id) {
		return this.reads.summary(visible(id), this.clock.instant());
	}

	/** The first cases of a work queue the caller may see, without a total. */
	@Transactional(readOnly = true)
	public List<CaseViews.Summary> queue(CaseFilter filter, int size) {
		return this.reads.queue(CurrentUser.scope(), filter, size);
	}

	public CaseViews.Detail accept(UUID id, Tier tier, String categoryCode, Priority priority) {
		return change(id, (changed, scope) -> {
			requireTriage(scope, changed);
			String code = (categoryCode != null) ? categoryCode : changed.categoryCode;
			if (code == null) {
				throw new InvalidInputException("categoryCode", "cases.error.category-required");
			}
			Category category = category(code);
			Tier chosen = (tier != null) ? tier : category.defaultTier();
			if (chosen == null) {
				throw new InvalidInputException("tier", "cases.error.tier-required");
			}
			changed.accept(scope.username(), chosen, category.code(), (priority != null) ? priority : changed.priority,
					now());
		});
	}

	/**
	 * The dispatcher's one form (一表派单): registers the concern and, for a major affair,
	 * dispatches it at once — both or neither.
	 */
	public CaseViews.Detail registerAndDispatch(UUID id, Tier tier, String categoryCode, Priority priority,
			String departmentCode, String note) {
		CaseViews.Detail registered = accept(id, tier, categoryCode, priority);
		return (registered.tier() == Tier.MAJOR) ? dispatch(id, departmentCode, note) : registered;
	}

	public CaseViews.Detail reject(UUID id, String reason) {
		String given = required("reason", reason);
		return change(id, (changed, scope) -> {
			requireTriage(scope, changed);
			changed.reject(scope.username(), given, now());
		});
	}

	/**
	 * Merges a new case into the original it repeats. Triage staff may merge any case in
	 * their area; the reporter may merge their own report into one of its possible
	 * duplicates and so follow it.
	 */
	public CaseViews.Detail merge(UUID id, UUID intoCaseId) {
		if (intoCaseId == null) {
			throw new InvalidInputException("intoCaseId", "cases.error.required");
		}
		Scope scope = CurrentUser.scope();
		Case duplicate = visible(id);
		boolean triage = isTriage(scope, duplicate);
		boolean ownReport = scope.username() != null && scope.username().equals(duplicate.reporter);
		if (!triage && !ownReport) {
			throw new ForbiddenException("cases.error.not-your-action");
		}
		Case original = this.repository.find(new CaseId(intoCaseId))
			.filter((candidate) -> triage ? CaseAccess.canSee(scope, candidate)
					: possibleDuplicates(duplicate).stream().anyMatch((near) -> near.id.equals(candidate.id)))
			.orElseThrow(() -> new NotFoundException("cases.error.not-found"));
		duplicate.mergeInto(original, scope.username(), now());
		save(duplicate);
		save(original);
		return this.reads.detail(duplicate);
	}

	public CaseViews.Detail dispatch(UUID id, String departmentCode, String note) {
		return change(id, (changed, scope) -> {
			requireRole(scope, Role.DISPATCHER, changed);
			String department = (departmentCode != null) ? departmentCode
					: this.catalogue.departmentFor(category(changed.categoryCode), changed.gridCode);
			Deadlines deadlines = deadlines(changed, department);
			changed.dispatch(scope.username(), department, text(note), deadlines.start, deadlines.signDue,
					deadlines.due);
		});
	}

	public CaseViews.Detail ruleOnReturn(UUID id, String departmentCode, String note) {
		String department = required("departmentCode", departmentCode);
		return change(id, (changed, scope) -> {
			requireRole(scope, Role.DISPATCHER, changed);
			Deadlines deadlines = deadlines(changed, department);
			changed.ruleOnReturn(scope.username(), department, text(note), deadlines.start, deadlines.signDue,
					deadlines.due);
		});
	}

	public CaseViews.Detail sign(UUID id) {
		return change(id, (changed, scope) -> {
			requireOrderDepartment(scope, changed);
			changed.sign(scope.username(), now());
		});
	}

	public CaseViews.Detail returnOrder(UUID id, String reason) {
		String given = required("reason", reason);
		return change(id, (changed, scope) -> {
			requireOrderDepartment(scope, changed);
			changed.returnOrder(scope.username(), given, this.properties.maxReturns(), now());
		});
	}

	public CaseViews.Detail handle(UUID id, String result, List<UUID> photoIds) {
		String given = required("result", result);
		List<FieldProblem> problems = new ArrayList<>();
		this.photos.check(photoIds, problems);
		if (!problems.isEmpty()) {
			throw new InvalidInputException("error.invalid-input", problems);
		}
		return change(id, (changed, scope) -> {
			requireMay(scope, changed, CaseAction.HANDLE);
			changed.handle(scope.username(), given, now());
			this.photos.attach(changed.id, photoIds, CasePhotos.Stage.RESULT, scope.username(), now());
		});
	}

	@Transactional(readOnly = true)
	public List<CasePhotos.CasePhoto> photos(UUID id) {
		return this.photos.of(visible(id).id);
	}

	public CaseViews.Detail verify(UUID id, Boolean passed, String note, List<UUID> photoIds) {
		List<FieldProblem> problems = new ArrayList<>();
		if (passed == null) {
			problems.add(new FieldProblem("passed", "cases.error.required"));
		}
		this.photos.check(photoIds, problems);
		if (!problems.isEmpty()) {
			throw new InvalidInputException("error.invalid-input", problems);
		}
		return change(id, (changed, scope) -> {
			requireMay(scope, changed, CaseAction.VERIFY);
			changed.verify(scope.username(), passed, text(note), now());
			this.photos.attach(changed.id, photoIds, CasePhotos.Stage.VERIFICATION, scope.username(), now());
		});
	}

	public CaseViews.Detail assignToCommunity(UUID id) {
		return change(id, (changed, scope) -> {
			requireTriage(scope, changed);
			changed.assignToCommunity(scope.username(), now());
		});
	}

	public CaseViews.Detail guide(UUID id, String guidance, Referral referral) {
		String given = required("guidance", guidance);
		return change(id, (changed, scope) -> {
			requireTriage(scope, changed);
			changed.guide(scope.username(), given, referral, now());
		});
	}

	public CaseViews.Detail evaluate(UUID id, Rating rating, String comment) {
		if (rating == null) {
			throw new InvalidInputException("rating", "cases.error.required");
		}
		return change(id, (changed, scope) -> {
			if (!scope.username().equals(changed.reporter) && !changed.followers.contains(scope.username())) {
				throw new ForbiddenException("cases.error.not-your-action");
			}
			changed.evaluate(scope.username(), rating, text(comment), now());
		});
	}

	public CaseViews.Detail reopen(UUID id, String reason) {
		String given = required("reason", reason);
		return change(id, (changed, scope) -> {
			if (!scope.username().equals(changed.reporter)) {
				throw new ForbiddenException("cases.error.not-your-action");
			}
			changed.reopen(scope.username(), given, this.properties.reopenWindow(), now());
		});
	}

	public CaseViews.Detail requestExtension(UUID id, Integer workingHours, String reason) {
		if (workingHours == null || workingHours <= 0 || workingHours > 1000) {
			throw new InvalidInputException("workingHours", "cases.error.working-hours");
		}
		String given = required("reason", reason);
		return change(id, (changed, scope) -> {
			requireOrderDepartment(scope, changed);
			changed.requestExtension(scope.username(), workingHours, given, now());
		});
	}

	public CaseViews.Detail decideExtension(UUID id, Boolean approve) {
		if (approve == null) {
			throw new InvalidInputException("approve", "cases.error.required");
		}
		return change(id, (changed, scope) -> {
			requireRole(scope, Role.DISPATCHER, changed);
			Instant extended = changed.activeOrder()
				.filter((order) -> order.extensionHours != null)
				.map((order) -> this.calendar.add(order.due, TimeLimit.workingHours(order.extensionHours), schedule()))
				.orElse(null);
			changed.decideExtension(scope.username(), approve, extended, now());
		});
	}

	public CaseViews.Detail requestSuspension(UUID id, String reason) {
		String given = required("reason", reason);
		return change(id, (changed, scope) -> {
			requireOrderDepartment(scope, changed);
			changed.requestSuspension(scope.username(), given, now());
		});
	}

	public CaseViews.Detail decideSuspension(UUID id, Boolean approve) {
		if (approve == null) {
			throw new InvalidInputException("approve", "cases.error.required");
		}
		return change(id, (changed, scope) -> {
			requireRole(scope, Role.DISPATCHER, changed);
			changed.decideSuspension(scope.username(), approve, now());
		});
	}

	public CaseViews.Detail resume(UUID id) {
		return change(id, (changed, scope) -> {
			requireRole(scope, Role.DISPATCHER, changed);
			Instant now = now();
			Instant resumedDue = changed.activeOrder().filter((order) -> changed.suspendedAt != null).map((order) -> {
				Duration left = this.calendar.workingTimeBetween(changed.suspendedAt, order.due, schedule());
				long minutes = Math.max(1, left.toMinutes());
				return this.calendar.add(now, TimeLimit.workingHours((int) Math.ceil(minutes / 60.0)), schedule());
			}).orElse(null);
			changed.resume(scope.username(), resumedDue, now);
		});
	}

	public CaseViews.Detail escalate(UUID id, List<String> departmentCodes, String reason) {
		String given = required("reason", reason);
		if (departmentCodes == null || departmentCodes.isEmpty()) {
			throw new InvalidInputException("departmentCodes", "cases.error.required");
		}
		List<String> codes = List.copyOf(new LinkedHashSet<>(departmentCodes));
		List<FieldProblem> problems = new ArrayList<>();
		for (int i = 0; i < codes.size(); i++) {
			if (codes.get(i) == null || !this.departments.isActive(codes.get(i))) {
				problems.add(new FieldProblem("departmentCodes[" + i + "]", "cases.error.department-inactive",
						String.valueOf(codes.get(i))));
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException("error.invalid-input", problems);
		}
		return change(id, (changed, scope) -> {
			requireRole(scope, Role.DISPATCHER, changed);
			Instant now = now();
			Instant due = this.calendar.add(now, TimeLimit.workingHours(this.properties.reportInWorkingHours()),
					schedule());
			changed.escalate(scope.username(), codes, given, due, now);
		});
	}

	public CaseViews.Detail reportIn(UUID id) {
		return change(id, (changed, scope) -> {
			requireMay(scope, changed, CaseAction.REPORT_IN);
			changed.reportIn(scope.username(), scope.departmentCode(), now());
		});
	}

	/**
	 * A party member living in the community takes on a community affair; the case need
	 * not be theirs to see before.
	 */
	public CaseViews.Detail claim(UUID id) {
		Scope scope = CurrentUser.scope();
		Case claimed = this.repository.find(new CaseId(id))
			.filter((candidate) -> CaseAccess.canSee(scope, candidate) || livesIn(scope, candidate.communityCode))
			.orElseThrow(() -> new NotFoundException("cases.error.not-found"));
		if (!this.roles.may(scope, claimed, CaseAction.CLAIM)) {
			throw new ForbiddenException("cases.error.party-members-only");
		}
		claimed.claim(scope.username(), now());
		save(claimed);
		return this.reads.detail(claimed);
	}

	private boolean livesIn(Scope scope, String communityCode) {
		return scope.has(Role.RESIDENT) && this.households.householdOf(scope.username())
			.filter((household) -> household.communityCode().equals(communityCode))
			.isPresent();
	}

	/**
	 * The actions the caller may take on the concern now: allowed by its state and by the
	 * caller's role (a reopening only inside the window).
	 */
	@Transactional(readOnly = true)
	public Set<CaseAction> actionsFor(UUID id) {
		Scope scope = CurrentUser.scope();
		Case seen = visible(id);
		Set<CaseAction> actions = EnumSet.noneOf(CaseAction.class);
		for (CaseAction action : CaseAction.values()) {
			if (seen.allows(action) && this.roles.may(scope, seen, action)) {
				actions.add(action);
			}
		}
		if (seen.closedAt != null && now().isAfter(seen.closedAt.plus(this.properties.reopenWindow()))) {
			actions.remove(CaseAction.REOPEN);
		}
		if (!seen.awaitsReportIn(scope.departmentCode())) {
			actions.remove(CaseAction.REPORT_IN);
		}
		return actions;
	}

	@Transactional(readOnly = true)
	public CaseViews.Tracking track(String token) {
		return this.reads.tracking(tracked(token));
	}

	/** The reporter evaluates through their tracking link, without an account. */
	public CaseViews.Tracking evaluateByToken(String token, Rating rating, String comment) {
		if (rating == null) {
			throw new InvalidInputException("rating", "cases.error.required");
		}
		Case evaluated = tracked(token);
		evaluated.evaluate(CurrentUser.scope().username(), rating, text(comment), now());
		save(evaluated);
		return this.reads.tracking(evaluated);
	}

	/** A dissatisfied reporter reopens through their tracking link, within the window. */
	public CaseViews.Tracking reopenByToken(String token, String reason) {
		String given = required("reason", reason);
		Case reopened = tracked(token);
		reopened.reopen(CurrentUser.scope().username(), given, this.properties.reopenWindow(), now());
		save(reopened);
		return this.reads.tracking(reopened);
	}

	private Case tracked(String token) {
		if (token == null || token.length() > 64) {
			throw new NotFoundException("cases.error.not-found");
		}
		return this.repository.findByToken(token).orElseThrow(() -> new NotFoundException("cases.error.not-found"));
	}

	private CaseViews.Detail change(UUID id, BiConsumer<Case, Scope> action) {
		Scope scope = CurrentUser.scope();
		Case changed = visible(id);
		action.accept(changed, scope);
		save(changed);
		return this.reads.detail(changed);
	}

	private void save(Case changed) {
		this.repository.update(changed);
		this.timers.arm(changed);
		publish(changed);
	}

	private void publish(Case changed) {
		changed.events.forEach(this.publisher::publishEvent);
		changed.events.clear();
		this.publisher.publishEvent(CaseFactsSnapshot.of(changed, this.repository.timeline(changed.id)));
	}

	private Case visible(UUID id) {
		Scope scope = CurrentUser.scope();
		return this.repository.find(new CaseId(id))
			.filter((found) -> CaseAccess.canSee(scope, found))
			.orElseThrow(() -> new NotFoundException("cases.error.not-found"));
	}

	private static boolean isTriage(Scope scope, Case seen) {
		return CaseRoles.triage(scope, seen);
	}

	private static void requireTriage(Scope scope, Case seen) {
		if (!CaseRoles.triage(scope, seen)) {
			throw new ForbiddenException("cases.error.not-your-action");
		}
	}

	private static void requireRole(Scope scope, Role role, Case seen) {
		if (!CaseRoles.inArea(scope, role, seen)) {
			throw new ForbiddenException("cases.error.not-your-action");
		}
	}

	private static void requireOrderDepartment(Scope scope, Case seen) {
		if (!CaseRoles.orderDepartment(scope, seen)) {
			throw new ForbiddenException("cases.error.not-your-action");
		}
	}

	private void requireMay(Scope scope, Case seen, CaseAction action) {
		if (!this.roles.may(scope, seen, action)) {
			throw new ForbiddenException("cases.error.not-your-action");
		}
	}

	/** The clock starts at dispatch, in the department handlers' working schedule. */
	private Deadlines deadlines(Case changed, String departmentCode) {
		if (departmentCode == null) {
			throw new InvalidInputException("departmentCode", "cases.error.department-required");
		}
		if (!this.departments.isActive(departmentCode)) {
			throw new InvalidInputException("departmentCode", "cases.error.department-inactive", departmentCode);
		}
		Category category = category(changed.categoryCode);
		if (category.timeLimit() == null) {
			throw new InvalidInputException("categoryCode", "cases.error.no-time-limit", category.code());
		}
		Instant start = now();
		Instant due = this.calendar.add(start, category.timeLimit(), schedule());
		if (changed.dueBy != null && changed.dueBy.isBefore(due)) {
			due = changed.dueBy;
		}
		return new Deadlines(start,
				this.calendar.add(start, TimeLimit.workingHours(this.properties.signWorkingHours()), schedule()), due);
	}

	private String schedule() {
		return this.calendar.scheduleFor(DEPARTMENT_ROLE);
	}

	private Category category(String code) {
		if (code == null) {
			throw new InvalidInputException("categoryCode", "cases.error.category-required");
		}
		return this.catalogue.findByCode(code)
			.orElseThrow(() -> new InvalidInputException("categoryCode", "cases.error.category-unknown", code));
	}

	private Instant now() {
		return this.clock.instant();
	}

	private static String required(String field, String value) {
		String given = text(value);
		if (given == null) {
			throw new InvalidInputException(field, "cases.error.required");
		}
		if (given.length() > DESCRIPTION_MAX) {
			throw new InvalidInputException(field, "cases.error.too-long", DESCRIPTION_MAX);
		}
		return given;
	}

	static String text(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	private record Deadlines(Instant start, Instant signDue, Instant due) {
	}

}

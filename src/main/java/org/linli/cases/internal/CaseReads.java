package org.linli.cases.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Optional;
import java.util.Set;

import org.linli.calendar.WorkingCalendar;
import org.linli.calendar.WorkingCalendar.Light;
import org.linli.cases.CaseId;
import org.linli.cases.CaseStatus;
import org.linli.catalogue.Catalogue;
import org.linli.catalogue.Category;
import org.linli.identity.CurrentUser;
import org.linli.identity.Scope;
import org.linli.shared.Messages;

import org.springframework.stereotype.Component;

/**
 * Turns stored cases into the views the API shows, with each order's traffic light judged
 * now.
 */
@Component
class CaseReads {

	static final int LIST_LIMIT = 2000;

	/** Lists count their matches up to this many, then only say that there are more. */
	static final long COUNT_CAP = 10_000;

	/** What a tracking link shows: the steps a reporter understands, nothing internal. */
	static final Set<String> PUBLIC_STEPS = Set.of("report", "accept", "reject", "merge", "dispatch", "rule-return",
			"sign", "handle", "verify-passed", "verify-failed", "assign-community", "guide", "evaluate", "reopen",
			"suspension-approved", "resume", "refer-mediation", "refer-legal-advice");

	private final CaseRepository repository;

	private final Catalogue catalogue;

	private final WorkingCalendar calendar;

	private static final int EXCERPT = 60;

	private final Map<String, String> categoryNames = new ConcurrentHashMap<>();

	private final Messages messages;

	private final Clock clock;

	CaseReads(CaseRepository repository, Catalogue catalogue, WorkingCalendar calendar, Messages messages,
			Clock clock) {
		this.repository = repository;
		this.catalogue = catalogue;
		this.calendar = calendar;
		this.messages = messages;
		this.clock = clock;
	}

	CaseViews.Detail detail(Case shown) {
		Instant now = this.clock.instant();
		boolean contact = CaseAccess.worksTheArea(CurrentUser.scope(), shown);
		List<CaseViews.Order> orders = shown.dispatches.stream().map((order) -> order(shown, order, now)).toList();
		List<CaseViews.Summoned> summons = shown.summons.stream()
			.map((summoned) -> new CaseViews.Summoned(summoned.departmentCode, summoned.reason, summoned.summonedAt,
					summoned.due, summoned.reportedAt != null, summoned.reportedAt, summoned.reportedBy,
					summoned.overdueAt))
			.toList();
		CaseViews.Evaluation evaluation = (shown.rating != null)
				? new CaseViews.Evaluation(shown.rating, shown.ratingComment, shown.evaluatedBy, shown.evaluatedAt)
				: null;
		String categoryName = categoryName(shown.categoryCode);
		return new CaseViews.Detail(shown.id.value(), shown.number, shown.status, statusText(shown.status), shown.tier,
				shown.categoryCode, categoryName, shown.priority, shown.channel, shown.description, shown.address,
				shown.lat, shown.lon, shown.gridCode, shown.communityCode, shown.streetCode, shown.reporter,
				contact ? shown.contact.nameMasked() : null, contact ? shown.contact.phoneMasked() : null,
				shown.firstContactOwner, owner(shown), shown.followers.size(), shown.claimedBy, shown.guidance,
				(shown.mergedInto != null) ? shown.mergedInto.value() : null, shown.returnCount, shown.reworkCount,
				shown.reopenCount, shown.suspensionPending, shown.suspensionReason, shown.escalatedToStreet(),
				shown.reportedAt, shown.registeredAt, shown.closedAt, shown.dueBy, orders, summons, evaluation,
				shown.version);
	}

	/**
	 * First-contact responsibility: whoever took the concern owns it until a department
	 * signs for it.
	 */
	private static String owner(Case shown) {
		return shown.activeOrder()
			.filter((order) -> order.signedAt != null)
			.map((order) -> order.departmentCode)
			.orElse(shown.firstContactOwner);
	}

	private CaseViews.Order order(Case shown, Dispatch order, Instant now) {
		return new CaseViews.Order(order.id, order.departmentCode, order.status.name(), order.binding, order.note,
				order.dispatchedAt, order.signDue, order.due, light(shown, order, now), order.signedAt,
				(order.signedAt != null) ? order.signedAt.isAfter(order.signDue) : null, order.handledAt, order.result,
				order.returnReason, order.reworkCount, order.extensionHours, order.extensionReason, order.signOverdueAt,
				order.handlingOverdueAt);
	}

	/**
	 * The light of an order's deadline: judged now while it runs, when the clock stopped
	 * for a suspended or handled order, none for a returned one.
	 */
	Light light(Case shown, Dispatch order, Instant now) {
		if (order.status == DispatchStatus.RETURNED) {
			return null;
		}
		Instant judgedAt = now;
		if (order.handledAt != null && order.status != DispatchStatus.SIGNED) {
			judgedAt = order.handledAt;
		}
		else if (shown.suspendedAt != null) {
			judgedAt = shown.suspendedAt;
		}
		return this.calendar.light(order.dispatchedAt, order.due, judgedAt,
				this.calendar.scheduleFor(CaseService.DEPARTMENT_ROLE));
	}

	List<CaseViews.Entry> timeline(CaseId id) {
		return this.repository.timeline(id)
			.stream()
			.map((entry) -> new CaseViews.Entry(entry.at(), entry.actor(), entry.action(),
					this.messages.get("cases.action." + entry.action()), entry.note()))
			.toList();
	}

	CaseViews.Page page(Scope scope, CaseFilter filter, int page, int size) {
		CaseAccess.Condition visible = CaseAccess.condition(scope);
		Instant now = this.clock.instant();
		if (judgedInSql(filter)) {
			Map<String, Object> params = params(visible, now);
			long total = this.repository.count(visible.sql(), params, filter, COUNT_CAP + 1);
			return new CaseViews.Page(search(visible, params, filter, size, (long) page * size, now), page, size,
					Math.min(total, COUNT_CAP), total > COUNT_CAP);
		}
		List<CaseViews.Summary> lit = judgedInJava(visible, filter, now);
		int from = Math.min(lit.size(), page * size);
		return new CaseViews.Page(lit.subList(from, Math.min(lit.size(), from + size)), page, size, lit.size(),
				lit.size() == LIST_LIMIT);
	}

	/** The first cases of a work queue, without counting them all. */
	List<CaseViews.Summary> queue(Scope scope, CaseFilter filter, int size) {
		CaseAccess.Condition visible = CaseAccess.condition(scope);
		Instant now = this.clock.instant();
		if (judgedInSql(filter)) {
			return search(visible, params(visible, now), filter, size, 0, now);
		}
		List<CaseViews.Summary> lit = judgedInJava(visible, filter, now);
		return lit.subList(0, Math.min(size, lit.size()));
	}

	/**
	 * A red light is a deadline passed, which SQL can judge; green and yellow need
	 * working time.
	 */
	private static boolean judgedInSql(CaseFilter filter) {
		return filter.light() == null || filter.light() == Light.RED;
	}

	private static Map<String, Object> params(CaseAccess.Condition visible, Instant now) {
		Map<String, Object> params = new HashMap<>(visible.params());
		params.put(CaseRepository.NOW, Timestamp.from(now));
		return params;
	}

	private List<CaseViews.Summary> search(CaseAccess.Condition visible, Map<String, Object> params, CaseFilter filter,
			int size, long offset, Instant now) {
		return this.repository.search(visible.sql(), params, filter, size, offset)
			.stream()
			.map((found) -> summary(found, now))
			.toList();
	}

	/**
	 * Green and yellow are working time used against each order's limit, judged here over
	 * the most recent {@link #LIST_LIMIT} matching cases.
	 */
	private List<CaseViews.Summary> judgedInJava(CaseAccess.Condition visible, CaseFilter filter, Instant now) {
		return this.repository.search(visible.sql(), visible.params(), filter.withLight(null), LIST_LIMIT, 0)
			.stream()
			.map((found) -> summary(found, now))
			.filter((summary) -> filter.light() == summary.light())
			.toList();
	}

	CaseViews.Summary summary(Case found, Instant now) {
		Optional<Dispatch> order = found.activeOrder();
		boolean decisionPending = found.suspensionPending
				|| order.filter((dispatch) -> dispatch.extensionHours != null).isPresent();
		return new CaseViews.Summary(found.id.value(), found.number, found.status, found.tier, found.categoryCode,
				found.gridCode, order.map((dispatch) -> dispatch.departmentCode).orElse(null),
				order.map((dispatch) -> dispatch.due).orElse(null),
				order.map((dispatch) -> light(found, dispatch, now)).orElse(null), found.reportedAt, found.priority,
				categoryName(found.categoryCode), excerpt(found.description), found.lat, found.lon, decisionPending,
				found.claimedBy);
	}

	private static String excerpt(String description) {
		int[] characters = description.codePoints().toArray();
		return (characters.length <= EXCERPT) ? description : new String(characters, 0, EXCERPT) + "…";
	}

	/**
	 * Category names never change (only their defaults do), so lists look each up once.
	 */
	String categoryName(String categoryCode) {
		if (categoryCode == null) {
			return null;
		}
		return this.categoryNames.computeIfAbsent(categoryCode,
				(code) -> this.catalogue.findByCode(code).map(Category::name).orElse(code));
	}

	CaseViews.Nearby nearby(Case found, double metres) {
		return new CaseViews.Nearby(found.id.value(), found.number, categoryName(found.categoryCode),
				statusText(found.status), found.reportedAt, (int) Math.round(metres));
	}

	CaseViews.Tracking tracking(Case tracked) {
		List<CaseViews.Step> steps = this.repository.timeline(tracked.id)
			.stream()
			.filter((entry) -> PUBLIC_STEPS.contains(entry.action()))
			.map((entry) -> new CaseViews.Step(entry.at(), this.messages.get("cases.track." + entry.action())))
			.toList();
		return new CaseViews.Tracking(tracked.number, tracked.status, statusText(tracked.status), tracked.reportedAt,
				tracked.closedAt, steps, tracked.rating, tracked.status == CaseStatus.CLOSED && tracked.rating == null);
	}

	private String statusText(CaseStatus status) {
		return this.messages.get("cases.status." + status.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
	}

}

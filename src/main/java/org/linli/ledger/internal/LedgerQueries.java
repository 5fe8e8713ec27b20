package org.linli.ledger.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.linli.area.Area;
import org.linli.area.AreaLevel;
import org.linli.area.Areas;
import org.linli.calendar.WorkingCalendar;
import org.linli.catalogue.Catalogue;
import org.linli.catalogue.Category;
import org.linli.department.Department;
import org.linli.department.Departments;
import org.linli.identity.CurrentUser;
import org.linli.identity.Role;
import org.linli.identity.Scope;
import org.linli.shared.ForbiddenException;
import org.linli.shared.InvalidInputException;
import org.linli.shared.Messages;
import org.linli.shared.NotFoundException;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answers indicator queries from the summary tables, within the caller's scope: an area
 * outside it is as unknown as one that does not exist (a community sees only itself), and
 * a department's handler sees only their department.
 */
@Service
@Transactional(readOnly = true)
public class LedgerQueries {

	static final int MAX_DAYS = 3 * 366;

	private final RollupReader reader;

	private final Areas areas;

	private final Departments departments;

	private final Catalogue catalogue;

	private final Messages messages;

	private final LedgerProperties properties;

	private final Clock clock;

	LedgerQueries(RollupReader reader, Areas areas, Departments departments, Catalogue catalogue, Messages messages,
			LedgerProperties properties, Clock clock) {
		this.reader = reader;
		this.areas = areas;
		this.departments = departments;
		this.catalogue = catalogue;
		this.messages = messages;
		this.properties = properties;
		this.clock = clock;
	}

	public LocalDate today() {
		return LocalDate.now(this.clock.withZone(WorkingCalendar.ZONE));
	}

	/** The caller's figures: the area and department checked against their scope. */
	public Figures figures(IndicatorQuery query) {
		Scope scope = CurrentUser.scope();
		String area = visibleArea(scope, query.areaCode());
		String department = visibleDepartment(scope, query.departmentCode());
		return compute(new IndicatorQuery(area, department, query.from(), query.to(), query.groupBy()));
	}

	/**
	 * Figures anyone may see: counts and rates only, never a person. The area must exist;
	 * scope is not asked.
	 */
	public Figures publicFigures(String areaCode, LocalDate from, LocalDate to, GroupBy groupBy) {
		requireArea(areaCode);
		return compute(new IndicatorQuery(areaCode, null, from, to, groupBy));
	}

	/**
	 * The area the caller asked for, or their own first area; 404 outside their scope.
	 */
	public String visibleArea(Scope scope, String areaCode) {
		if (!scope.isAuthenticated()) {
			throw new NotFoundException("ledger.error.area-not-found", String.valueOf(areaCode));
		}
		if (!scope.hasAny(Role.GRID_WORKER, Role.COMMUNITY_STAFF, Role.DISPATCHER, Role.DEPARTMENT_HANDLER, Role.LEADER,
				Role.ADMIN)) {
			throw new ForbiddenException("ledger.error.staff-only");
		}
		String area = (areaCode != null && !areaCode.isBlank()) ? areaCode.strip()
				: scope.areaCodes().stream().findFirst().orElse(null);
		if (area == null || !scope.covers(area)) {
			throw new NotFoundException("ledger.error.area-not-found", String.valueOf(area));
		}
		requireArea(area);
		return area;
	}

	private void requireArea(String area) {
		AreaLevel level = AreaLevel.ofCode(area).orElse(null);
		if (level == null || level == AreaLevel.BUILDING || this.areas.find(area).isEmpty()) {
			throw new NotFoundException("ledger.error.area-not-found", String.valueOf(area));
		}
	}

	/**
	 * The department the caller asked for; a department's handler always gets their own,
	 * and another department is unknown to them.
	 */
	public String visibleDepartment(Scope scope, String departmentCode) {
		String asked = (departmentCode != null && !departmentCode.isBlank()) ? departmentCode.strip() : null;
		boolean ownOnly = scope.has(Role.DEPARTMENT_HANDLER) && !scope.isAdmin()
				&& !scope.hasAny(Role.LEADER, Role.DISPATCHER);
		if (ownOnly) {
			if (asked != null && !asked.equals(scope.departmentCode())) {
				throw new NotFoundException("ledger.error.department-not-found", asked);
			}
			return scope.departmentCode();
		}
		if (asked != null && !this.departments.exists(asked)) {
			throw new NotFoundException("ledger.error.department-not-found", asked);
		}
		return asked;
	}

	Figures compute(IndicatorQuery query) {
		GroupBy groupBy = (query.groupBy() != null) ? query.groupBy() : GroupBy.NONE;
		LocalDate to = (query.to() != null) ? query.to() : today();
		LocalDate from = (query.from() != null) ? query.from() : to.withDayOfMonth(1);
		Rollup rollup = rollupFor(query.areaCode(), groupBy, from, to);
		LocalDate last = rollup.daily() ? min(to, today()) : to.withDayOfMonth(1);
		LocalDate first = rollup.daily() ? from : from.withDayOfMonth(1);
		Map<String, Totals> groups = (first.isAfter(last)) ? new LinkedHashMap<>()
				: this.reader.sums(rollup, query.areaCode(), query.departmentCode(), first, last, groupBy);
		Totals total = new Totals();
		groups.values().forEach(total::add);
		Map<String, Totals> now = new LinkedHashMap<>();
		this.reader.addNow(now, query.areaCode(), query.departmentCode(), groupBy, this.clock.instant());
		now.forEach((key, counts) -> {
			if (!groupBy.isTime()) {
				groups.computeIfAbsent(key, (missing) -> new Totals()).add(counts);
			}
			total.add(counts);
		});
		List<Figures.Group> shown = new ArrayList<>();
		groups.forEach((key, totals) -> {
			if (!totals.isEmpty()) {
				shown.add(group(key, label(groupBy, key), totals));
			}
		});
		shown.sort(Comparator.comparing(Figures.Group::key));
		String areaName = this.areas.find(query.areaCode()).map(Area::name).orElse(query.areaCode());
		return new Figures(query.areaCode(), areaName, query.departmentCode(), from, to, groupBy, shown,
				group("", areaName, total));
	}

	private Rollup rollupFor(String area, GroupBy groupBy, LocalDate from, LocalDate to) {
		if (from.isAfter(to)) {
			throw new InvalidInputException("from", "ledger.error.period-order");
		}
		if (ChronoUnit.DAYS.between(from, to) > MAX_DAYS) {
			throw new InvalidInputException("to", "ledger.error.period-too-long", MAX_DAYS);
		}
		boolean gridArea = area.length() == AreaLevel.GRID.codeLength();
		Rollup rollup = switch (groupBy) {
			case GRID -> Rollup.GRID_MONTH;
			case CATEGORY -> Rollup.CATEGORY_MONTH;
			case CHANNEL -> Rollup.CHANNEL_MONTH;
			case COMMUNITY -> gridArea ? Rollup.GRID_MONTH : Rollup.COMMUNITY_DAY;
			default -> gridArea ? Rollup.GRID_MONTH
					: (area.length() <= AreaLevel.STREET.codeLength()) ? Rollup.STREET_DAY : Rollup.COMMUNITY_DAY;
		};
		boolean byDays = groupBy == GroupBy.DAY || groupBy == GroupBy.WEEK;
		if ((gridArea && rollup != Rollup.GRID_MONTH) || (!rollup.daily() && byDays)) {
			throw new InvalidInputException("groupBy", "ledger.error.group-unsupported",
					groupBy.name().toLowerCase(Locale.ROOT));
		}
		if (!rollup.daily() && (from.getDayOfMonth() != 1 || !to.equals(to.withDayOfMonth(to.lengthOfMonth())))) {
			throw new InvalidInputException("from", "ledger.error.whole-months");
		}
		return rollup;
	}

	private Figures.Group group(String key, String label, Totals totals) {
		Map<String, Figure> indicators = new LinkedHashMap<>();
		for (Indicator indicator : Indicator.values()) {
			indicators.put(indicator.key(), indicator.of(totals));
		}
		return new Figures.Group(key, label, indicators, score(indicators));
	}

	/** Σ weight × rate / Σ weight over the weighted rates with a denominator, × 100. */
	Double score(Map<String, Figure> indicators) {
		double weighted = 0;
		double weights = 0;
		for (Map.Entry<Indicator, Double> weight : this.properties.scoreWeights().entrySet()) {
			Figure figure = indicators.get(weight.getKey().key());
			if (figure != null && figure.value() != null && weight.getKey().kind() == Indicator.Kind.RATE) {
				weighted += weight.getValue() * figure.value();
				weights += weight.getValue();
			}
		}
		return (weights > 0) ? Math.round(weighted / weights * 10000) / 100.0 : null;
	}

	private String label(GroupBy groupBy, String key) {
		if (key.isEmpty() && groupBy != GroupBy.NONE) {
			return this.messages.get((groupBy == GroupBy.DEPARTMENT) ? "ledger.department.none" : "ledger.none");
		}
		return switch (groupBy) {
			case STREET, COMMUNITY, GRID -> this.areas.find(key).map(Area::name).orElse(key);
			case DEPARTMENT -> departmentName(key);
			case TIER -> this.messages.get("ledger.tier." + key);
			case CHANNEL -> this.messages.get("ledger.channel." + key);
			case CATEGORY -> this.catalogue.findByCode(key).map(Category::name).orElse(key);
			default -> key;
		};
	}

	public String departmentName(String code) {
		boolean english = "en".equals(LocaleContextHolder.getLocale().getLanguage());
		return this.departments.find(code)
			.map((department) -> (english && department.nameEn() != null) ? department.nameEn() : department.name())
			.orElse(code);
	}

	public List<Department> departments() {
		return this.departments.all();
	}

	private static LocalDate min(LocalDate one, LocalDate other) {
		return one.isBefore(other) ? one : other;
	}

}

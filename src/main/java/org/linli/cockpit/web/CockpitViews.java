package org.linli.cockpit.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.linli.area.Area;
import org.linli.area.Areas;
import org.linli.calendar.WorkingCalendar;
import org.linli.cases.CaseStatistics;
import org.linli.cases.CaseStatistics.Counts;
import org.linli.cases.CaseStatistics.GridLoad;
import org.linli.cases.CaseStatistics.OpenConcern;
import org.linli.cases.CaseStatistics.OverdueOrders;
import org.linli.cases.CaseStatistics.Period;
import org.linli.cases.CaseStatus;
import org.linli.cases.Priority;
import org.linli.cockpit.web.CockpitFigures.DepartmentRow;
import org.linli.cockpit.web.CockpitFigures.OverdueRow;
import org.linli.cockpit.web.CockpitFigures.Row;
import org.linli.department.Department;
import org.linli.department.Departments;
import org.linli.shared.Messages;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Turns the case statistics of an area into what the cockpit's templates and map read.
 */
@Component
class CockpitViews {

	static final int TOP_CATEGORIES = 10;

	static final int OVERDUE_ROWS = 50;

	static final int MARKERS = 1000;

	private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

	private final CaseStatistics statistics;

	private final Areas areas;

	private final Departments departments;

	private final Messages messages;

	private final Clock clock;

	CockpitViews(CaseStatistics statistics, Areas areas, Departments departments, Messages messages, Clock clock) {
		this.statistics = statistics;
		this.areas = areas;
		this.departments = departments;
		this.messages = messages;
		this.clock = clock;
	}

	Instant now() {
		return this.clock.instant();
	}

	CockpitFigures figures(String areaCode, Period period) {
		Counts counts = this.statistics.counts(areaCode, period, TOP_CATEGORIES);
		List<GridLoad> grids = this.statistics.gridLoads(areaCode);
		OverdueOrders overdue = this.statistics.overdueOrders(areaCode, OVERDUE_ROWS);
		Map<String, String> gridNames = new HashMap<>();
		Map<String, String> departmentNames = departmentNames();
		List<OverdueRow> overdueRows = overdue.items()
			.stream()
			.map((order) -> new OverdueRow(order.caseId().toString(), order.caseNumber(),
					gridNames.computeIfAbsent(order.gridCode(), this::areaName),
					(order.categoryName() != null) ? order.categoryName() : this.messages.get("cockpit.category.none"),
					departmentNames.getOrDefault(order.departmentCode(), order.departmentCode()), order.signed(),
					order.priority() == Priority.URGENT,
					DUE.format(LocalDateTime.ofInstant(order.due(), WorkingCalendar.ZONE)),
					order.late().toMinutes() / 60.0))
			.toList();
		List<DepartmentRow> departmentRows = new ArrayList<>();
		this.statistics.departmentLoads(areaCode)
			.forEach((load) -> departmentRows.add(new DepartmentRow(departmentRows.size() + 1,
					departmentNames.getOrDefault(load.departmentCode(), load.departmentCode()), load.open(),
					load.overdue())));
		return new CockpitFigures(counts.reported(), counts.closed(), grids.stream().mapToLong(GridLoad::open).sum(),
				overdue.total(), statusRows(counts), tierRows(counts), categoryRows(counts), channelRows(counts),
				overdueRows, overdue.total(), departmentRows,
				TIME.format(LocalDateTime.ofInstant(now(), WorkingCalendar.ZONE)));
	}

	/** Per grid: open and overdue now, with a sentence for its tooltip. */
	Map<String, Object> gridLoads(String areaCode) {
		Map<String, Object> loads = new LinkedHashMap<>();
		for (GridLoad load : this.statistics.gridLoads(areaCode)) {
			Map<String, Object> grid = new LinkedHashMap<>();
			grid.put("open", load.open());
			grid.put("overdue", load.overdue());
			grid.put("label", this.messages.get("cockpit.map.grid-load", load.open(), load.overdue()));
			loads.put(load.gridCode(), grid);
		}
		return Map.of("grids", loads);
	}

	/** The open concerns as GeoJSON points: number, category, status, link. */
	Map<String, Object> concerns(String areaCode) {
		List<Map<String, Object>> features = new ArrayList<>();
		for (OpenConcern concern : this.statistics.openConcerns(areaCode, MARKERS)) {
			Map<String, Object> properties = new LinkedHashMap<>();
			properties.put("number", concern.caseNumber());
			properties.put("label", label(concern));
			properties.put("href", "/cases/" + concern.caseId());
			properties.put("overdue", concern.overdue());
			properties.put("urgent", concern.priority() == Priority.URGENT);
			Map<String, Object> feature = new LinkedHashMap<>();
			feature.put("type", "Feature");
			feature.put("id", concern.caseId().toString());
			feature.put("geometry", Map.of("type", "Point", "coordinates", List.of(concern.lon(), concern.lat())));
			feature.put("properties", properties);
			features.add(feature);
		}
		return Map.of("type", "FeatureCollection", "features", features);
	}

	private String label(OpenConcern concern) {
		String category = (concern.categoryName() != null) ? concern.categoryName()
				: this.messages.get("cockpit.category.none");
		String text = this.messages.get("cockpit.map.concern", concern.caseNumber(), category,
				statusText(concern.status()));
		return concern.overdue() ? text + this.messages.get("cockpit.map.concern-overdue") : text;
	}

	private List<Row> statusRows(Counts counts) {
		return counts.byStatus()
			.entrySet()
			.stream()
			.map((entry) -> new Row(statusText(entry.getKey()), entry.getValue()))
			.toList();
	}

	private List<Row> tierRows(Counts counts) {
		List<Row> rows = new ArrayList<>();
		counts.byTier()
			.forEach((tier, count) -> rows.add(new Row(this.messages.get("catalogue.tier." + tier.name()), count)));
		rows.add(new Row(this.messages.get("cockpit.tier.none"), counts.untriaged()));
		return rows;
	}

	private List<Row> categoryRows(Counts counts) {
		List<Row> rows = new ArrayList<>();
		counts.topCategories().forEach((category) -> rows.add(new Row(category.name(), category.count())));
		if (counts.otherCategories() > 0) {
			rows.add(new Row(this.messages.get("cockpit.category.other"), counts.otherCategories()));
		}
		if (counts.uncategorised() > 0) {
			rows.add(new Row(this.messages.get("cockpit.category.none"), counts.uncategorised()));
		}
		return rows;
	}

	private List<Row> channelRows(Counts counts) {
		return counts.byChannel()
			.entrySet()
			.stream()
			.map((entry) -> new Row(this.messages.get("cockpit.channel." + entry.getKey().name()), entry.getValue()))
			.toList();
	}

	private String statusText(CaseStatus status) {
		return this.messages.get("cases.status." + status.name().toLowerCase(Locale.ROOT).replace('_', '-'));
	}

	String areaName(String code) {
		return this.areas.find(code).map(Area::name).orElse(code);
	}

	/** Department names in the viewer's language, by code. */
	private Map<String, String> departmentNames() {
		boolean english = Locale.ENGLISH.getLanguage().equals(LocaleContextHolder.getLocale().getLanguage());
		Map<String, String> names = new HashMap<>();
		for (Department department : this.departments.all()) {
			names.put(department.code(), english ? department.nameEn() : department.name());
		}
		return names;
	}

}

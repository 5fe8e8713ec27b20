package org.linli.ledger.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import org.linli.area.AreaLevel;
import org.linli.cases.CaseStatus;
import org.linli.cases.Channel;
import org.linli.catalogue.Tier;
import org.linli.identity.CurrentUser;
import org.linli.ledger.internal.CaseLedger;
import org.linli.ledger.internal.Figure;
import org.linli.ledger.internal.Figures;
import org.linli.ledger.internal.GroupBy;
import org.linli.ledger.internal.Indicator;
import org.linli.ledger.internal.IndicatorQuery;
import org.linli.ledger.internal.LedgerFilter;
import org.linli.ledger.internal.LedgerQueries;
import org.linli.ledger.internal.Rankings;
import org.linli.shared.InvalidInputException;
import org.linli.shared.Messages;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The ledger pages for staff and leaders: the community's ledger of concerns, rankings
 * and trends, the map of grids, the monthly report, and exports of each table with its
 * filters. Every page checks the area against the caller's scope first (404 outside).
 */
@Controller
class LedgerPages {

	static final int PAGE_SIZE = 50;

	private final LedgerQueries queries;

	private final Rankings rankings;

	private final CaseLedger ledger;

	private final LedgerLabels labels;

	private final Messages messages;

	private final JsonMapper json;

	LedgerPages(LedgerQueries queries, Rankings rankings, CaseLedger ledger, LedgerLabels labels, Messages messages,
			JsonMapper json) {
		this.queries = queries;
		this.rankings = rankings;
		this.ledger = ledger;
		this.labels = labels;
		this.messages = messages;
		this.json = json;
	}

	/** The filters of the ledger as the page and its exports take them. */
	record Filters(String from, String to, String status, String tier, String channel, String category,
			String department, String groupBy, String by) {

	}

	@GetMapping("/ledger")
	String mine() {
		return "redirect:/ledger/" + this.queries.visibleArea(CurrentUser.scope(), null);
	}

	@GetMapping("/ledger/{area}")
	String ledger(@PathVariable String area, Filters filters, @RequestParam(defaultValue = "0") int page, Model model) {
		String code = this.queries.visibleArea(CurrentUser.scope(), area);
		LedgerFilter filter = filter(code, filters);
		Figures figures = this.queries
			.figures(new IndicatorQuery(code, filter.departmentCode(), filter.from(), filter.to(), GroupBy.NONE));
		CaseLedger.Page entries = this.ledger.page(filter, Math.max(0, page), PAGE_SIZE);
		LedgerLabels.Labeller labeller = this.labels.labeller();
		common(model, code, figures, filters);
		model.addAttribute("entries", entries);
		model.addAttribute("rows", entries.entries().stream().map(labeller::row).toList());
		model.addAttribute("statuses", CaseStatus.values());
		model.addAttribute("tiers", Tier.values());
		model.addAttribute("channels", Channel.values());
		model.addAttribute("departments", this.queries.departments());
		model.addAttribute("from", filter.from());
		model.addAttribute("to", filter.to());
		return "ledger/ledger";
	}

	@GetMapping("/ledger/{area}/rankings")
	String rankings(@PathVariable String area, Filters filters, Model model) {
		String code = this.queries.visibleArea(CurrentUser.scope(), area);
		LedgerParams params = new LedgerParams();
		LocalDate to = orToday(params.date("to", filters.to()));
		LocalDate from = orElse(params.date("from", filters.from()), to.withDayOfMonth(1));
		params.check();
		Figures figures = this.queries.figures(new IndicatorQuery(code, null, from, to, GroupBy.NONE));
		common(model, code, figures, filters);
		model.addAttribute("departmentRanking", this.rankings.rank(code, GroupBy.DEPARTMENT, from, to));
		boolean aboveCommunity = code.length() < AreaLevel.COMMUNITY.codeLength();
		model.addAttribute("communityRanking",
				aboveCommunity ? this.rankings.rank(code, GroupBy.COMMUNITY, from, to) : null);
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		model.addAttribute("trend", this.json.writeValueAsString(trend(code)));
		return "ledger/rankings";
	}

	/** The last twelve months, month by month: what the trend chart draws. */
	private Map<String, Object> trend(String code) {
		LocalDate today = this.queries.today();
		Figures months = this.queries
			.figures(new IndicatorQuery(code, null, today.withDayOfMonth(1).minusMonths(11), today, GroupBy.MONTH));
		List<String> labels = new ArrayList<>();
		Map<Indicator, List<Double>> values = new LinkedHashMap<>();
		List<Indicator> drawn = List.of(Indicator.SATISFACTION_RATE, Indicator.ON_TIME_CLOSURE_RATE,
				Indicator.COMPLETION_RATE);
		drawn.forEach((indicator) -> values.put(indicator, new ArrayList<>()));
		for (Figures.Group month : months.groups()) {
			labels.add(month.key());
			drawn.forEach((indicator) -> values.get(indicator).add(percent(month.figure(indicator))));
		}
		List<Map<String, Object>> series = new ArrayList<>();
		values.forEach((indicator, data) -> series
			.add(Map.of("name", this.messages.get("ledger.indicator." + indicator.key()), "values", data)));
		List<Long> collected = months.groups()
			.stream()
			.map((month) -> month.figure(Indicator.COLLECTED).numerator())
			.toList();
		return Map.of("labels", labels, "series", series, "counts",
				Map.of("name", this.messages.get("ledger.indicator.collected"), "values", collected), "percent",
				this.messages.get("ledger.chart.percent"), "count", this.messages.get("ledger.chart.count"));
	}

	@GetMapping("/ledger/{area}/map")
	String map(@PathVariable String area, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(required = false) String indicator, Model model) {
		String code = this.queries.visibleArea(CurrentUser.scope(), area);
		LedgerParams params = new LedgerParams();
		YearMonth last = orElse(params.month("to", to), YearMonth.from(this.queries.today()));
		YearMonth first = orElse(params.month("from", from), last);
		Indicator shown = orElse(params.option("indicator", indicatorName(indicator), Indicator.class),
				Indicator.ON_TIME_CLOSURE_RATE);
		params.check();
		if (first.isAfter(last)) {
			throw new InvalidInputException("from", "ledger.error.period-order");
		}
		Figures grids = this.queries
			.figures(new IndicatorQuery(code, null, first.atDay(1), last.atEndOfMonth(), GroupBy.GRID));
		Map<String, Object> values = new LinkedHashMap<>();
		for (Figures.Group grid : grids.groups()) {
			Figure figure = grid.figure(shown);
			values.put(grid.key(),
					Map.of("value", (figure.value() != null) ? shownValue(shown, figure) : "", "numerator",
							figure.numerator(), "denominator",
							(figure.denominator() != null) ? figure.denominator() : ""));
		}
		common(model, code, grids, new Filters(null, null, null, null, null, null, null, null, null));
		model.addAttribute("indicators", Indicator.values());
		model.addAttribute("shown", shown);
		model.addAttribute("fromMonth", first);
		model.addAttribute("toMonth", last);
		model.addAttribute("gridValues", this.json.writeValueAsString(Map.of("values", values, "kind",
				shown.kind().name(), "noData", this.messages.get("ledger.map.no-data"))));
		return "ledger/map";
	}

	@GetMapping("/ledger/{area}/report")
	String report(@PathVariable String area, @RequestParam(required = false) String month, Model model) {
		String code = this.queries.visibleArea(CurrentUser.scope(), area);
		LedgerParams params = new LedgerParams();
		YearMonth shown = orElse(params.month("month", month), YearMonth.from(this.queries.today()).minusMonths(1));
		params.check();
		LocalDate from = shown.atDay(1);
		LocalDate to = shown.atEndOfMonth();
		Figures total = this.queries.figures(new IndicatorQuery(code, null, from, to, GroupBy.NONE));
		common(model, code, total, new Filters(null, null, null, null, null, null, null, null, null));
		model.addAttribute("month", shown);
		model.addAttribute("byCommunity", (code.length() < AreaLevel.COMMUNITY.codeLength())
				? this.queries.figures(new IndicatorQuery(code, null, from, to, GroupBy.COMMUNITY)) : null);
		model.addAttribute("byDepartment",
				this.queries.figures(new IndicatorQuery(code, null, from, to, GroupBy.DEPARTMENT)));
		model.addAttribute("byTier", this.queries.figures(new IndicatorQuery(code, null, from, to, GroupBy.TIER)));
		Figures categories = this.queries.figures(new IndicatorQuery(code, null, from, to, GroupBy.CATEGORY));
		model.addAttribute("topCategories",
				categories.groups()
					.stream()
					.sorted((one, other) -> Long.compare(other.figure(Indicator.COLLECTED).numerator(),
							one.figure(Indicator.COLLECTED).numerator()))
					.limit(10)
					.toList());
		model.addAttribute("departmentRanking", this.rankings.rank(code, GroupBy.DEPARTMENT, from, to));
		return "ledger/report";
	}

	/**
	 * The cockpit fragment alone, for htmx
	 * ({@code hx-get="/ledger/fragments/rankings?area=…"}).
	 */
	@GetMapping("/ledger/fragments/rankings")
	String cockpit(@RequestParam(required = false) String area, Model model) {
		model.addAttribute("areaCode", this.queries.visibleArea(CurrentUser.scope(), area));
		return "ledger/fragments :: rankings";
	}

	@GetMapping("/ledger/{area}/export")
	ResponseEntity<byte[]> export(@PathVariable String area, @RequestParam(defaultValue = "cases") String table,
			@RequestParam(defaultValue = "csv") String format, Filters filters) {
		String code = this.queries.visibleArea(CurrentUser.scope(), area);
		if (!"csv".equals(format) && !"xlsx".equals(format)) {
			throw new InvalidInputException("format", "ledger.error.option", format);
		}
		LedgerFilter filter = filter(code, filters);
		Exports exports = new Exports(this.messages, this.labels);
		Spreadsheets.Table sheet = switch (table) {
			case "cases" -> exports.cases(this.ledger, filter);
			case "indicators" -> {
				LedgerParams params = new LedgerParams();
				GroupBy groupBy = params.groupBy("groupBy", filters.groupBy());
				params.check();
				yield exports.indicators(this.queries
					.figures(new IndicatorQuery(code, filter.departmentCode(), filter.from(), filter.to(), groupBy)));
			}
			case "rankings" -> {
				LedgerParams params = new LedgerParams();
				GroupBy by = params.groupBy("by", filters.by());
				params.check();
				if (by != GroupBy.DEPARTMENT && by != GroupBy.COMMUNITY) {
					throw new InvalidInputException("by", "ledger.error.rank-by", filters.by());
				}
				yield exports.rankings(this.rankings.rank(code, by, filter.from(), filter.to()));
			}
			default -> throw new InvalidInputException("table", "ledger.error.export-table", table);
		};
		return Spreadsheets.response(sheet, format,
				"linli-" + table + "-" + code + "-" + filter.from() + "-" + filter.to());
	}

	private LedgerFilter filter(String code, Filters filters) {
		LedgerParams params = new LedgerParams();
		LocalDate to = orToday(params.date("to", filters.to()));
		LocalDate from = orElse(params.date("from", filters.from()), to.withDayOfMonth(1));
		CaseStatus status = params.option("status", filters.status(), CaseStatus.class);
		Tier tier = params.option("tier", filters.tier(), Tier.class);
		Channel channel = params.option("channel", filters.channel(), Channel.class);
		params.check();
		String category = blankToNull(filters.category());
		String department = this.queries.visibleDepartment(CurrentUser.scope(), blankToNull(filters.department()));
		return new LedgerFilter(code, from, to, status, tier, channel, category, department);
	}

	private void common(Model model, String code, Figures figures, Filters filters) {
		model.addAttribute("areaCode", code);
		model.addAttribute("figures", figures);
		model.addAttribute("filters", filters);
		model.addAttribute("indicatorList", Indicator.values());
		model.addAttribute("aboveCommunity", code.length() < AreaLevel.COMMUNITY.codeLength());
	}

	/** A figure as the map shows it: a rate in per cent, hours, or the count. */
	private static Object shownValue(Indicator indicator, Figure figure) {
		return switch (indicator.kind()) {
			case RATE -> percent(figure);
			case HOURS -> Math.round(figure.value() * 10) / 10.0;
			case COUNT -> figure.numerator();
		};
	}

	private static Double percent(Figure figure) {
		return (figure.value() != null) ? Math.round(figure.value() * 10000) / 100.0 : null;
	}

	private static String indicatorName(String key) {
		if (key == null) {
			return null;
		}
		for (Indicator indicator : Indicator.values()) {
			if (indicator.key().equals(key)) {
				return indicator.name();
			}
		}
		return key;
	}

	private LocalDate orToday(LocalDate given) {
		return (given != null) ? given : this.queries.today();
	}

	private static <T> T orElse(T given, T otherwise) {
		return (given != null) ? given : otherwise;
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}

package org.linli.ledger.web;

import java.time.LocalDate;

import org.linli.ledger.internal.Figures;
import org.linli.ledger.internal.GroupBy;
import org.linli.ledger.internal.IndicatorQuery;
import org.linli.ledger.internal.LedgerQueries;
import org.linli.ledger.internal.Rankings;
import org.linli.shared.InvalidInputException;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The ledger's figures for programs: every indicator with its numerator and denominator,
 * and the rankings. An area outside the caller's scope answers 404.
 */
@RestController
@RequestMapping("/api/v1/ledger")
class LedgerController {

	private final LedgerQueries queries;

	private final Rankings rankings;

	LedgerController(LedgerQueries queries, Rankings rankings) {
		this.queries = queries;
		this.rankings = rankings;
	}

	/**
	 * {@code from}/{@code to} are inclusive days (default: this month so far);
	 * {@code groupBy}: none, street, community, grid, department, tier, category,
	 * channel, day, week, month (grid, category and channel take whole months).
	 */
	@GetMapping("/indicators")
	Figures indicators(@RequestParam(required = false) String areaCode,
			@RequestParam(required = false) String departmentCode, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(required = false) String groupBy) {
		LedgerParams params = new LedgerParams();
		LocalDate start = params.date("from", from);
		LocalDate end = params.date("to", to);
		GroupBy split = params.groupBy("groupBy", groupBy);
		params.check();
		return this.queries.figures(new IndicatorQuery(areaCode, departmentCode, start, end, split));
	}

	/** {@code by}: department or community; change is against the previous period. */
	@GetMapping("/rankings")
	Rankings.Ranking rankings(@RequestParam(required = false) String areaCode,
			@RequestParam(defaultValue = "department") String by, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to) {
		LedgerParams params = new LedgerParams();
		LocalDate start = params.date("from", from);
		LocalDate end = params.date("to", to);
		GroupBy split = params.groupBy("by", by);
		params.check();
		if (split != GroupBy.DEPARTMENT && split != GroupBy.COMMUNITY) {
			throw new InvalidInputException("by", "ledger.error.rank-by", by);
		}
		LocalDate last = (end != null) ? end : this.queries.today();
		return this.rankings.rank(areaCode, split, (start != null) ? start : last.withDayOfMonth(1), last);
	}

}

package org.linli.ledger.web;

import java.time.LocalDate;
import java.time.YearMonth;

import org.linli.ledger.internal.GroupBy;
import org.linli.ledger.internal.LedgerProperties;
import org.linli.ledger.internal.LedgerQueries;
import org.linli.ledger.internal.Rankings;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 行不行群众评: how each department and community of a street did in a month, open to anyone
 * without signing in. Only counts and rates: no concern, no name, no number.
 */
@Controller
class PublicEvaluationPage {

	private final LedgerQueries queries;

	private final Rankings rankings;

	private final LedgerProperties properties;

	PublicEvaluationPage(LedgerQueries queries, Rankings rankings, LedgerProperties properties) {
		this.queries = queries;
		this.rankings = rankings;
		this.properties = properties;
	}

	@GetMapping("/public/evaluation")
	String evaluation(@RequestParam(required = false) String area, @RequestParam(required = false) String month,
			Model model) {
		String code = (area != null && !area.isBlank()) ? area.strip() : this.properties.publicAreaCode();
		LedgerParams params = new LedgerParams();
		YearMonth shown = params.month("month", month);
		params.check();
		if (shown == null) {
			shown = YearMonth.from(this.queries.today()).minusMonths(1);
		}
		LocalDate from = shown.atDay(1);
		LocalDate to = shown.atEndOfMonth();
		model.addAttribute("figures", this.queries.publicFigures(code, from, to, GroupBy.NONE));
		model.addAttribute("departments", this.rankings.rankPublic(code, GroupBy.DEPARTMENT, from, to));
		model.addAttribute("communities", this.rankings.rankPublic(code, GroupBy.COMMUNITY, from, to));
		model.addAttribute("month", shown);
		model.addAttribute("areaCode", code);
		return "ledger/public";
	}

}

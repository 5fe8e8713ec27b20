package org.linli.ledger.web;

import java.util.ArrayList;
import java.util.List;

import org.linli.ledger.internal.CaseLedger;
import org.linli.ledger.internal.Figure;
import org.linli.ledger.internal.Figures;
import org.linli.ledger.internal.Indicator;
import org.linli.ledger.internal.LedgerFilter;
import org.linli.ledger.internal.Rankings;
import org.linli.shared.Messages;

/**
 * The exportable tables, with headers in the viewer's language: the ledger of concerns,
 * the indicators per group (value, numerator and denominator of each), and a ranking.
 */
final class Exports {

	private static final List<String> CASE_COLUMNS = List.of("number", "reported-at", "grid", "category", "tier",
			"channel", "status", "department", "description", "address", "outcome", "closed-at", "rating", "returns",
			"reworks", "reopenings", "claimed");

	private final Messages messages;

	private final LedgerLabels labels;

	Exports(Messages messages, LedgerLabels labels) {
		this.messages = messages;
		this.labels = labels;
	}

	Spreadsheets.Table cases(CaseLedger ledger, LedgerFilter filter) {
		LedgerLabels.Labeller labeller = this.labels.labeller();
		List<List<Object>> rows = new ArrayList<>();
		ledger.each(filter, (entry) -> {
			LedgerLabels.Row row = labeller.row(entry);
			rows.add(List.of(row.number(), row.reportedAt(), row.grid(), row.category(), row.tier(), row.channel(),
					row.status(), row.department(), text(row.description()), row.address(), row.outcome(),
					row.closedAt(), row.rating(), row.returns(), row.reworks(), row.reopenings(),
					labeller.yesNo(row.claimed())));
		});
		return new Spreadsheets.Table(this.messages.get("ledger.export.cases"),
				CASE_COLUMNS.stream().map((column) -> this.messages.get("ledger.column." + column)).toList(), rows);
	}

	Spreadsheets.Table indicators(Figures figures) {
		List<String> headers = new ArrayList<>(
				List.of(this.messages.get("ledger.column.group"), this.messages.get("ledger.column.name")));
		for (Indicator indicator : Indicator.values()) {
			String name = this.messages.get("ledger.indicator." + indicator.key());
			headers.add(name);
			headers.add(this.messages.get("ledger.column.numerator", name));
			headers.add(this.messages.get("ledger.column.denominator", name));
		}
		headers.add(this.messages.get("ledger.indicator.score"));
		List<List<Object>> rows = new ArrayList<>();
		List<Figures.Group> groups = new ArrayList<>(figures.groups());
		groups.add(new Figures.Group(this.messages.get("ledger.column.total"), figures.total().label(),
				figures.total().indicators(), figures.total().score()));
		for (Figures.Group group : groups) {
			List<Object> row = new ArrayList<>(List.of(group.key(), group.label()));
			for (Indicator indicator : Indicator.values()) {
				Figure figure = group.figure(indicator);
				row.add(figure.value());
				row.add(figure.numerator());
				row.add(figure.denominator());
			}
			row.add(group.score());
			rows.add(row);
		}
		return new Spreadsheets.Table(this.messages.get("ledger.export.indicators"), headers, rows);
	}

	Spreadsheets.Table rankings(Rankings.Ranking ranking) {
		List<String> headers = List.of(this.messages.get("ledger.column.rank"),
				this.messages.get("ledger.column.group"), this.messages.get("ledger.column.name"),
				this.messages.get("ledger.indicator.score"), this.messages.get("ledger.column.score-change"),
				this.messages.get("ledger.column.rank-change"), this.messages.get("ledger.indicator.satisfactionRate"),
				this.messages.get("ledger.indicator.onTimeClosureRate"));
		List<List<Object>> rows = new ArrayList<>();
		for (Rankings.Ranked ranked : ranking.entries()) {
			List<Object> row = new ArrayList<>();
			row.add(ranked.rank());
			row.add(ranked.key());
			row.add(ranked.label());
			row.add(ranked.score());
			row.add(ranked.scoreChange());
			row.add(ranked.rankChange());
			row.add(ranked.figures().figure(Indicator.SATISFACTION_RATE).value());
			row.add(ranked.figures().figure(Indicator.ON_TIME_CLOSURE_RATE).value());
			rows.add(row);
		}
		return new Spreadsheets.Table(this.messages.get("ledger.export.rankings"), headers, rows);
	}

	private static String text(String value) {
		return (value != null) ? value : "";
	}

}

package org.linli.ledger.web;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;

import org.linli.area.Area;
import org.linli.area.Areas;
import org.linli.calendar.WorkingCalendar;
import org.linli.catalogue.Catalogue;
import org.linli.catalogue.Category;
import org.linli.ledger.internal.LedgerEntry;
import org.linli.ledger.internal.LedgerQueries;
import org.linli.shared.Messages;

import org.springframework.stereotype.Component;

/**
 * Names and words for codes, in the viewer's language, shared by the pages and the
 * exports so a table reads the same on screen and in a spreadsheet.
 */
@Component
class LedgerLabels {

	static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
		.withZone(WorkingCalendar.ZONE);

	private final Messages messages;

	private final Catalogue catalogue;

	private final Areas areas;

	private final LedgerQueries queries;

	LedgerLabels(Messages messages, Catalogue catalogue, Areas areas, LedgerQueries queries) {
		this.messages = messages;
		this.catalogue = catalogue;
		this.areas = areas;
		this.queries = queries;
	}

	/** One ledger row in words. */
	record Row(String number, String reportedAt, String grid, String category, String tier, String channel,
			String status, String department, String description, String address, String outcome, String closedAt,
			String rating, int returns, int reworks, int reopenings, boolean claimed) {

	}

	/** Labels one page or export at a time, remembering names already looked up. */
	Labeller labeller() {
		return new Labeller();
	}

	final class Labeller {

		private final Map<String, String> names = new HashMap<>();

		Row row(LedgerEntry entry) {
			return new Row(entry.number(), time(entry.reportedAt()), area(entry.gridCode()),
					category(entry.categoryCode()), word("ledger.tier.", entry.tier()),
					word("ledger.channel.", entry.channel()), word("ledger.status.", entry.status()),
					department(entry.departmentCode()), entry.description(), text(entry.address()),
					text(entry.outcome()), time(entry.closedAt()), word("ledger.rating.", entry.rating()),
					entry.returns(), entry.reworks(), entry.reopenings(), entry.claimed());
		}

		String yesNo(boolean value) {
			return LedgerLabels.this.messages.get(value ? "common.yes" : "common.no");
		}

		String area(String code) {
			return (code == null) ? "" : this.names.computeIfAbsent("a" + code,
					(key) -> LedgerLabels.this.areas.find(code).map(Area::name).orElse(code));
		}

		String category(String code) {
			return (code == null) ? "" : this.names.computeIfAbsent("c" + code,
					(key) -> LedgerLabels.this.catalogue.findByCode(code).map(Category::name).orElse(code));
		}

		String department(String code) {
			return (code == null) ? LedgerLabels.this.messages.get("ledger.department.none")
					: this.names.computeIfAbsent("d" + code, (key) -> LedgerLabels.this.queries.departmentName(code));
		}

		private String word(String prefix, String value) {
			return (value == null) ? "" : LedgerLabels.this.messages.get(prefix + value);
		}

	}

	static String time(Instant instant) {
		return (instant != null) ? MINUTE.format(instant) : "";
	}

	private static String text(String value) {
		return (value != null) ? value : "";
	}

}

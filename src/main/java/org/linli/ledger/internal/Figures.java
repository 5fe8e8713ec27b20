package org.linli.ledger.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The answer to an {@link IndicatorQuery}: one group per value of the split, and the
 * total. Indicators are keyed by {@link Indicator#key()}; {@code score} is the composite
 * score (0–100) over the weighted rates that have a denominator.
 */
public record Figures(String areaCode, String areaName, String departmentCode, LocalDate from, LocalDate to,
		GroupBy groupBy, List<Group> groups, Group total) {

	public Figures {
		groups = List.copyOf(groups);
	}

	public record Group(String key, String label, Map<String, Figure> indicators, Double score) {

		public Figure figure(Indicator indicator) {
			return this.indicators.get(indicator.key());
		}

	}

}

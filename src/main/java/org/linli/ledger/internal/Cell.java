package org.linli.ledger.internal;

import java.time.LocalDate;
import java.util.Comparator;

/**
 * Where a contribution lands before it is projected onto the summary tables: the day of
 * the step and every dimension. Absent values are empty strings (no department for a
 * community's own work, no tier or category before registration).
 */
record Cell(LocalDate day, String gridCode, String departmentCode, String tier, String channel,
		String categoryCode) implements Comparable<Cell> {

	private static final Comparator<Cell> ORDER = Comparator.comparing(Cell::day)
		.thenComparing(Cell::gridCode)
		.thenComparing(Cell::departmentCode)
		.thenComparing(Cell::tier)
		.thenComparing(Cell::channel)
		.thenComparing(Cell::categoryCode);

	Cell withDay(LocalDate other) {
		return new Cell(other, this.gridCode, this.departmentCode, this.tier, this.channel, this.categoryCode);
	}

	Cell withDepartment(String other) {
		return new Cell(this.day, this.gridCode, other, this.tier, this.channel, this.categoryCode);
	}

	@Override
	public int compareTo(Cell other) {
		return ORDER.compare(this, other);
	}

}

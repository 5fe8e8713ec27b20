package org.linli.ledger.internal;

import java.time.LocalDate;

/**
 * The summary tables. Each has the same columns: a bucket (a day, or the first day of a
 * month), an area code (a street's, a community's or a grid's), the department, one more
 * dimension ({@code dim}: tier, category or channel) and one column per {@link Measure}.
 * A street or district is read as a prefix of the area code. The day tables answer any
 * period; the finer slices are kept per month to stay small.
 */
public enum Rollup {

	/** Per day, street, department and tier: streets and districts, totals and trends. */
	STREET_DAY("ledger.rollup_street_day", true, 9, Dimension.TIER),
	/** Per day, community, department and tier: communities, and streets by community. */
	COMMUNITY_DAY("ledger.rollup_day", true, 12, Dimension.TIER),
	/** Per month, grid, department and tier: the map and grid figures. */
	GRID_MONTH("ledger.rollup_grid_month", false, 15, Dimension.TIER),
	/** Per month, community, department and category. */
	CATEGORY_MONTH("ledger.rollup_category_month", false, 12, Dimension.CATEGORY),
	/** Per month, community, department and channel. */
	CHANNEL_MONTH("ledger.rollup_channel_month", false, 12, Dimension.CHANNEL);

	enum Dimension {

		TIER, CATEGORY, CHANNEL

	}

	private final String table;

	private final boolean daily;

	private final int areaLength;

	private final Dimension dimension;

	Rollup(String table, boolean daily, int areaLength, Dimension dimension) {
		this.table = table;
		this.daily = daily;
		this.areaLength = areaLength;
		this.dimension = dimension;
	}

	String table() {
		return this.table;
	}

	boolean daily() {
		return this.daily;
	}

	int areaLength() {
		return this.areaLength;
	}

	Dimension dimension() {
		return this.dimension;
	}

	/** The row of this table a contribution cell adds to. */
	Row row(Cell cell) {
		LocalDate bucket = this.daily ? cell.day() : cell.day().withDayOfMonth(1);
		String dim = switch (this.dimension) {
			case TIER -> cell.tier();
			case CATEGORY -> cell.categoryCode();
			case CHANNEL -> cell.channel();
		};
		return new Row(bucket, cell.gridCode().substring(0, this.areaLength), cell.departmentCode(), dim);
	}

	record Row(LocalDate bucket, String areaCode, String departmentCode, String dim) implements Comparable<Row> {

		@Override
		public int compareTo(Row other) {
			int order = this.areaCode.compareTo(other.areaCode);
			if (order == 0) {
				order = this.bucket.compareTo(other.bucket);
			}
			if (order == 0) {
				order = this.departmentCode.compareTo(other.departmentCode);
			}
			return (order != 0) ? order : this.dim.compareTo(other.dim);
		}

	}

}

package org.linli.ledger.internal;

/** How the figures are split: by area, by a dimension, or by time. */
public enum GroupBy {

	NONE("''", "''"), STREET("left(area_code, 9)", "left(grid_code, 9)"),
	COMMUNITY("left(area_code, 12)", "left(grid_code, 12)"), GRID("area_code", "grid_code"),
	DEPARTMENT("department_code", "coalesce(department_code, '')"), TIER("dim", "coalesce(tier, '')"),
	CATEGORY("dim", "coalesce(category_code, '')"), CHANNEL("dim", "channel"),
	DAY("to_char(bucket, 'YYYY-MM-DD')", null), WEEK("to_char(date_trunc('week', bucket), 'YYYY-MM-DD')", null),
	MONTH("to_char(bucket, 'YYYY-MM')", null);

	private final String rollupExpression;

	private final String factExpression;

	GroupBy(String rollupExpression, String factExpression) {
		this.rollupExpression = rollupExpression;
		this.factExpression = factExpression;
	}

	String rollupExpression() {
		return this.rollupExpression;
	}

	/** The same split over the open cases; null for time, which "now" has no part in. */
	String factExpression() {
		return this.factExpression;
	}

	boolean isArea() {
		return this == STREET || this == COMMUNITY || this == GRID;
	}

	boolean isTime() {
		return this == DAY || this == WEEK || this == MONTH;
	}

}

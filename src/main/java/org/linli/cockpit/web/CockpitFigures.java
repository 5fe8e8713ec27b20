package org.linli.cockpit.web;

import java.util.List;

/**
 * What the cockpit shows of an area, ready for the templates: every label already in the
 * viewer's language.
 */
record CockpitFigures(long reported, long closed, long open, long overdue, List<Row> byStatus, List<Row> byTier,
		List<Row> byCategory, List<Row> byChannel, List<OverdueRow> overdueOrders, long overdueTotal,
		List<DepartmentRow> departments, String updatedAt) {

	/** One bar or slice of a chart, and one row of the table beside it. */
	record Row(String label, long count) {
	}

	record OverdueRow(String caseId, String caseNumber, String gridName, String category, String department,
			boolean signed, boolean urgent, String due, double lateHours) {
	}

	record DepartmentRow(int rank, String name, long open, long overdue) {
	}

}

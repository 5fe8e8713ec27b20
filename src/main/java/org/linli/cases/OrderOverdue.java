package org.linli.cases;

import java.time.Instant;
import java.util.UUID;

/**
 * A step was still open when its due passed. {@code dispatchId} is null for a summoned
 * department that did not report in.
 */
public record OrderOverdue(CaseId caseId, String number, String streetCode, UUID dispatchId, String departmentCode,
		Step step, Instant due) implements CaseEvent {

	public enum Step {

		SIGNING, HANDLING, REPORT_IN

	}

}

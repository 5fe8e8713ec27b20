package org.linli.cases.internal;

import java.time.Instant;
import java.util.UUID;

import org.linli.cases.CaseId;
import org.linli.cases.OrderOverdue.Step;

/**
 * One durable timer, named so that arming it again finds the same one: the case, the
 * order (or the summoned department and when it was summoned) and the step, as the
 * db-scheduler instance id {@code caseId/dispatchId/STEP} or
 * {@code caseId/department/summonedAtMillis/REPORT_IN}.
 */
record OverdueTimer(CaseId caseId, UUID dispatchId, String departmentCode, long summonedAtMillis, Step step) {

	static OverdueTimer signing(CaseId caseId, UUID dispatchId) {
		return new OverdueTimer(caseId, dispatchId, null, 0, Step.SIGNING);
	}

	static OverdueTimer handling(CaseId caseId, UUID dispatchId) {
		return new OverdueTimer(caseId, dispatchId, null, 0, Step.HANDLING);
	}

	static OverdueTimer reportIn(CaseId caseId, String departmentCode, Instant summonedAt) {
		return new OverdueTimer(caseId, null, departmentCode, summonedAt.toEpochMilli(), Step.REPORT_IN);
	}

	String instanceId() {
		return switch (this.step) {
			case SIGNING, HANDLING -> this.caseId.value() + "/" + this.dispatchId + "/" + this.step;
			case REPORT_IN ->
				this.caseId.value() + "/" + this.departmentCode + "/" + this.summonedAtMillis + "/" + this.step;
		};
	}

	static OverdueTimer parse(String instanceId) {
		String[] parts = instanceId.split("/");
		CaseId caseId = new CaseId(UUID.fromString(parts[0]));
		Step step = Step.valueOf(parts[parts.length - 1]);
		return switch (step) {
			case SIGNING, HANDLING -> new OverdueTimer(caseId, UUID.fromString(parts[1]), null, 0, step);
			case REPORT_IN -> new OverdueTimer(caseId, null, parts[1], Long.parseLong(parts[2]), step);
		};
	}

}

package org.linli.cases.internal;

import java.util.List;

import org.linli.cases.CaseId;
import org.linli.cases.CaseIntake;
import org.linli.cases.ExternalReport;
import org.linli.cases.IntakeReceipt;

import org.springframework.stereotype.Service;

/**
 * Intake for other systems through the same {@link CaseService#report} as the API: the
 * channel prefixes the idempotency key so that two systems' numbers never collide.
 */
@Service
class ExternalIntake implements CaseIntake {

	private final CaseService cases;

	ExternalIntake(CaseService cases) {
		this.cases = cases;
	}

	@Override
	public IntakeReceipt take(ExternalReport report) {
		String channel = (report.channel() != null) ? report.channel().name() : null;
		IntakeCommand command = new IntakeCommand(channel, report.description(), report.lat(), report.lon(),
				report.address(), report.categoryCode(), report.reporterName(), report.reporterPhone(), List.of());
		String reference = (report.idempotencyKey() != null && !report.idempotencyKey().isBlank())
				? report.idempotencyKey() : report.externalReference();
		String key = (reference != null && !reference.isBlank()) ? channel + ":" + reference.strip() : null;
		CaseViews.Intake intake = this.cases.report(command, key, new SourceTerms(report.priority(), report.dueBy()));
		return new IntakeReceipt(new CaseId(intake.id()), intake.number(), intake.status(), intake.gridCode(),
				intake.possibleDuplicates().stream().map(CaseViews.Duplicate::number).toList(), intake.created());
	}

}

package org.linli.cases.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.linli.cases.CaseId;
import org.linli.cases.CaseIntake;
import org.linli.cases.Channel;
import org.linli.cases.ExternalReport;
import org.linli.cases.IntakeReceipt;
import org.linli.shared.ConflictException;
import org.linli.shared.FieldProblem;
import org.linli.shared.InvalidInputException;
import org.linli.shared.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Intake for other systems through the same {@link CaseService#report} as the API: the
 * channel prefixes the idempotency key so that two systems' numbers never collide. A note
 * from another system is one timeline entry, its reference kept as an idempotency key.
 */
@Service
class ExternalIntake implements CaseIntake {

	private static final int NOTE_MAX = 4000;

	private static final int REFERENCE_MAX = 150;

	private final IntakeService intake;

	private final CaseRepository repository;

	private final ContactSealer sealer;

	private final Clock clock;

	ExternalIntake(IntakeService intake, CaseRepository repository, ContactSealer sealer, Clock clock) {
		this.intake = intake;
		this.repository = repository;
		this.sealer = sealer;
		this.clock = clock;
	}

	@Override
	public IntakeReceipt take(ExternalReport report) {
		String channel = (report.channel() != null) ? report.channel().name() : null;
		IntakeCommand command = new IntakeCommand(channel, report.description(), report.lat(), report.lon(),
				report.address(), report.categoryCode(), report.reporterName(), report.reporterPhone(), List.of());
		String reference = (report.idempotencyKey() != null && !report.idempotencyKey().isBlank())
				? report.idempotencyKey() : report.externalReference();
		String key = (reference != null && !reference.isBlank()) ? channel + ":" + reference.strip() : null;
		CaseViews.Intake taken = this.intake.report(command, key, new SourceTerms(report.priority(), report.dueBy()));
		return new IntakeReceipt(new CaseId(taken.id()), taken.number(), taken.status(), taken.gridCode(),
				taken.possibleDuplicates().stream().map(CaseViews.Duplicate::number).toList(), taken.created());
	}

	@Override
	@Transactional
	public boolean addExternalNote(CaseId id, Channel channel, String externalReference, String text) {
		String note = (text != null) ? text.strip() : "";
		String reference = (externalReference != null) ? externalReference.strip() : "";
		List<FieldProblem> problems = new ArrayList<>();
		if (channel == null) {
			problems.add(new FieldProblem("channel", "cases.error.required"));
		}
		if (reference.isEmpty()) {
			problems.add(new FieldProblem("externalReference", "cases.error.required"));
		}
		else if (reference.length() > REFERENCE_MAX) {
			problems.add(new FieldProblem("externalReference", "cases.error.too-long", REFERENCE_MAX));
		}
		if (note.isEmpty()) {
			problems.add(new FieldProblem("text", "cases.error.required"));
		}
		else if (note.length() > NOTE_MAX) {
			problems.add(new FieldProblem("text", "cases.error.too-long", NOTE_MAX));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException("error.invalid-input", problems);
		}
		String key = channel.name() + ":note:" + reference;
		String hash = this.sealer.fingerprint(note);
		this.repository.lockKey(key);
		var stored = this.repository.findKey(key);
		if (stored.isPresent()) {
			if (!stored.get().caseId().equals(id) || !stored.get().requestHash().equals(hash)) {
				throw new ConflictException("cases.error.idempotency-mismatch");
			}
			return false;
		}
		if (this.repository.find(id).isEmpty()) {
			throw new NotFoundException("cases.error.not-found");
		}
		Instant now = this.clock.instant();
		this.repository.append(id, new TimelineEntry(now, null, "external-note", note));
		this.repository.saveKey(key, hash, id, now);
		return true;
	}

}

package org.linli.cases.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.linli.area.Areas;
import org.linli.area.Location;
import org.linli.catalogue.Catalogue;
import org.linli.cases.Channel;
import org.linli.identity.CurrentUser;
import org.linli.identity.Role;
import org.linli.identity.Scope;
import org.linli.shared.FieldProblem;
import org.linli.shared.InvalidInputException;

import org.springframework.stereotype.Service;

/**
 * Takes concerns in: checks the report, finds the open concerns it may repeat, and hands
 * it to the {@link IntakeWriter}. Holds no transaction or connection of its own while the
 * writer stores the concern, so that the requests waiting for a batch hold none either;
 * inside a caller's transaction the concern is stored in it.
 */
@Service
public class IntakeService {

	private static final int TEXT_MAX = 200;

	private static final int KEY_MAX = 200;

	private final CaseService cases;

	private final CaseRepository repository;

	private final IntakeWriter writer;

	private final IntakeGate gate;

	private final Areas areas;

	private final Catalogue catalogue;

	private final CasePhotos photos;

	private final ContactSealer sealer;

	private final Clock clock;

	IntakeService(CaseService cases, CaseRepository repository, IntakeWriter writer, IntakeGate gate, Areas areas,
			Catalogue catalogue, CasePhotos photos, ContactSealer sealer, Clock clock) {
		this.cases = cases;
		this.repository = repository;
		this.writer = writer;
		this.gate = gate;
		this.areas = areas;
		this.catalogue = catalogue;
		this.photos = photos;
		this.sealer = sealer;
		this.clock = clock;
	}

	/**
	 * Takes a concern in. With an idempotency key, a retry with the same body answers
	 * with the case already taken in; the same key with another body is a conflict.
	 */
	public CaseViews.Intake report(IntakeCommand command, String idempotencyKey) {
		return report(command, idempotencyKey, SourceTerms.NONE);
	}

	/**
	 * Takes a concern in with what its source system asked for. Its number is drawn with
	 * those of its batch once the keys are resolved (a retry draws none), in a short
	 * transaction of its own, so that the street's counter is not held until the batch
	 * commits; a number is skipped when a concern fails after drawing it.
	 */
	public CaseViews.Intake report(IntakeCommand command, String idempotencyKey, SourceTerms terms) {
		try (IntakeGate.Pass pass = this.gate.enter()) {
			Scope scope = CurrentUser.scope();
			NewCase report = validate(command, scope, terms);
			String key = (idempotencyKey != null && !idempotencyKey.isBlank()) ? idempotencyKey.strip() : null;
			if (key != null && key.length() > KEY_MAX) {
				throw new InvalidInputException("Idempotency-Key", "cases.error.idempotency-key", KEY_MAX);
			}
			String hash = (key != null) ? hash(command, terms, scope.username()) : null;
			Instant now = this.clock.instant();
			List<Case> duplicates = this.cases.openNear(report.lat(), report.lon(), now, report.categoryCode());
			IntakeWriter.Stored stored = this.writer
				.store(new IntakeWriter.Checked(report, key, hash, command.photoIds(), scope.username(), now));
			return switch (stored) {
				case IntakeWriter.Created(Case created) -> intake(created, true, duplicates);
				case IntakeWriter.Replayed(var id) -> {
					Case earlier = this.repository.find(id).orElseThrow();
					yield intake(earlier, false, this.cases.possibleDuplicates(earlier));
				}
			};
		}
	}

	private static CaseViews.Intake intake(Case reported, boolean created, List<Case> possibleDuplicates) {
		List<CaseViews.Duplicate> duplicates = possibleDuplicates.stream()
			.map((duplicate) -> new CaseViews.Duplicate(duplicate.id.value(), duplicate.number))
			.toList();
		return new CaseViews.Intake(reported.id.value(), reported.number, reported.status, reported.gridCode,
				reported.trackingToken, duplicates, created);
	}

	private NewCase validate(IntakeCommand command, Scope scope, SourceTerms terms) {
		List<FieldProblem> problems = new ArrayList<>();
		Channel channel = Enums.parse(Channel.class, command.channel(), "channel", problems);
		String description = CaseService.text(command.description());
		if (description == null) {
			problems.add(new FieldProblem("description", "cases.error.required"));
		}
		else if (description.length() > CaseService.DESCRIPTION_MAX) {
			problems.add(new FieldProblem("description", "cases.error.too-long", CaseService.DESCRIPTION_MAX));
		}
		Double lat = command.lat();
		Double lon = command.lon();
		if (lat == null || !(lat >= -90 && lat <= 90)) {
			problems.add(new FieldProblem("lat", "cases.error.lat"));
		}
		if (lon == null || !(lon >= -180 && lon <= 180)) {
			problems.add(new FieldProblem("lon", "cases.error.lon"));
		}
		String address = CaseService.text(command.address());
		if (address != null && address.length() > TEXT_MAX) {
			problems.add(new FieldProblem("address", "cases.error.too-long", TEXT_MAX));
		}
		String categoryCode = CaseService.text(command.categoryCode());
		if (categoryCode != null && this.catalogue.findByCode(categoryCode).isEmpty()) {
			problems.add(new FieldProblem("categoryCode", "cases.error.category-unknown", categoryCode));
		}
		String reporterName = CaseService.text(command.reporterName());
		if (reporterName != null && reporterName.length() > 50) {
			problems.add(new FieldProblem("reporterName", "cases.error.too-long", 50));
		}
		String reporterPhone = CaseService.text(command.reporterPhone());
		if (reporterPhone != null && !reporterPhone.matches("\\+?[0-9][0-9 -]{4,19}")) {
			problems.add(new FieldProblem("reporterPhone", "cases.error.phone"));
		}
		this.photos.check(command.photoIds(), problems);
		if (!problems.isEmpty()) {
			throw new InvalidInputException("error.invalid-input", problems);
		}
		Location location = this.areas.locate(lat, lon)
			.orElseThrow(() -> new InvalidInputException("lat", "cases.error.outside-grids", lat, lon));
		boolean resident = scope.has(Role.RESIDENT);
		String staff = (scope.isAuthenticated() && !resident) ? scope.username() : null;
		String reporter = resident ? scope.username() : null;
		return new NewCase(channel, description, lat, lon, address, location, categoryCode, reporter,
				this.sealer.seal(reporterName, reporterPhone), staff, scope.username(), terms.priority(),
				terms.dueBy());
	}

	/** Stable across releases: keys stored before source terms existed still match. */
	private String hash(IntakeCommand command, SourceTerms terms, String caller) {
		List<String> parts = new ArrayList<>(List.of(String.valueOf(caller), String.valueOf(command.channel()),
				String.valueOf(command.description()), String.valueOf(command.lat()), String.valueOf(command.lon()),
				String.valueOf(command.address()), String.valueOf(command.categoryCode()),
				String.valueOf(command.reporterName()), String.valueOf(command.reporterPhone()),
				String.valueOf(command.photoIds())));
		if (!terms.equals(SourceTerms.NONE)) {
			parts.add(String.valueOf(terms.priority()));
			parts.add(String.valueOf(terms.dueBy()));
		}
		return this.sealer.fingerprint(String.join("\u001f", parts));
	}

}

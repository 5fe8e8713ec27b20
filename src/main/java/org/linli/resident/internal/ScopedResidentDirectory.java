package org.linli.resident.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.linli.audit.AuditEntry;
import org.linli.audit.AuditLog;
import org.linli.identity.CurrentUser;
import org.linli.identity.Scope;
import org.linli.resident.HouseholdDetails;
import org.linli.resident.HouseholdPage;
import org.linli.resident.HouseholdView;
import org.linli.resident.ResidentDirectory;
import org.linli.resident.ResidentIdNumber;
import org.linli.resident.ResidentView;
import org.linli.resident.RevealedResident;
import org.linli.shared.FieldProblem;
import org.linli.shared.ForbiddenException;
import org.linli.shared.InvalidInputException;
import org.linli.shared.NotFoundException;
import org.linli.shared.privacy.NameMask;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class ScopedResidentDirectory implements ResidentDirectory {

	static final String REVEALED = "PERSONAL_DATA_REVEALED";

	static final String SEARCHED = "PERSONAL_DATA_SEARCHED";

	static final int MAX_PAGE_SIZE = 200;

	static final int MAX_REASON = 500;

	private final ResidentRecords records;

	private final PersonalData personalData;

	private final NameMask nameMask;

	private final AuditLog auditLog;

	ScopedResidentDirectory(ResidentRecords records, PersonalData personalData, NameMask nameMask, AuditLog auditLog) {
		this.records = records;
		this.personalData = personalData;
		this.nameMask = nameMask;
		this.auditLog = auditLog;
	}

	@Override
	public HouseholdPage households(String areaCode, int page, int size) {
		String area = (areaCode == null || areaCode.isBlank()) ? null : areaCode.strip();
		checkPage(area, page, size);
		Scope scope = CurrentUser.scope();
		if (area != null && !scope.canSee(area)) {
			throw new NotFoundException("resident.error.area-not-found", area);
		}
		Map<String, Object> params = new HashMap<>();
		Optional<String> visible = ResidentAccess.visibleHouseholds(scope, params);
		if (visible.isEmpty()) {
			return new HouseholdPage(List.of(), page, size, 0);
		}
		String condition = visible.get();
		if (area != null) {
			condition += " and h.building_code like :areaPrefix";
			params.put("areaPrefix", area + "%");
		}
		long total = this.records.countHouseholds(condition, params);
		List<HouseholdView> items = this.records.households(condition, params, size, (long) page * size)
			.stream()
			.map((row) -> row.view(shownName(scope, row, row.headName())))
			.toList();
		return new HouseholdPage(items, page, size, total);
	}

	@Override
	public HouseholdDetails household(long id) {
		Scope scope = CurrentUser.scope();
		HouseholdRow household = this.records.household(id)
			.filter((row) -> ResidentAccess.canSee(scope, row))
			.orElseThrow(() -> new NotFoundException("resident.error.household-not-found"));
		List<ResidentView> residents = this.records.residentsOf(id).stream().map((row) -> view(scope, row)).toList();
		return new HouseholdDetails(household.view(shownName(scope, household, household.headName())), residents);
	}

	@Override
	public ResidentView resident(long id) {
		Scope scope = CurrentUser.scope();
		return view(scope, visibleResident(scope, id));
	}

	@Override
	@Transactional
	public RevealedResident reveal(long id, String reason) {
		String why = (reason != null) ? reason.strip() : "";
		if (why.isEmpty()) {
			throw new InvalidInputException("reason", "resident.error.reveal-reason-required");
		}
		if (why.length() > MAX_REASON) {
			throw new InvalidInputException("reason", "resident.error.reveal-reason-too-long", MAX_REASON);
		}
		Scope scope = CurrentUser.scope();
		ResidentRow resident = visibleResident(scope, id);
		if (!ResidentAccess.canReveal(scope, resident)) {
			throw new ForbiddenException("resident.error.reveal-forbidden");
		}
		this.auditLog.record(new AuditEntry(scope.username(), REVEALED, "resident", String.valueOf(id),
				Map.of("reason", why, "fields", "name,phone,idNumber")));
		ResidentRecords.SealedValues sealed = this.records.sealedValues(id);
		return new RevealedResident(id, resident.name(), this.personalData.openPhone(sealed.phone()),
				this.personalData.openIdNumber(sealed.idNumber()));
	}

	@Override
	@Transactional
	public List<ResidentView> findByPhone(String phone) {
		String normalized = PhoneNumbers.normalize(phone)
			.orElseThrow(() -> new InvalidInputException("phone", "resident.error.phone"));
		return found("phone", this.records.residentsByPhoneIndex(this.personalData.phoneIndex(normalized)));
	}

	@Override
	@Transactional
	public List<ResidentView> findByIdNumber(String idNumber) {
		ResidentIdNumber number = ResidentIdNumber.parse(idNumber)
			.orElseThrow(() -> new InvalidInputException("idNumber", "resident.error.id-number"));
		return found("idNumber", this.records.residentsByIdNumberIndex(this.personalData.idNumberIndex(number)));
	}

	/**
	 * Keeps the matches in scope and records the lookup (by which field, how many seen;
	 * never the value).
	 */
	private List<ResidentView> found(String field, List<ResidentRow> matches) {
		Scope scope = CurrentUser.scope();
		List<ResidentView> visible = matches.stream()
			.filter((row) -> ResidentAccess.canSee(scope, row))
			.map((row) -> view(scope, row))
			.toList();
		this.auditLog.record(new AuditEntry(scope.username(), SEARCHED, "resident", null,
				Map.of("by", field, "matches", String.valueOf(visible.size()))));
		return visible;
	}

	private ResidentRow visibleResident(Scope scope, long id) {
		return this.records.resident(id)
			.filter((row) -> ResidentAccess.canSee(scope, row))
			.orElseThrow(() -> new NotFoundException("resident.error.not-found"));
	}

	private ResidentView view(Scope scope, ResidentRow row) {
		return row.view(shownName(scope, row, row.name()));
	}

	private String shownName(Scope scope, Placed household, String name) {
		if (name == null || ResidentAccess.seesFullNames(scope, household)) {
			return name;
		}
		return this.nameMask.mask(name);
	}

	private static void checkPage(String areaCode, int page, int size) {
		List<FieldProblem> problems = new ArrayList<>();
		if (areaCode != null && !ResidentRules.AREA_CODE.matcher(areaCode).matches()) {
			problems.add(new FieldProblem("areaCode", "resident.error.area-code"));
		}
		if (page < 0) {
			problems.add(new FieldProblem("page", "resident.error.page"));
		}
		if (size < 1 || size > MAX_PAGE_SIZE) {
			problems.add(new FieldProblem("size", "resident.error.size", MAX_PAGE_SIZE));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException("error.invalid-input", problems);
		}
	}

}

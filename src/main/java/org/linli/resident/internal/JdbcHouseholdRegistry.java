package org.linli.resident.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;

import org.linli.area.AreaLevel;
import org.linli.area.Areas;
import org.linli.resident.HouseholdRegistry;
import org.linli.resident.HouseholdSummary;
import org.linli.resident.NewHousehold;
import org.linli.resident.NewResident;
import org.linli.shared.FieldProblem;
import org.linli.shared.InvalidInputException;
import org.linli.shared.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class JdbcHouseholdRegistry implements HouseholdRegistry {

	private final ResidentRecords records;

	private final Areas areas;

	JdbcHouseholdRegistry(ResidentRecords records, Areas areas) {
		this.records = records;
		this.areas = areas;
	}

	@Override
	public long registerHousehold(NewHousehold household) {
		return register(List.of(household), (index) -> "").getFirst();
	}

	@Override
	public List<Long> registerHouseholds(List<NewHousehold> households) {
		return register(households, (index) -> "households[" + index + "].");
	}

	@Override
	public long registerResident(long householdId, NewResident resident) {
		List<FieldProblem> problems = new ArrayList<>();
		ResidentRules.check("", resident, problems);
		refuseIfAny(problems);
		if (this.records.household(householdId).isEmpty()) {
			throw new NotFoundException("resident.error.household-not-found");
		}
		return this.records.insert(householdId, resident);
	}

	@Override
	public void linkAccount(long householdId, String username) {
		if (username == null || username.isBlank()) {
			throw new InvalidInputException("username", "resident.error.username");
		}
		if (!this.records.linkAccount(householdId, username.strip())) {
			throw new NotFoundException("resident.error.household-not-found");
		}
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<HouseholdSummary> household(long id) {
		return this.records.household(id).map(HouseholdRow::summary);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<HouseholdSummary> householdOf(String username) {
		return (username != null) ? this.records.householdOf(username).map(HouseholdRow::summary) : Optional.empty();
	}

	@Override
	@Transactional(readOnly = true)
	public boolean isPartyMember(String username) {
		return username != null && this.records.isHeadPartyMember(username);
	}

	@Override
	@Transactional(readOnly = true)
	public List<HouseholdSummary> householdsUnder(String areaCode) {
		if (areaCode == null || !ResidentRules.AREA_CODE.matcher(areaCode).matches()) {
			throw new InvalidInputException("areaCode", "resident.error.area-code");
		}
		return this.records.householdsUnder(areaCode).stream().map(HouseholdRow::summary).toList();
	}

	private List<Long> register(List<NewHousehold> households, IntFunction<String> path) {
		List<FieldProblem> problems = new ArrayList<>();
		for (int i = 0; i < households.size(); i++) {
			ResidentRules.check(path.apply(i), households.get(i), problems);
		}
		checkBuildings(households, path, problems);
		refuseIfAny(problems);
		return households.isEmpty() ? List.of() : this.records.insert(households);
	}

	/**
	 * Each building must be a building the area tree knows; each is looked up once per
	 * batch.
	 */
	private void checkBuildings(List<NewHousehold> households, IntFunction<String> path, List<FieldProblem> problems) {
		Map<String, Boolean> known = new HashMap<>();
		for (int i = 0; i < households.size(); i++) {
			String code = households.get(i).buildingCode();
			if (code != null && ResidentRules.BUILDING_CODE.matcher(code).matches()
					&& !known.computeIfAbsent(code, this::isBuilding)) {
				problems.add(new FieldProblem(path.apply(i) + "buildingCode", "resident.error.building-unknown", code));
			}
		}
	}

	private boolean isBuilding(String code) {
		return this.areas.find(code).filter((area) -> area.level() == AreaLevel.BUILDING).isPresent();
	}

	private static void refuseIfAny(List<FieldProblem> problems) {
		if (!problems.isEmpty()) {
			throw new InvalidInputException("error.invalid-input", problems);
		}
	}

}

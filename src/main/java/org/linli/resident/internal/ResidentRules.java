package org.linli.resident.internal;

import java.math.BigDecimal;
import java.time.Year;
import java.util.List;
import java.util.regex.Pattern;

import org.linli.resident.NewHousehold;
import org.linli.resident.NewResident;
import org.linli.resident.Relation;
import org.linli.resident.ResidentIdNumber;
import org.linli.shared.FieldProblem;

/**
 * What a household or a resident must look like to be registered. Every problem is
 * collected, with the field path it concerns, so a batch is refused with all its problems
 * at once.
 */
final class ResidentRules {

	static final Pattern BUILDING_CODE = Pattern.compile("\\d{18}");

	static final Pattern AREA_CODE = Pattern.compile("\\d{1,18}");

	static final int MAX_ROOM = 20;

	static final int MAX_NAME = 50;

	private static final BigDecimal MAX_FLOOR_AREA = new BigDecimal("9999999.99");

	private ResidentRules() {
	}

	static void check(String path, NewHousehold household, List<FieldProblem> problems) {
		if (household.buildingCode() == null || !BUILDING_CODE.matcher(household.buildingCode()).matches()) {
			problems.add(new FieldProblem(path + "buildingCode", "resident.error.building-code"));
		}
		if (household.room() == null || household.room().isBlank() || household.room().strip().length() > MAX_ROOM) {
			problems.add(new FieldProblem(path + "room", "resident.error.room", MAX_ROOM));
		}
		if (household.floor() < -10 || household.floor() > 300) {
			problems.add(new FieldProblem(path + "floor", "resident.error.floor"));
		}
		BigDecimal area = household.floorArea();
		if (area == null || area.signum() <= 0 || area.scale() > 2 || area.compareTo(MAX_FLOOR_AREA) > 0) {
			problems.add(new FieldProblem(path + "floorArea", "resident.error.floor-area"));
		}
		long heads = household.members().stream().filter((member) -> member.relation() == Relation.HEAD).count();
		if (heads > 1) {
			problems.add(new FieldProblem(path + "members", "resident.error.one-head"));
		}
		for (int i = 0; i < household.members().size(); i++) {
			check(path + "members[" + i + "].", household.members().get(i), problems);
		}
	}

	static void check(String path, NewResident resident, List<FieldProblem> problems) {
		if (resident.name() == null || resident.name().isBlank() || resident.name().strip().length() > MAX_NAME) {
			problems.add(new FieldProblem(path + "name", "resident.error.name", MAX_NAME));
		}
		if (resident.gender() == null) {
			problems.add(new FieldProblem(path + "gender", "resident.error.gender"));
		}
		if (resident.birthYear() < 1900 || resident.birthYear() > Year.now().getValue()) {
			problems.add(new FieldProblem(path + "birthYear", "resident.error.birth-year"));
		}
		if (resident.relation() == null) {
			problems.add(new FieldProblem(path + "relation", "resident.error.relation"));
		}
		if (resident.phone() != null && PhoneNumbers.normalize(resident.phone()).isEmpty()) {
			problems.add(new FieldProblem(path + "phone", "resident.error.phone"));
		}
		if (resident.idNumber() != null) {
			ResidentIdNumber.parse(resident.idNumber())
				.ifPresentOrElse((idNumber) -> checkAgreement(path, resident, idNumber, problems),
						() -> problems.add(new FieldProblem(path + "idNumber", "resident.error.id-number")));
		}
	}

	private static void checkAgreement(String path, NewResident resident, ResidentIdNumber idNumber,
			List<FieldProblem> problems) {
		if (resident.gender() != null && resident.gender() != idNumber.gender()) {
			problems.add(new FieldProblem(path + "gender", "resident.error.id-number-gender"));
		}
		if (resident.birthYear() != idNumber.birthDate().getYear()) {
			problems.add(new FieldProblem(path + "birthYear", "resident.error.id-number-birth-year"));
		}
	}

}

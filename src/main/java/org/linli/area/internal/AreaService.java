package org.linli.area.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.linli.area.Area;
import org.linli.area.AreaLevel;
import org.linli.area.Areas;
import org.linli.area.Location;
import org.linli.shared.FieldProblem;
import org.linli.shared.InvalidInputException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class AreaService implements Areas {

	static final int MAX_ADDRESS_LENGTH = 200;

	private final AreaRepository repository;

	private final GridLocator locator;

	AreaService(AreaRepository repository, GridLocator locator) {
		this.repository = repository;
		this.locator = locator;
	}

	@Override
	public Optional<Area> find(String code) {
		return (AreaLevel.ofCode(code).isPresent()) ? this.repository.find(code) : Optional.empty();
	}

	@Override
	public List<Area> children(String code) {
		return (AreaLevel.ofCode(code).isPresent()) ? this.repository.children(code) : List.of();
	}

	@Override
	@Transactional
	public void registerDivision(String code, String name, AreaLevel level, String parentCode) {
		String parent = (parentCode != null && !parentCode.isBlank()) ? parentCode.strip() : null;
		List<FieldProblem> problems = new ArrayList<>();
		if (level == null || level == AreaLevel.GRID || level == AreaLevel.BUILDING) {
			problems.add(new FieldProblem("level", "area.error.level-not-division", String.valueOf(level)));
		}
		else if (!level.accepts(code)) {
			problems.add(new FieldProblem("code", "area.error.code-invalid", String.valueOf(code), level.codeLength()));
		}
		else if (level == AreaLevel.DISTRICT) {
			if (parent != null && !isProvinceOrCity(parent, code)) {
				problems.add(new FieldProblem("parentCode", "area.error.parent-invalid", parent, code));
			}
		}
		else {
			checkParent(code, level.parent().orElseThrow(), parent, "parentCode", problems);
		}
		String cleanName = checkName(name, problems);
		if (!problems.isEmpty()) {
			throw new InvalidInputException("error.invalid-input", problems);
		}
		Optional<Area> before = this.repository.find(code);
		this.repository.saveDivision(code, cleanName, level, parent);
		if (level != AreaLevel.DISTRICT && before.filter(area -> !area.name().equals(cleanName)).isPresent()) {
			// street and community names are part of every Location the index hands out
			this.locator.rebuildAfterCommit();
		}
	}

	@Override
	@Transactional
	public void registerBuilding(String code, String gridCode, String name, String address) {
		List<FieldProblem> problems = new ArrayList<>();
		if (!AreaLevel.BUILDING.accepts(code)) {
			problems.add(new FieldProblem("code", "area.error.code-invalid", String.valueOf(code),
					AreaLevel.BUILDING.codeLength()));
		}
		else {
			checkParent(code, AreaLevel.GRID, gridCode, "gridCode", problems);
		}
		String cleanName = checkName(name, problems);
		String cleanAddress = (address != null && !address.isBlank()) ? address.strip() : null;
		if (cleanAddress != null && cleanAddress.length() > MAX_ADDRESS_LENGTH) {
			problems.add(new FieldProblem("address", "area.error.address-too-long", MAX_ADDRESS_LENGTH));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException("error.invalid-input", problems);
		}
		this.repository.saveBuilding(code, gridCode, cleanName, cleanAddress);
	}

	@Override
	public Optional<Location> locate(double lat, double lon) {
		return this.locator.locate(lat, lon);
	}

	private void checkParent(String code, AreaLevel parentLevel, String parentCode, String field,
			List<FieldProblem> problems) {
		if (parentCode == null || !parentLevel.accepts(parentCode) || !code.startsWith(parentCode)) {
			problems.add(new FieldProblem(field, "area.error.parent-invalid", String.valueOf(parentCode), code));
		}
		else if (!this.repository.exists(parentCode, parentLevel)) {
			problems.add(new FieldProblem(field, "area.error.parent-unknown", parentCode));
		}
	}

	private static boolean isProvinceOrCity(String parentCode, String code) {
		return (parentCode.length() == 2 || parentCode.length() == 4)
				&& parentCode.chars().allMatch(c -> c >= '0' && c <= '9') && code.startsWith(parentCode);
	}

	private static String checkName(String name, List<FieldProblem> problems) {
		if (name == null || name.isBlank()) {
			problems.add(new FieldProblem("name", "area.error.name-missing"));
			return null;
		}
		String clean = name.strip();
		if (clean.length() > GeoJsonFile.MAX_NAME_LENGTH) {
			problems.add(new FieldProblem("name", "area.error.name-too-long", GeoJsonFile.MAX_NAME_LENGTH));
		}
		return clean;
	}

}

package org.linli.area;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.linli.LinliTest;
import org.linli.shared.FieldProblem;
import org.linli.shared.InvalidInputException;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Registering divisions and buildings and assigning responsibilities, in a made-up
 * district (990102).
 */
@LinliTest
class AreaRegistrationTests {

	@Autowired
	Areas areas;

	@Autowired
	Responsibilities responsibilities;

	@Autowired
	GridImport gridImport;

	@Test
	void divisionsFormATreeAndRegisteringAgainRenames() {
		this.areas.registerDivision("990102", "District", AreaLevel.DISTRICT, "99");
		this.areas.registerDivision("990102001", "Street", AreaLevel.STREET, "990102");
		this.areas.registerDivision("990102001001", "Community", AreaLevel.COMMUNITY, "990102001");
		this.areas.registerDivision("990102001001", "Renamed community", AreaLevel.COMMUNITY, "990102001");
		assertThat(this.areas.find("990102001001"))
			.contains(new Area("990102001001", "Renamed community", AreaLevel.COMMUNITY, "990102001"));
		assertThat(this.areas.children("990102001")).extracting(Area::code).containsExactly("990102001001");
		assertThat(this.areas.find("990102")).map(Area::parentCode).contains("99");
	}

	@Test
	void badDivisionNamesEveryProblemAndStoresNothing() {
		this.areas.registerDivision("990102", "District", AreaLevel.DISTRICT, null);
		assertThat(problems(() -> this.areas.registerDivision("990102002", " ", AreaLevel.STREET, "990103")))
			.extracting(FieldProblem::field, FieldProblem::messageKey)
			.containsExactly(tuple("parentCode", "area.error.parent-invalid"),
					tuple("name", "area.error.name-missing"));
		assertThat(problems(() -> this.areas.registerDivision("99010200", "Street", AreaLevel.STREET, "990102")))
			.extracting(FieldProblem::field)
			.containsExactly("code");
		assertThat(problems(
				() -> this.areas.registerDivision("990102009001", "Community", AreaLevel.COMMUNITY, "990102009")))
			.extracting(FieldProblem::messageKey)
			.containsExactly("area.error.parent-unknown");
		assertThat(
				problems(() -> this.areas.registerDivision("990102001001001", "Grid", AreaLevel.GRID, "990102001001")))
			.extracting(FieldProblem::messageKey)
			.containsExactly("area.error.level-not-division");
		assertThat(this.areas.find("990102002")).isEmpty();
		assertThat(this.areas.find("990102009001")).isEmpty();
	}

	@Test
	void buildingsBelongToAGridAndTheMapNamesWhoAnswersForIt() {
		String grid = grid();
		this.areas.registerBuilding(grid + "001", grid, "Building 1", "1 Test Road");
		assertThat(this.areas.children(grid))
			.containsExactly(new Area(grid + "001", "Building 1", AreaLevel.BUILDING, grid));
		assertThat(problems(() -> this.areas.registerBuilding("990102001001002001", grid, "", null)))
			.extracting(FieldProblem::field)
			.containsExactly("gridCode", "name");

		this.responsibilities.assignGrid(grid, GridDuty.GRID_WORKER, null, "worker-a");
		this.responsibilities.assignGrid(grid, GridDuty.GRID_WORKER, null, "worker-b");
		this.responsibilities.assignGrid(grid, GridDuty.COMMUNITY_LEAD, null, "lead");
		this.responsibilities.assignGrid(grid, GridDuty.PARTY_BRANCH, null, "Branch 1");
		this.responsibilities.assignGrid(grid, GridDuty.DEPARTMENT_LIAISON, "CG", "dept-cg");
		this.responsibilities.assignGrid(grid, GridDuty.DEPARTMENT_LIAISON, "LH", "dept-lh");
		assertThat(this.responsibilities.ofGrid(grid)).isEqualTo(
				new GridResponsibilities("worker-b", "lead", "Branch 1", Map.of("CG", "dept-cg", "LH", "dept-lh")));

		this.responsibilities.assignCommunityStaff("990102001001", "staff-b");
		this.responsibilities.assignCommunityStaff("990102001001", "staff-a");
		this.responsibilities.assignCommunityStaff("990102001001", "staff-a");
		assertThat(this.responsibilities.staffOf("990102001001")).containsExactly("staff-a", "staff-b");
	}

	@Test
	void assignmentsBreakingTheRulesAreRefused() {
		String grid = grid();
		assertThat(problems(() -> this.responsibilities.assignGrid(grid, GridDuty.DEPARTMENT_LIAISON, null, " ")))
			.extracting(FieldProblem::messageKey)
			.containsExactly("area.error.department-required", "area.error.person-missing");
		assertThat(problems(() -> this.responsibilities.assignGrid(grid, GridDuty.GRID_WORKER, "CG", "someone")))
			.extracting(FieldProblem::messageKey)
			.containsExactly("area.error.department-not-allowed");
		assertThat(problems(
				() -> this.responsibilities.assignGrid("990102001001999", GridDuty.GRID_WORKER, null, "someone")))
			.extracting(FieldProblem::messageKey)
			.containsExactly("area.error.unknown");
		assertThat(problems(() -> this.responsibilities.assignCommunityStaff(grid, "someone")))
			.extracting(FieldProblem::messageKey)
			.containsExactly("area.error.unknown");
	}

	private String grid() {
		this.areas.registerDivision("990102", "District", AreaLevel.DISTRICT, null);
		this.areas.registerDivision("990102001", "Street", AreaLevel.STREET, "990102");
		this.areas.registerDivision("990102001001", "Community", AreaLevel.COMMUNITY, "990102001");
		this.gridImport.importGeoJson("""
				{"type": "FeatureCollection", "features": [{"type": "Feature",
				 "properties": {"code": "990102001001001", "name": "Grid 1"},
				 "geometry": {"type": "Polygon", "coordinates": [[[101, 19], [101.001, 19], [101.001, 19.001],
				  [101, 19.001], [101, 19]]]}}]}
				""");
		return "990102001001001";
	}

	private static List<FieldProblem> problems(Runnable action) {
		InvalidInputException refused = catchThrowableOfType(InvalidInputException.class, action::run);
		assertThat(refused).as("refused").isNotNull();
		return refused.problems();
	}

}

package org.linli.demo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.apache.commons.csv.CSVRecord;
import org.linli.area.Area;
import org.linli.area.AreaLevel;
import org.linli.area.Areas;
import org.linli.area.GridDuty;
import org.linli.area.GridImport;
import org.linli.area.Responsibilities;
import org.linli.identity.Accounts;
import org.linli.identity.NewAccount;
import org.linli.identity.Role;

import org.springframework.stereotype.Component;
import org.springframework.util.StopWatch;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds 曹杨新村街道 in one transaction: its divisions, 20 communities and their unit grids,
 * buildings, the responsibility map, one login per role, and households with residents.
 */
@Component
class DemoStreet {

	static final String STREET = "310107005";

	static final String PASSWORD = "linli-demo";

	private static final List<String> LIAISONS = List.of("CG", "LH", "FG", "PCS");

	private final Areas areas;

	private final GridImport gridImport;

	private final Responsibilities responsibilities;

	private final Accounts accounts;

	private final DemoHouseholds households;

	private final DemoText text = new DemoText();

	DemoStreet(Areas areas, GridImport gridImport, Responsibilities responsibilities, Accounts accounts,
			DemoHouseholds households) {
		this.areas = areas;
		this.gridImport = gridImport;
		this.responsibilities = responsibilities;
		this.accounts = accounts;
		this.households = households;
	}

	boolean isLoaded() {
		return this.areas.find(STREET).isPresent();
	}

	@Transactional
	StopWatch load() {
		StopWatch watch = new StopWatch("demo street");
		watch.start("divisions and grids");
		for (CSVRecord division : DemoText.csv("divisions.csv")) {
			this.areas.registerDivision(division.get("code"), division.get("name"),
					AreaLevel.valueOf(division.get("level")), division.get("parent_code"));
		}
		List<CSVRecord> communities = DemoText.csv("caoyang-communities.csv");
		for (CSVRecord community : communities) {
			this.areas.registerDivision(community.get("code"), community.get("name"), AreaLevel.COMMUNITY, STREET);
		}
		this.gridImport.importGeoJson(DemoText.text("caoyang-grids.geojson"));
		watch.stop();
		watch.start("accounts");
		List<NewAccount> logins = new ArrayList<>(roleLogins());
		for (CSVRecord community : communities) {
			logins.addAll(communityTeam(community.get("code"), community.get("name")));
		}
		this.accounts.registerAll(logins);
		watch.stop();
		watch.start("responsibilities and buildings");
		int road = 0;
		for (CSVRecord community : communities) {
			String code = community.get("code");
			String name = community.get("name");
			this.responsibilities.assignCommunityStaff(code, staffOf(code));
			int number = 1;
			for (Area grid : this.areas.children(code)) {
				assignGrid(grid.code(), code, name);
				for (int building = 1; building <= 2; building++) {
					String roadName = this.text.list("roads").get(road++ % this.text.list("roads").size());
					this.areas.registerBuilding(grid.code() + "%03d".formatted(building), grid.code(),
							this.text.format("building.name", name, number),
							this.text.format("building.address", roadName, 100 + number, building));
					number++;
				}
			}
		}
		watch.stop();
		watch.start("households");
		this.households.populate(communities.stream().map((community) -> community.get("code")).toList());
		watch.stop();
		return watch;
	}

	private void assignGrid(String grid, String community, String communityName) {
		this.responsibilities.assignGrid(grid, GridDuty.GRID_WORKER, null, workerOf(community));
		this.responsibilities.assignGrid(grid, GridDuty.COMMUNITY_LEAD, null, staffOf(community));
		this.responsibilities.assignGrid(grid, GridDuty.PARTY_BRANCH, null,
				this.text.format("party-branch", communityName));
		for (String department : LIAISONS) {
			this.responsibilities.assignGrid(grid, GridDuty.DEPARTMENT_LIAISON, department,
					"dept-" + department.toLowerCase(java.util.Locale.ROOT));
		}
	}

	private static List<NewAccount> roleLogins() {
		return DemoText.csv("accounts.csv").stream().map((row) -> {
			Set<Role> roles = EnumSet.noneOf(Role.class);
			Arrays.stream(row.get("roles").split("\\|")).map(Role::valueOf).forEach(roles::add);
			String department = row.get("department_code");
			return new NewAccount(row.get("username"), row.get("display_name"), PASSWORD, roles,
					List.of(row.get("area_codes").split("\\|")), department.isEmpty() ? null : department);
		}).toList();
	}

	private List<NewAccount> communityTeam(String community, String communityName) {
		if (sequence(community) <= 2) {
			return List.of();
		}
		return List.of(
				new NewAccount(staffOf(community),
						this.text.format("staff.name", this.households.personName(community, 1), communityName),
						PASSWORD, Set.of(Role.COMMUNITY_STAFF), List.of(community), null),
				new NewAccount(workerOf(community),
						this.text.format("worker.name", this.households.personName(community, 2)), PASSWORD,
						Set.of(Role.GRID_WORKER), List.of(community), null));
	}

	static String staffOf(String community) {
		int sequence = sequence(community);
		return (sequence <= 2) ? "staff" + sequence : "staff-%03d".formatted(sequence);
	}

	static String workerOf(String community) {
		int sequence = sequence(community);
		return (sequence <= 2) ? "worker" + sequence : "worker-%03d".formatted(sequence);
	}

	private static int sequence(String community) {
		return Integer.parseInt(community.substring(community.length() - 3));
	}

}

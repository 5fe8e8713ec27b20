package org.linli.resident;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.linli.LinliTest;
import org.linli.area.Areas;
import org.linli.shared.ConflictException;
import org.linli.shared.FieldProblem;
import org.linli.shared.InvalidInputException;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@LinliTest
class HouseholdRegistryTests {

	private final HouseholdRegistry registry;

	private final JdbcClient jdbc;

	private final ResidentFixtures fixtures;

	private static final AtomicInteger PEOPLE = new AtomicInteger(20_000);

	private static final AtomicInteger DOORS = new AtomicInteger();

	private final int serial = DOORS.incrementAndGet();

	@Autowired
	HouseholdRegistryTests(HouseholdRegistry registry, Areas areas, JdbcClient jdbc) {
		this.registry = registry;
		this.jdbc = jdbc;
		this.fixtures = new ResidentFixtures(areas, registry);
	}

	@Test
	void batchRegistersHouseholdsWithTheirMembersInOrder() {
		String building = this.fixtures.buildingIn(ResidentFixtures.COMMUNITY_2);
		List<NewHousehold> households = new ArrayList<>();
		for (int i = 0; i < 300; i++) {
			households.add(new NewHousehold(building, "B" + this.serial + "-" + i, 1 + i % 6,
					new BigDecimal("60.25").add(BigDecimal.valueOf(i)), i % 2 == 0,
					List.of(person(Relation.HEAD, Gender.MALE), person(Relation.SPOUSE, Gender.FEMALE))));
		}

		List<Long> ids = this.registry.registerHouseholds(households);

		assertThat(ids).hasSize(300).doesNotHaveDuplicates();
		HouseholdSummary last = this.registry.household(ids.getLast()).orElseThrow();
		assertThat(last.room()).isEqualTo("B" + this.serial + "-299");
		assertThat(last.floorArea()).isEqualByComparingTo("359.25");
		assertThat(last.memberCount()).isEqualTo(2);
		assertThat(last.gridCode()).isEqualTo(building.substring(0, 15));
		assertThat(last.communityCode()).isEqualTo(ResidentFixtures.COMMUNITY_2);
		assertThat(this.registry.householdsUnder(building)).extracting(HouseholdSummary::id).containsAll(ids);
	}

	@Test
	void anInvalidBatchIsRefusedWithEveryProblemAndStoresNothing() {
		String building = this.fixtures.buildingIn(ResidentFixtures.COMMUNITY_1);
		long before = households();
		NewResident badPhoneAndId = new NewResident("王五", Gender.MALE, 1980, Relation.HEAD, "12345",
				"110105194912310021", false, Set.of());
		NewResident wrongGender = new NewResident("赵六", Gender.MALE, 1949, Relation.SPOUSE, null, "11010519491231002X",
				false, Set.of());
		List<NewHousehold> batch = List.of(
				new NewHousehold(building, "C" + this.serial, 2, new BigDecimal("50"), true,
						List.of(person(Relation.HEAD, Gender.MALE))),
				new NewHousehold("31010700500", " ", 2, new BigDecimal("-1"), true, List.of()),
				new NewHousehold(building.substring(0, 15) + "999", "D" + this.serial, 2, new BigDecimal("50.123"),
						true, List.of(badPhoneAndId, wrongGender)));

		assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> this.registry.registerHouseholds(batch))
			.satisfies((ex) -> assertThat(ex.problems()).extracting(FieldProblem::field)
				.containsExactlyInAnyOrder("households[1].buildingCode", "households[1].room",
						"households[1].floorArea", "households[2].floorArea", "households[2].members[0].phone",
						"households[2].members[0].idNumber", "households[2].members[1].gender",
						"households[2].buildingCode"));
		assertThat(households()).isEqualTo(before);
	}

	@Test
	void anIdNumberBelongsToOnePersonOnly() {
		String building = this.fixtures.buildingIn(ResidentFixtures.COMMUNITY_1);
		NewResident person = person(Relation.HEAD, Gender.FEMALE);
		this.registry
			.registerHousehold(new NewHousehold(building, "E" + this.serial, 1, BigDecimal.TEN, true, List.of(person)));
		long other = this.registry
			.registerHousehold(new NewHousehold(building, "F" + this.serial, 1, BigDecimal.TEN, true, List.of()));

		assertThatExceptionOfType(ConflictException.class)
			.isThrownBy(() -> this.registry.registerResident(other, person))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("resident.error.id-number-taken"));
	}

	@Test
	void aHouseholdHasOneHeadAndOneDoor() {
		String building = this.fixtures.buildingIn(ResidentFixtures.COMMUNITY_1);
		long id = this.registry.registerHousehold(new NewHousehold(building, "G" + this.serial, 1, BigDecimal.TEN, true,
				List.of(person(Relation.HEAD, Gender.MALE))));

		assertThatExceptionOfType(ConflictException.class)
			.isThrownBy(() -> this.registry.registerResident(id, person(Relation.HEAD, Gender.FEMALE)))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("resident.error.head-taken"));
		assertThatExceptionOfType(ConflictException.class)
			.isThrownBy(() -> this.registry
				.registerHousehold(new NewHousehold(building, "G" + this.serial, 1, BigDecimal.TEN, true, List.of())))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("resident.error.door-taken"));
	}

	@Test
	void anAccountIsLinkedToOneHousehold() {
		String building = this.fixtures.buildingIn(ResidentFixtures.COMMUNITY_2);
		long first = this.registry
			.registerHousehold(new NewHousehold(building, "H" + this.serial, 1, BigDecimal.TEN, false, List.of()));
		long second = this.registry
			.registerHousehold(new NewHousehold(building, "I" + this.serial, 1, BigDecimal.TEN, false, List.of()));
		String username = "tenant" + this.serial;

		this.registry.linkAccount(first, username);

		assertThat(this.registry.householdOf(username)).map(HouseholdSummary::id).contains(first);
		assertThatExceptionOfType(ConflictException.class).isThrownBy(() -> this.registry.linkAccount(second, username))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("resident.error.account-taken"));
	}

	private NewResident person(Relation relation, Gender gender) {
		return ResidentFixtures.person("测试", gender, relation, PEOPLE.incrementAndGet());
	}

	private long households() {
		return this.jdbc.sql("select count(*) from resident.household").query(Long.class).single();
	}

}

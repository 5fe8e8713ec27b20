package org.linli.resident;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.linli.area.Area;
import org.linli.area.Areas;

/**
 * Households registered by the tests themselves, in real buildings of the demo street,
 * with numbers no demo resident has.
 */
final class ResidentFixtures {

	static final String COMMUNITY_1 = "310107005001";

	static final String COMMUNITY_2 = "310107005002";

	private static final AtomicInteger SERIAL = new AtomicInteger();

	private final Areas areas;

	private final HouseholdRegistry registry;

	ResidentFixtures(Areas areas, HouseholdRegistry registry) {
		this.areas = areas;
		this.registry = registry;
	}

	String buildingIn(String community) {
		Area grid = this.areas.children(community).getFirst();
		return this.areas.children(grid.code()).getFirst().code();
	}

	/**
	 * A household of two under the community: a head with phone and ID number, and a
	 * spouse.
	 */
	Family family(String community) {
		int serial = SERIAL.incrementAndGet();
		String building = buildingIn(community);
		NewResident head = person("欧阳娜娜", Gender.FEMALE, Relation.HEAD, serial * 2);
		NewResident spouse = person("张三", Gender.MALE, Relation.SPOUSE, serial * 2 + 1);
		long id = this.registry.registerHousehold(
				new NewHousehold(building, "T" + serial, 3, new BigDecimal("72.50"), true, List.of(head, spouse)));
		return new Family(id, building, head, spouse);
	}

	static NewResident person(String name, Gender gender, Relation relation, int serial) {
		LocalDate born = LocalDate.of(1950, 1, 1).plusDays(serial);
		int sequence = 2 * (serial % 400) + ((gender == Gender.MALE) ? 1 : 0);
		String phone = "139%08d".formatted(serial);
		return new NewResident(name, gender, born.getYear(), relation, phone,
				ResidentIdNumber.compose("110105", born, sequence).value(), false, Set.of(SpecialGroup.VETERAN));
	}

	record Family(long householdId, String building, NewResident head, NewResident spouse) {

	}

}

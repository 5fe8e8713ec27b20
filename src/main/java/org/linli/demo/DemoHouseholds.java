package org.linli.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.linli.area.Area;
import org.linli.area.Areas;
import org.linli.identity.Accounts;
import org.linli.identity.NewAccount;
import org.linli.identity.Role;
import org.linli.resident.Gender;
import org.linli.resident.HouseholdRegistry;
import org.linli.resident.NewHousehold;
import org.linli.resident.NewResident;
import org.linli.resident.Relation;
import org.linli.resident.ResidentIdNumber;
import org.linli.resident.SpecialGroup;

import org.springframework.stereotype.Component;

/**
 * Households of the demo street: every building has six floors of two flats, each flat
 * one to four people with plausible (synthetic) names, ages, phone and ID numbers.
 * Deterministic, so every demo start looks the same.
 */
@Component
class DemoHouseholds {

	static final int FLOORS = 6;

	static final int FLATS_PER_FLOOR = 2;

	/** The demo residents own their flats, so they vote in owners' decisions. */
	static final Set<String> RESIDENT_FLATS = Set.of("310107005001001001/501", "310107005002001001/301");

	private final Areas areas;

	private final Accounts accounts;

	private final HouseholdRegistry registry;

	private final DemoNames names = new DemoNames();

	DemoHouseholds(Areas areas, Accounts accounts, HouseholdRegistry registry) {
		this.areas = areas;
		this.accounts = accounts;
		this.registry = registry;
	}

	void populate(List<String> communities) {
		Random random = new Random(2026);
		Map<String, Long> ids = new HashMap<>();
		Map<String, String> heads = new HashMap<>();
		for (String community : communities) {
			List<NewHousehold> households = new ArrayList<>();
			for (Area grid : this.areas.children(community)) {
				for (Area building : this.areas.children(grid.code())) {
					for (int floor = 1; floor <= FLOORS; floor++) {
						for (int flat = 1; flat <= FLATS_PER_FLOOR; flat++) {
							households.add(household(random, building.code(), floor, flat));
						}
					}
				}
			}
			List<Long> registered = this.registry.registerHouseholds(households);
			for (int i = 0; i < households.size(); i++) {
				NewHousehold household = households.get(i);
				String key = household.buildingCode() + "/" + household.room();
				ids.put(key, registered.get(i));
				heads.put(key, household.members().get(0).name());
			}
		}
		linkResident("resident1", "310107005001001001/501", ids, heads);
		linkResident("resident2", "310107005002001001/301", ids, heads);
	}

	private void linkResident(String username, String flat, Map<String, Long> ids, Map<String, String> heads) {
		this.accounts.register(new NewAccount(username, heads.get(flat), DemoStreet.PASSWORD, Set.of(Role.RESIDENT),
				List.of(flat.substring(0, 15)), null));
		this.registry.linkAccount(ids.get(flat), username);
	}

	String personName(String seed, int salt) {
		Random random = new Random(seed.hashCode() * 31L + salt);
		return this.names.fullName(random, random.nextBoolean() ? Gender.MALE : Gender.FEMALE,
				1970 + random.nextInt(25));
	}

	private NewHousehold household(Random random, String building, int floor, int flat) {
		BigDecimal area = BigDecimal.valueOf(36 + random.nextInt(40) + random.nextInt(10) / 10.0)
			.setScale(2, RoundingMode.HALF_UP);
		String surname = this.names.surname(random);
		int headBirthYear = 1940 + random.nextInt(55);
		Gender headGender = random.nextBoolean() ? Gender.MALE : Gender.FEMALE;
		List<NewResident> members = new ArrayList<>();
		int size = 1 + random.nextInt(4);
		members.add(person(random, surname, headGender, headBirthYear, Relation.HEAD, size == 1));
		if (size >= 2) {
			members.add(person(random, this.names.surname(random), opposite(headGender),
					headBirthYear + random.nextInt(5) - 2, Relation.SPOUSE, false));
		}
		for (int child = 3; child <= size; child++) {
			members.add(person(random, surname, random.nextBoolean() ? Gender.MALE : Gender.FEMALE,
					Math.min(headBirthYear + 24 + random.nextInt(10), 2020), Relation.CHILD, false));
		}
		String room = "%d%02d".formatted(floor, flat);
		boolean owner = random.nextInt(10) < 8;
		return new NewHousehold(building, room, floor, area, owner || RESIDENT_FLATS.contains(building + "/" + room),
				members);
	}

	private NewResident person(Random random, String surname, Gender gender, int birthYear, Relation relation,
			boolean alone) {
		Set<SpecialGroup> groups = EnumSet.noneOf(SpecialGroup.class);
		if (alone && birthYear < 1960) {
			groups.add(SpecialGroup.ELDERLY_LIVING_ALONE);
		}
		String phone = "1" + (3 + random.nextInt(7)) + "%09d".formatted(random.nextInt(1_000_000_000));
		return new NewResident(surname + this.names.givenName(random, gender, birthYear), gender, birthYear, relation,
				phone, uniqueIdNumber(random, gender, birthYear), random.nextInt(100) < 8, groups);
	}

	private final Set<String> issuedIdNumbers = new HashSet<>();

	private String uniqueIdNumber(Random random, Gender gender, int birthYear) {
		String number = idNumber(random, gender, birthYear);
		while (!this.issuedIdNumbers.add(number)) {
			number = idNumber(random, gender, birthYear);
		}
		return number;
	}

	static String idNumber(Random random, Gender gender, int birthYear) {
		LocalDate birthday = LocalDate.of(birthYear, 1, 1).plusDays(random.nextInt(365));
		int sequence = random.nextInt(500) * 2 + ((gender == Gender.MALE) ? 1 : 0);
		return ResidentIdNumber.compose("310107", birthday, sequence).value();
	}

	private static Gender opposite(Gender gender) {
		return (gender == Gender.MALE) ? Gender.FEMALE : Gender.MALE;
	}

}

package org.linli.resident;

import java.util.List;
import java.util.Optional;

/**
 * Registers households and residents (for importers and the demo loader) and answers the
 * system-level questions other modules ask about households. Nothing here is scoped to
 * the caller and nothing here returns personal data; people-facing reads go through
 * {@link ResidentDirectory}.
 */
public interface HouseholdRegistry {

	/** Registers the household and its members; returns the household's id. */
	long registerHousehold(NewHousehold household);

	/**
	 * Registers many households with their members in one transaction using batched
	 * statements (thousands per second). Every row is checked first; if any is invalid
	 * nothing is stored and every problem is reported.
	 * @return the households' ids, in the order given
	 */
	List<Long> registerHouseholds(List<NewHousehold> households);

	/** Adds a person to an existing household; returns the resident's id. */
	long registerResident(long householdId, NewResident resident);

	/**
	 * Links a resident's account to the household; an account belongs to at most one
	 * household.
	 */
	void linkAccount(long householdId, String username);

	Optional<HouseholdSummary> household(long id);

	/** The household whose linked account is this username. */
	Optional<HouseholdSummary> householdOf(String username);

	/**
	 * The person behind the account is a party member: the account is linked to a
	 * household whose head is one.
	 */
	boolean isPartyMember(String username);

	/**
	 * Every household whose building code starts with the area code (a community, grid or
	 * building).
	 */
	List<HouseholdSummary> householdsUnder(String areaCode);

}

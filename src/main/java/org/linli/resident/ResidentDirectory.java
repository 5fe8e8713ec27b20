package org.linli.resident;

import java.util.List;

/**
 * Households and residents as the signed-in person may see them: staff, grid workers,
 * dispatchers, leaders and administrators within their areas, a resident only their own
 * household, department handlers nothing. Records out of scope are reported as not found.
 * Phone and ID number are always masked; {@link #reveal} is the one audited way to read
 * them in clear.
 */
public interface ResidentDirectory {

	/**
	 * Households in scope, optionally under an area code (community, grid or building),
	 * ordered by door.
	 */
	HouseholdPage households(String areaCode, int page, int size);

	HouseholdDetails household(long id);

	ResidentView resident(long id);

	/**
	 * Returns the resident's name, phone and ID number in clear and records who asked and
	 * why in the audit log, in the same transaction. Only community staff, grid workers,
	 * dispatchers and administrators covering the household may do this.
	 * @param reason why the clear values are needed; required
	 */
	RevealedResident reveal(long id, String reason);

	/**
	 * Residents in scope with exactly this phone number (masked views); the lookup itself
	 * is audited.
	 */
	List<ResidentView> findByPhone(String phone);

	/**
	 * Residents in scope with exactly this ID number (masked views); the lookup itself is
	 * audited.
	 */
	List<ResidentView> findByIdNumber(String idNumber);

}

package org.linli.resident;

import java.util.Set;

/**
 * A person to register in a household. Phone and ID number are optional (least data);
 * when the ID number is given, gender and birth year must agree with it.
 */
public record NewResident(String name, Gender gender, int birthYear, Relation relation, String phone, String idNumber,
		boolean partyMember, Set<SpecialGroup> groups) {

	public NewResident {
		phone = (phone == null || phone.isBlank()) ? null : phone;
		idNumber = (idNumber == null || idNumber.isBlank()) ? null : idNumber;
		groups = (groups != null) ? Set.copyOf(groups) : Set.of();
	}

}

package org.linli.resident;

import java.time.Instant;
import java.util.Set;

/**
 * A resident as a scoped reader sees them: phone and ID number always masked
 * ({@code 138****5678}, {@code 310***********1234}); the name masked (surname kept, one
 * star per other character) for readers who do not work with residents by name. Null
 * phone or ID number means none is recorded.
 */
public record ResidentView(long id, long householdId, String name, Gender gender, int birthYear, Relation relation,
		String phone, String idNumber, boolean partyMember, Set<SpecialGroup> groups, Instant createdAt,
		Instant updatedAt) {

	public ResidentView {
		groups = Set.copyOf(groups);
	}

}

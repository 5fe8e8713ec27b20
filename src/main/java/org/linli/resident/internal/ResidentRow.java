package org.linli.resident.internal;

import java.time.Instant;
import java.util.Set;

import org.linli.resident.Gender;
import org.linli.resident.Relation;
import org.linli.resident.ResidentView;
import org.linli.resident.SpecialGroup;

/**
 * A resident as read for ordinary views: the masked forms only, never the sealed values.
 */
record ResidentRow(long id, long householdId, String gridCode, String accountUsername, String name, Gender gender,
		int birthYear, Relation relation, String phoneMasked, String idNumberMasked, boolean partyMember,
		Set<SpecialGroup> groups, Instant createdAt, Instant updatedAt) implements Placed {

	ResidentView view(String shownName) {
		return new ResidentView(this.id, this.householdId, shownName, this.gender, this.birthYear, this.relation,
				this.phoneMasked, this.idNumberMasked, this.partyMember, this.groups, this.createdAt, this.updatedAt);
	}

}

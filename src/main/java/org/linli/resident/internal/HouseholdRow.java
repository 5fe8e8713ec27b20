package org.linli.resident.internal;

import java.math.BigDecimal;

import org.linli.resident.HouseholdSummary;
import org.linli.resident.HouseholdView;

record HouseholdRow(long id, String buildingCode, String gridCode, String communityCode, String room, int floor,
		BigDecimal floorArea, boolean ownerOccupied, String accountUsername, Long headId, String headName,
		int memberCount) implements Placed {

	HouseholdSummary summary() {
		return new HouseholdSummary(this.id, this.buildingCode, this.gridCode, this.communityCode, this.room,
				this.floor, this.floorArea, this.ownerOccupied, this.memberCount, this.accountUsername);
	}

	HouseholdView view(String shownHeadName) {
		return new HouseholdView(this.id, this.buildingCode, this.gridCode, this.communityCode, this.room, this.floor,
				this.floorArea, this.ownerOccupied, this.memberCount, this.headId, shownHeadName,
				this.accountUsername != null);
	}

}

package org.linli.resident;

import java.math.BigDecimal;
import java.util.List;

/**
 * A household to register, with the people living in it; at most one member is the
 * {@link Relation#HEAD}.
 *
 * @param buildingCode the 18-digit area code of the building (grid code + 3 digits)
 * @param room the door or room number, unique within the building
 * @param floorArea the dwelling's floor area in square metres, used to weigh owners'
 * votes and cost shares
 */
public record NewHousehold(String buildingCode, String room, int floor, BigDecimal floorArea, boolean ownerOccupied,
		List<NewResident> members) {

	public NewHousehold {
		members = (members != null) ? List.copyOf(members) : List.of();
	}

}

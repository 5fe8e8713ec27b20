package org.linli.resident;

import java.math.BigDecimal;

/**
 * A household as a scoped reader sees it in a list.
 *
 * @param headName the head's name, masked unless the reader works with residents by name
 * @param accountLinked whether a resident account is linked (the username itself is not
 * shown)
 */
public record HouseholdView(long id, String buildingCode, String gridCode, String communityCode, String room, int floor,
		BigDecimal floorArea, boolean ownerOccupied, int memberCount, Long headResidentId, String headName,
		boolean accountLinked) {

}

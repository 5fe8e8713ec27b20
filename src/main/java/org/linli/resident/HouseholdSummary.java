package org.linli.resident;

import java.math.BigDecimal;

/**
 * The facts about a household other modules need (voting, cost sharing, finding a
 * resident's building); no personal data of its members.
 *
 * @param accountUsername the resident account linked to the household, or null
 */
public record HouseholdSummary(long id, String buildingCode, String gridCode, String communityCode, String room,
		int floor, BigDecimal floorArea, boolean ownerOccupied, int memberCount, String accountUsername) {

}

package org.linli.deliberation.internal;

import java.math.BigDecimal;

/**
 * A household of the electorate as it stood when the vote opened: for an owners' vote one
 * dwelling is one owner with its exclusive floor area.
 */
record Voter(long householdId, String buildingCode, String room, int floor, BigDecimal floorArea, boolean ownerOccupied,
		String accountUsername) {

}

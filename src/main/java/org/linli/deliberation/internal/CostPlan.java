package org.linli.deliberation.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.linli.deliberation.CostMethod;

/**
 * A cost-sharing plan: the total, what the community fund matches, how the rest is split
 * and each household's share in fen (adding up exactly to total − match).
 *
 * @param floorWeights the weight of each floor, for {@link CostMethod#BY_FLOOR_WEIGHTS}
 * only
 */
record CostPlan(long totalFen, long fundMatchFen, CostMethod method, Map<Integer, BigDecimal> floorWeights,
		List<Share> shares, String setBy, Instant setAt) {

	CostPlan {
		floorWeights = (floorWeights != null) ? Map.copyOf(floorWeights) : Map.of();
		shares = List.copyOf(shares);
	}

	long sharedFen() {
		return this.totalFen - this.fundMatchFen;
	}

	record Share(long householdId, String buildingCode, String room, int floor, BigDecimal floorArea, BigDecimal weight,
			long amountFen) {
	}

}

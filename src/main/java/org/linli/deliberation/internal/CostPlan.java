package org.linli.deliberation.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.linli.deliberation.CostMethod;
import org.linli.shared.ConflictException;
import org.linli.shared.FieldProblem;
import org.linli.shared.InvalidInputException;

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

	/**
	 * Shares the total less the fund's match among the payers by the method, to the fen
	 * ({@link CostSharing}).
	 */
	static CostPlan share(List<Voter> payers, long totalFen, long matchFen, CostMethod method,
			Map<Integer, BigDecimal> floorWeights, String actor, Instant now) {
		if (payers.isEmpty()) {
			throw new ConflictException("deliberation.error.no-households");
		}
		List<FieldProblem> problems = new ArrayList<>();
		List<BigDecimal> weights = payers.stream().map((payer) -> switch (method) {
			case EQUAL -> BigDecimal.ONE;
			case BY_AREA -> payer.floorArea();
			case BY_FLOOR_WEIGHTS ->
				floorWeights.isEmpty() ? FloorWeights.lift(payer.floor()) : floorWeights.get(payer.floor());
		}).toList();
		for (int i = 0; i < payers.size(); i++) {
			if (weights.get(i) == null) {
				problems.add(new FieldProblem("floorWeights." + payers.get(i).floor(),
						"deliberation.error.weight-missing", payers.get(i).floor()));
			}
		}
		Inputs.refuseIfAny(problems.stream().distinct().toList());
		if (weights.stream().allMatch((weight) -> weight.signum() == 0)) {
			throw new InvalidInputException("floorWeights", "deliberation.error.weights-zero");
		}
		List<Long> amounts = CostSharing.split(totalFen - matchFen, weights);
		List<CostPlan.Share> shares = new ArrayList<>();
		for (int i = 0; i < payers.size(); i++) {
			Voter payer = payers.get(i);
			shares.add(new CostPlan.Share(payer.householdId(), payer.buildingCode(), payer.room(), payer.floor(),
					payer.floorArea(), weights.get(i), amounts.get(i)));
		}
		return new CostPlan(totalFen, matchFen, method, floorWeights, shares, actor, now);
	}

	record Share(long householdId, String buildingCode, String room, int floor, BigDecimal floorArea, BigDecimal weight,
			long amountFen) {
	}

}

package org.linli.deliberation.internal;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.linli.deliberation.CostMethod;
import org.linli.shared.FieldProblem;

/**
 * The weight each floor carries in a floor-weighted cost plan. Without weights given, a
 * lift's usual rule applies: the ground floor pays nothing and each floor above carries
 * one more unit than the one below (floor − 1).
 */
final class FloorWeights {

	private FloorWeights() {
	}

	static BigDecimal lift(int floor) {
		return BigDecimal.valueOf(Math.max(0, floor - 1));
	}

	/** {@code 1:0,2:1,3:1.5} */
	static String format(Map<Integer, BigDecimal> weights) {
		return new TreeMap<>(weights).entrySet()
			.stream()
			.map((entry) -> entry.getKey() + ":" + entry.getValue().toPlainString())
			.collect(Collectors.joining(","));
	}

	static Map<Integer, BigDecimal> parse(String text) {
		Map<Integer, BigDecimal> weights = new TreeMap<>();
		if (text == null || text.isBlank()) {
			return weights;
		}
		for (String pair : text.split(",")) {
			String[] parts = pair.split(":");
			weights.put(Integer.parseInt(parts[0]), new BigDecimal(parts[1]));
		}
		return weights;
	}

	/** The weights given per floor, read from the request (floor → weight). */
	static Map<Integer, BigDecimal> read(Map<String, BigDecimal> given, CostMethod method,
			List<FieldProblem> problems) {
		Map<Integer, BigDecimal> weights = new HashMap<>();
		if (given == null || given.isEmpty()) {
			return weights;
		}
		if (method != CostMethod.BY_FLOOR_WEIGHTS) {
			problems.add(new FieldProblem("floorWeights", "deliberation.error.weights-unused"));
			return weights;
		}
		given.forEach((floor, weight) -> {
			try {
				if (weight == null || weight.signum() < 0 || weight.scale() > 4 || weight.precision() > 12) {
					throw new NumberFormatException();
				}
				weights.put(Integer.parseInt(floor.strip()), weight);
			}
			catch (NumberFormatException ex) {
				problems.add(new FieldProblem("floorWeights." + floor, "deliberation.error.weight"));
			}
		});
		return weights;
	}

}

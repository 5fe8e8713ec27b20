package org.linli.deliberation.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Splits an amount in fen among payers in proportion to their weights, by the largest
 * remainder: everyone gets the floor of their exact share, and the fen left over go one
 * each to the largest fractional remainders (ties to the earlier payer), so the shares
 * add up exactly to the amount and no share is off by a fen or more. All in integers.
 */
final class CostSharing {

	private CostSharing() {
	}

	/**
	 * @param weights one non-negative weight per payer, not all zero
	 * @return the shares in fen, in the payers' order
	 */
	static List<Long> split(long amountFen, List<BigDecimal> weights) {
		if (amountFen < 0) {
			throw new IllegalArgumentException("negative amount");
		}
		int scale = weights.stream()
			.mapToInt((weight) -> Math.max(0, weight.stripTrailingZeros().scale()))
			.max()
			.orElse(0);
		List<BigInteger> units = weights.stream()
			.map((weight) -> weight.movePointRight(scale).toBigIntegerExact())
			.toList();
		if (units.stream().anyMatch((unit) -> unit.signum() < 0)) {
			throw new IllegalArgumentException("negative weight");
		}
		BigInteger whole = units.stream().reduce(BigInteger.ZERO, BigInteger::add);
		if (whole.signum() == 0) {
			throw new IllegalArgumentException("all weights are zero");
		}
		BigInteger amount = BigInteger.valueOf(amountFen);
		List<Long> shares = new ArrayList<>(units.size());
		List<BigInteger> remainders = new ArrayList<>(units.size());
		long given = 0;
		for (BigInteger unit : units) {
			BigInteger[] division = amount.multiply(unit).divideAndRemainder(whole);
			shares.add(division[0].longValueExact());
			remainders.add(division[1]);
			given += division[0].longValueExact();
		}
		long left = amountFen - given;
		List<Integer> order = IntStream.range(0, units.size())
			.boxed()
			.sorted(Comparator.comparing(remainders::get, Comparator.reverseOrder()))
			.toList();
		for (int i = 0; i < left; i++) {
			int payer = order.get(i);
			shares.set(payer, shares.get(payer) + 1);
		}
		return shares;
	}

}

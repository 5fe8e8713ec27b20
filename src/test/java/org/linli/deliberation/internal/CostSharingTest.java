package org.linli.deliberation.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Shares add up to the amount to the fen, each within one fen of its exact share.
 */
class CostSharingTest {

	@Test
	void oneHundredYuanAmongThreeHouseholdsGivesTheLeftoverFenToTheFirst() {
		List<Long> shares = CostSharing.split(10_000, weights("1", "1", "1"));

		assertThat(shares).containsExactly(3_334L, 3_333L, 3_333L);
	}

	@Test
	void twoFenAmongThreeGoToTheEarlierPayersOnATie() {
		assertThat(CostSharing.split(2, weights("1", "1", "1"))).containsExactly(1L, 1L, 0L);
	}

	@Test
	void byAreaTheLargestRemaindersGetTheLeftoverFen() {
		// 1000.01 yuan by 37.70 / 66.50 / 48.10 m² (152.30 in all):
		// exact shares 24754.02…, 43664.26…, 31582.72… fen: one fen left over, to the
		// last
		List<Long> shares = CostSharing.split(100_001, weights("37.70", "66.50", "48.10"));

		assertThat(shares).containsExactly(24_754L, 43_664L, 31_583L);
		assertThat(shares.stream().mapToLong(Long::longValue).sum()).isEqualTo(100_001);
	}

	@Test
	void aLiftsGroundFloorPaysNothingAndHigherFloorsPayMore() {
		List<BigDecimal> floors = new ArrayList<>();
		for (int floor = 1; floor <= 6; floor++) {
			floors.add(FloorWeights.lift(floor));
			floors.add(FloorWeights.lift(floor));
		}
		List<Long> shares = CostSharing.split(36_800_000, floors);

		assertThat(shares.get(0)).isZero();
		assertThat(shares.get(1)).isZero();
		assertThat(shares.get(11)).isGreaterThan(shares.get(9)).isGreaterThan(shares.get(2));
		assertThat(shares.stream().mapToLong(Long::longValue).sum()).isEqualTo(36_800_000);
	}

	@Test
	void awkwardAmountsAndWeightsAlwaysAddUpAndStayWithinOneFen() {
		Random random = new Random(278);
		long[] amounts = { 1, 7, 99, 100_001, 9_999_999, 36_800_000, 300_000 };
		for (long amount : amounts) {
			for (int round = 0; round < 50; round++) {
				List<BigDecimal> weights = new ArrayList<>();
				int payers = 1 + random.nextInt(40);
				for (int i = 0; i < payers; i++) {
					weights.add(BigDecimal.valueOf(random.nextInt(20_000), 2));
				}
				weights.set(0, weights.get(0).add(BigDecimal.ONE));
				List<Long> shares = CostSharing.split(amount, weights);

				assertThat(shares.stream().mapToLong(Long::longValue).sum()).isEqualTo(amount);
				BigDecimal whole = weights.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
				for (int i = 0; i < payers; i++) {
					BigDecimal exact = BigDecimal.valueOf(amount)
						.multiply(weights.get(i))
						.divide(whole, 10, RoundingMode.HALF_EVEN);
					assertThat(BigDecimal.valueOf(shares.get(i)).subtract(exact).abs()).isLessThan(BigDecimal.ONE);
				}
			}
		}
	}

	@Test
	void weightsThatAreAllZeroOrNegativeAreRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> CostSharing.split(100, weights("0", "0")));
		assertThatIllegalArgumentException().isThrownBy(() -> CostSharing.split(100, weights("1", "-1")));
	}

	private static List<BigDecimal> weights(String... values) {
		return java.util.Arrays.stream(values).map(BigDecimal::new).toList();
	}

}

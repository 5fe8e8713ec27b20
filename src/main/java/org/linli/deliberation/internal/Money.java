package org.linli.deliberation.internal;

import java.math.BigDecimal;
import java.util.Optional;

/** Yuan with two decimals on the outside, whole fen inside. */
final class Money {

	/** 100 million yuan: far above any matter's cost. */
	static final long MAX_FEN = 10_000_000_000L;

	private Money() {
	}

	/** Empty when not a positive amount with at most two decimals up to the maximum. */
	static Optional<Long> fen(BigDecimal yuan) {
		if (yuan == null || yuan.signum() < 0 || yuan.stripTrailingZeros().scale() > 2) {
			return Optional.empty();
		}
		long fen = yuan.movePointRight(2).longValue();
		return (fen <= MAX_FEN) ? Optional.of(fen) : Optional.empty();
	}

	static BigDecimal yuan(long fen) {
		return BigDecimal.valueOf(fen, 2);
	}

	static String format(long fen) {
		return yuan(fen).toPlainString();
	}

}

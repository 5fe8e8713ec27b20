package org.linli.deliberation.internal;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A share a part must reach of a whole: "at least" ({@code >=2/3}) or "more than"
 * ({@code >1/2}). Judged by cross-multiplying exact numbers, never by dividing.
 */
record Threshold(int numerator, int denominator, boolean inclusive) {

	static final Threshold AT_LEAST_TWO_THIRDS = new Threshold(2, 3, true);

	static final Threshold MORE_THAN_HALF = new Threshold(1, 2, false);

	static final Threshold AT_LEAST_THREE_QUARTERS = new Threshold(3, 4, true);

	private static final Pattern TEXT = Pattern.compile("(>=|>)\\s*([0-9]{1,3})\\s*/\\s*([0-9]{1,3})");

	Threshold {
		if (denominator <= 0 || numerator < 0 || numerator > denominator) {
			throw new IllegalArgumentException("not a share: " + numerator + "/" + denominator);
		}
	}

	/** Parses {@code >=2/3} or {@code >1/2}; empty for anything else. */
	static Optional<Threshold> parse(String text) {
		Matcher matcher = (text != null) ? TEXT.matcher(text.strip()) : null;
		if (matcher == null || !matcher.matches()) {
			return Optional.empty();
		}
		int numerator = Integer.parseInt(matcher.group(2));
		int denominator = Integer.parseInt(matcher.group(3));
		if (denominator == 0 || numerator > denominator) {
			return Optional.empty();
		}
		return Optional.of(new Threshold(numerator, denominator, matcher.group(1).equals(">=")));
	}

	/** part / whole reaches the threshold: part × d ≥ whole × n (or &gt;). */
	boolean met(BigDecimal part, BigDecimal whole) {
		int comparison = part.multiply(BigDecimal.valueOf(this.denominator))
			.compareTo(whole.multiply(BigDecimal.valueOf(this.numerator)));
		return this.inclusive ? comparison >= 0 : comparison > 0;
	}

	boolean met(long part, long whole) {
		return met(BigDecimal.valueOf(part), BigDecimal.valueOf(whole));
	}

	@Override
	public String toString() {
		return (this.inclusive ? ">=" : ">") + this.numerator + "/" + this.denominator;
	}

}

package org.linli.ledger.internal;

/**
 * One indicator's value with the figures it comes from, so anyone can check the
 * arithmetic. {@code denominator} is null for a plain count; {@code value} is null when
 * the denominator is zero.
 */
public record Figure(long numerator, Long denominator, Double value) {

	static Figure count(long count) {
		return new Figure(count, null, (double) count);
	}

	static Figure ratio(long numerator, long denominator) {
		return new Figure(numerator, denominator, (denominator > 0) ? (double) numerator / denominator : null);
	}

}

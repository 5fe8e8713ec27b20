package org.linli.ledger.internal;

import java.util.Locale;

/**
 * What the summary tables count, one column each. Each is dated by the day of its own
 * step (see {@link Contributions}); every indicator is a ratio of these sums
 * ({@link Indicator}).
 */
public enum Measure {

	/** Reported (收集), dated by the report. */
	COLLECTED,
	/** Registered (立案), dated by the registration, and of those: */
	REGISTERED, REGISTERED_ON_TIME, REGISTERED_VOIDED, REGISTERED_CLOSED,
	/** Closed (办结/结案), dated by the current closure, and of those evaluated. */
	RESOLVED, RESOLVED_EVALUATED,
	/** Working minutes from registration to closure, and closures by working hours. */
	CLOSE_MINUTES, CLOSE_LE1, CLOSE_LE2, CLOSE_LE4, CLOSE_LE8, CLOSE_LE16, CLOSE_LE24, CLOSE_LE40, CLOSE_LE80,
	CLOSE_LE160, CLOSE_LE320, CLOSE_OVER,
	/**
	 * Closures due: orders that came to term (closed by their due, or their due passed),
	 * dated by the term, and of those suspended now, closed, closed by the due.
	 */
	CLOSURE_DUE, CLOSURE_DUE_SUSPENDED, CLOSURE_DUE_CLOSED, CLOSURE_DUE_ON_TIME,
	/** Orders dispatched, dated by dispatch, per the order's department. */
	DISPATCHES, DISPATCHES_RETURNED, DISPATCHES_EXTENDED,
	/** Cases handled (first result), dated by it, and of those reworked. */
	HANDLED, REWORKED,
	/** Checks on site that came to term, dated by the term, and of those on time. */
	VERIFICATIONS_DUE, VERIFICATIONS_ON_TIME,
	/** Ratings received, dated by the rating. */
	EVALUATIONS, EVALUATIONS_SATISFIED,
	/** Community affairs claimed by a party member, dated by the claim. */
	CLAIMED;

	/** Upper bounds (working hours) of the closure-time classes, in order. */
	static final int[] CLOSE_BOUNDS = { 1, 2, 4, 8, 16, 24, 40, 80, 160, 320 };

	static final Measure[] CLOSE_CLASSES = { CLOSE_LE1, CLOSE_LE2, CLOSE_LE4, CLOSE_LE8, CLOSE_LE16, CLOSE_LE24,
			CLOSE_LE40, CLOSE_LE80, CLOSE_LE160, CLOSE_LE320, CLOSE_OVER };

	public String column() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** The closure-time class of a closure that took this many working minutes. */
	static Measure closeClass(long workingMinutes) {
		for (int i = 0; i < CLOSE_BOUNDS.length; i++) {
			if (workingMinutes <= CLOSE_BOUNDS[i] * 60L) {
				return CLOSE_CLASSES[i];
			}
		}
		return CLOSE_OVER;
	}

}

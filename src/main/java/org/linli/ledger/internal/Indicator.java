package org.linli.ledger.internal;

import java.util.Locale;
import java.util.function.Function;

/**
 * Every indicator and its formula, in one place. Periods: a measure counts in a period
 * when the step it is dated by falls in it (see {@link Measure}).
 */
public enum Indicator {

	/** 收集: concerns reported. */
	COLLECTED(Kind.COUNT, (totals) -> Figure.count(totals.get(Measure.COLLECTED))),
	/** 立案: concerns registered. */
	REGISTERED(Kind.COUNT, (totals) -> Figure.count(totals.get(Measure.REGISTERED))),
	/** 办结: concerns closed. */
	RESOLVED(Kind.COUNT, (totals) -> Figure.count(totals.get(Measure.RESOLVED))),
	/** 办结率 = registered in the period and closed now / registered in the period. */
	COMPLETION_RATE(Kind.RATE,
			(totals) -> Figure.ratio(totals.get(Measure.REGISTERED_CLOSED), totals.get(Measure.REGISTERED))),
	/** 结案率 = closures / (closures due − suspended). */
	CLOSURE_RATE(Kind.RATE,
			(totals) -> Figure.ratio(totals.get(Measure.CLOSURE_DUE_CLOSED), closuresDueNotSuspended(totals))),
	/** 按期结案率 = on-time closures / (closures due − suspended). */
	ON_TIME_CLOSURE_RATE(Kind.RATE,
			(totals) -> Figure.ratio(totals.get(Measure.CLOSURE_DUE_ON_TIME), closuresDueNotSuspended(totals))),
	/** 按时立案率 = on-time registrations / registrations. */
	ON_TIME_REGISTRATION_RATE(Kind.RATE,
			(totals) -> Figure.ratio(totals.get(Measure.REGISTERED_ON_TIME), totals.get(Measure.REGISTERED))),
	/** 准确立案率 = (registrations − voided) / registrations. */
	ACCURATE_REGISTRATION_RATE(Kind.RATE,
			(totals) -> Figure.ratio(totals.get(Measure.REGISTERED) - totals.get(Measure.REGISTERED_VOIDED),
					totals.get(Measure.REGISTERED))),
	/** 按时核实率 = on-time verifications / verifications due. */
	ON_TIME_VERIFICATION_RATE(Kind.RATE,
			(totals) -> Figure.ratio(totals.get(Measure.VERIFICATIONS_ON_TIME), totals.get(Measure.VERIFICATIONS_DUE))),
	/** 返工率 = reworked cases / handled cases. */
	REWORK_RATE(Kind.RATE, (totals) -> Figure.ratio(totals.get(Measure.REWORKED), totals.get(Measure.HANDLED))),
	/** 退单率 = returned dispatches / dispatches. */
	RETURN_RATE(Kind.RATE,
			(totals) -> Figure.ratio(totals.get(Measure.DISPATCHES_RETURNED), totals.get(Measure.DISPATCHES))),
	/** 延期率 = extended dispatches / dispatches. */
	EXTENSION_RATE(Kind.RATE,
			(totals) -> Figure.ratio(totals.get(Measure.DISPATCHES_EXTENDED), totals.get(Measure.DISPATCHES))),
	/** 满意率 = (satisfied + basically satisfied) / evaluations received. */
	SATISFACTION_RATE(Kind.RATE,
			(totals) -> Figure.ratio(totals.get(Measure.EVALUATIONS_SATISFIED), totals.get(Measure.EVALUATIONS))),
	/** 参评率 = closures evaluated / closures. */
	EVALUATION_RESPONSE_RATE(Kind.RATE,
			(totals) -> Figure.ratio(totals.get(Measure.RESOLVED_EVALUATED), totals.get(Measure.RESOLVED))),
	/**
	 * Average working hours from registration to closure: numerator in working minutes,
	 * value in hours.
	 */
	AVERAGE_CLOSE_HOURS(Kind.HOURS, (totals) -> {
		long minutes = totals.get(Measure.CLOSE_MINUTES);
		long closures = totals.get(Measure.RESOLVED);
		return new Figure(minutes, closures, (closures > 0) ? minutes / 60.0 / closures : null);
	}),
	/**
	 * 90 % of closures took at most this many working hours (the smallest class bound
	 * reaching 90 %; null when it lies beyond the last bound): numerator = closures
	 * within it.
	 */
	P90_CLOSE_HOURS(Kind.HOURS, Indicator::p90),
	/** 党员认领: community affairs claimed by party members. */
	CLAIMED(Kind.COUNT, (totals) -> Figure.count(totals.get(Measure.CLAIMED))),
	/** Open now, whatever the period. */
	OPEN_NOW(Kind.COUNT, (totals) -> Figure.count(totals.openNow())),
	/**
	 * Of the open cases, those whose order is past its due now (suspended ones excepted).
	 */
	OVERDUE_NOW(Kind.RATE, (totals) -> Figure.ratio(totals.overdueNow(), totals.openNow()));

	public enum Kind {

		COUNT, RATE, HOURS

	}

	private final Kind kind;

	private final Function<Totals, Figure> formula;

	Indicator(Kind kind, Function<Totals, Figure> formula) {
		this.kind = kind;
		this.formula = formula;
	}

	public Kind kind() {
		return this.kind;
	}

	public Figure of(Totals totals) {
		return this.formula.apply(totals);
	}

	/** The name in the API and in message keys, e.g. {@code onTimeClosureRate}. */
	public String key() {
		String[] words = name().toLowerCase(Locale.ROOT).split("_");
		StringBuilder key = new StringBuilder(words[0]);
		for (int i = 1; i < words.length; i++) {
			key.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
		}
		return key.toString();
	}

	private static long closuresDueNotSuspended(Totals totals) {
		return totals.get(Measure.CLOSURE_DUE) - totals.get(Measure.CLOSURE_DUE_SUSPENDED);
	}

	private static Figure p90(Totals totals) {
		long closures = totals.get(Measure.RESOLVED);
		long within = 0;
		for (int i = 0; i < Measure.CLOSE_BOUNDS.length; i++) {
			within += totals.get(Measure.CLOSE_CLASSES[i]);
			if (closures > 0 && within * 10 >= closures * 9) {
				return new Figure(within, closures, (double) Measure.CLOSE_BOUNDS[i]);
			}
		}
		return new Figure(within, closures, null);
	}

}

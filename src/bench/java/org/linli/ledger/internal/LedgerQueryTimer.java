package org.linli.ledger.internal;

import java.time.LocalDate;
import java.util.Arrays;

/**
 * Times {@link LedgerQueries#compute}, the query behind the API once the caller's scope
 * is checked: the median of several runs after one to warm up.
 */
public final class LedgerQueryTimer {

	private LedgerQueryTimer() {
	}

	public static double medianMillis(LedgerQueries queries, String areaCode, LocalDate from, LocalDate to,
			GroupBy groupBy, int runs) {
		queries.compute(new IndicatorQuery(areaCode, null, from, to, groupBy));
		double[] millis = new double[runs];
		for (int i = 0; i < runs; i++) {
			long start = System.nanoTime();
			Figures figures = queries.compute(new IndicatorQuery(areaCode, null, from, to, groupBy));
			millis[i] = (System.nanoTime() - start) / 1e6;
			if (figures.total().figure(Indicator.COLLECTED).numerator() == 0) {
				throw new IllegalStateException("no figures for " + areaCode);
			}
		}
		Arrays.sort(millis);
		return millis[runs / 2];
	}

	public static long collected(LedgerQueries queries, String areaCode, LocalDate from, LocalDate to) {
		return queries.compute(new IndicatorQuery(areaCode, null, from, to, GroupBy.NONE))
			.total()
			.figure(Indicator.COLLECTED)
			.numerator();
	}

}

package org.linli.ledger.internal;

/**
 * Sums of the measures over some cells, plus the two figures that describe now rather
 * than a period: open cases and those of them past their due.
 */
public final class Totals {

	private final long[] sums = new long[Measure.values().length];

	private long openNow;

	private long overdueNow;

	public long get(Measure measure) {
		return this.sums[measure.ordinal()];
	}

	public long openNow() {
		return this.openNow;
	}

	public long overdueNow() {
		return this.overdueNow;
	}

	/** Nothing counted: what is left of a group whose cases all moved elsewhere. */
	boolean isEmpty() {
		if (this.openNow != 0 || this.overdueNow != 0) {
			return false;
		}
		for (long sum : this.sums) {
			if (sum != 0) {
				return false;
			}
		}
		return true;
	}

	void add(Measure measure, long value) {
		this.sums[measure.ordinal()] += value;
	}

	void addNow(long open, long overdue) {
		this.openNow += open;
		this.overdueNow += overdue;
	}

	void add(Totals other) {
		for (int i = 0; i < this.sums.length; i++) {
			this.sums[i] += other.sums[i];
		}
		addNow(other.openNow, other.overdueNow);
	}

	void add(long[] values) {
		for (int i = 0; i < this.sums.length; i++) {
			this.sums[i] += values[i];
		}
	}

}

package org.linli.calendar;

/**
 * A time limit as the rules state it: so many working hours or working days (a working
 * day is one full day of the schedule's working hours).
 */
public record TimeLimit(int amount, Unit unit) {

	public enum Unit {

		WORKING_HOURS, WORKING_DAYS

	}

	public TimeLimit {
		if (amount <= 0) {
			throw new org.linli.shared.InvalidInputException("timeLimit", "error.time-limit.positive");
		}
		if (unit == null) {
			throw new org.linli.shared.InvalidInputException("timeLimit", "error.time-limit.unit");
		}
	}

	public static TimeLimit workingHours(int amount) {
		return new TimeLimit(amount, Unit.WORKING_HOURS);
	}

	public static TimeLimit workingDays(int amount) {
		return new TimeLimit(amount, Unit.WORKING_DAYS);
	}

}

package org.linli.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.linli.calendar.WorkingCalendar.Light;
import org.linli.calendar.internal.SpecialDayCsv;
import org.linli.shared.FieldProblem;
import org.linli.shared.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

class WorkingTimeCalculatorTest {

	static final WorkingSchedule OFFICE = new WorkingSchedule("OFFICE", "office",
			List.of(period("09:00", "12:00"), period("13:00", "17:00")));

	static final WorkingSchedule FIELD = new WorkingSchedule("FIELD", "field",
			List.of(period("13:00", "18:00"), period("08:00", "12:00")));

	/** The parts of the State Council's 2026 arrangement the cases below cross. */
	static final String HOLIDAYS_2026 = """
			date,kind,name
			2026-01-01,holiday,New Year
			2026-01-02,holiday,New Year
			2026-01-03,holiday,New Year
			2026-01-04,workday,New Year
			2026-02-14,workday,Spring Festival
			2026-02-15,holiday,Spring Festival
			2026-02-16,holiday,Spring Festival
			2026-02-17,holiday,Spring Festival
			2026-02-18,holiday,Spring Festival
			2026-02-19,holiday,Spring Festival
			2026-02-20,holiday,Spring Festival
			2026-02-21,holiday,Spring Festival
			2026-02-22,holiday,Spring Festival
			2026-02-23,holiday,Spring Festival
			2026-02-28,workday,Spring Festival
			2026-09-20,workday,National Day
			2026-09-25,holiday,Mid-Autumn
			2026-09-26,holiday,Mid-Autumn
			2026-09-27,holiday,Mid-Autumn
			2026-10-01,holiday,National Day
			2026-10-02,holiday,National Day
			2026-10-03,holiday,National Day
			2026-10-04,holiday,National Day
			2026-10-05,holiday,National Day
			2026-10-06,holiday,National Day
			2026-10-07,holiday,National Day
			2026-10-10,workday,National Day
			""";

	final WorkingTimeCalculator calendar = new WorkingTimeCalculator(
			new CalendarSnapshot(SpecialDayCsv.parse(2026, HOLIDAYS_2026), List.of(OFFICE, FIELD),
					Map.of("GRID_WORKER", "FIELD")),
			WorkingCalendar.ZONE);

	@Test
	void oneWorkingDayFromFridayAfternoonEndsMondayAtTheSameTime() {
		assertThat(this.calendar.add(at("2026-03-06T15:00"), TimeLimit.workingDays(1), "OFFICE"))
			.isEqualTo(at("2026-03-09T15:00"));
		assertThat(this.calendar.add(at("2026-03-06T15:00"), TimeLimit.workingDays(1), "FIELD"))
			.isEqualTo(at("2026-03-09T15:00"));
	}

	@Test
	void aLimitEndingAtTheCloseOfWorkEndsThenNotOnTheNextMorning() {
		assertThat(this.calendar.add(at("2026-03-06T17:00"), TimeLimit.workingDays(1), "OFFICE"))
			.isEqualTo(at("2026-03-09T17:00"));
		assertThat(this.calendar.add(at("2026-03-09T09:00"), TimeLimit.workingHours(7), "OFFICE"))
			.isEqualTo(at("2026-03-09T17:00"));
		assertThat(this.calendar.add(at("2026-03-09T10:00"), TimeLimit.workingHours(2), "OFFICE"))
			.isEqualTo(at("2026-03-09T12:00"));
	}

	@Test
	void workingHoursWithinADaySkipTheLunchBreak() {
		assertThat(this.calendar.add(at("2026-03-09T10:30"), TimeLimit.workingHours(2), "OFFICE"))
			.isEqualTo(at("2026-03-09T13:30"));
		assertThat(this.calendar.add(at("2026-03-09T11:00"), TimeLimit.workingHours(4), "OFFICE"))
			.isEqualTo(at("2026-03-09T16:00"));
		assertThat(this.calendar.add(at("2026-03-09T16:00"), TimeLimit.workingHours(2), "OFFICE"))
			.isEqualTo(at("2026-03-10T10:00"));
		assertThat(this.calendar.between(at("2026-03-09T11:30"), at("2026-03-09T13:30"), "OFFICE"))
			.isEqualTo(Duration.ofHours(1));
		assertThat(this.calendar.between(at("2026-03-09T12:10"), at("2026-03-09T12:50"), "OFFICE")).isZero();
	}

	@Test
	void countingStartsAtTheNextWorkingPeriodWhenStartedOutsideWorkingTime() {
		assertThat(this.calendar.add(at("2026-03-09T07:00"), TimeLimit.workingHours(2), "OFFICE"))
			.isEqualTo(at("2026-03-09T11:00"));
		assertThat(this.calendar.add(at("2026-03-09T12:30"), TimeLimit.workingHours(1), "OFFICE"))
			.isEqualTo(at("2026-03-09T14:00"));
		assertThat(this.calendar.add(at("2026-03-09T18:00"), TimeLimit.workingHours(1), "OFFICE"))
			.isEqualTo(at("2026-03-10T10:00"));
		assertThat(this.calendar.add(at("2026-03-07T10:00"), TimeLimit.workingDays(1), "OFFICE"))
			.isEqualTo(at("2026-03-09T17:00"));
		assertThat(this.calendar.add(at("2026-03-09T07:00"), TimeLimit.workingHours(2), "FIELD"))
			.isEqualTo(at("2026-03-09T10:00"));
	}

	@Test
	void weekendsRestAndMakeUpWorkingDaysWork() {
		assertThat(this.calendar.isWorkingDay(LocalDate.parse("2026-03-07"))).isFalse();
		assertThat(this.calendar.isWorkingDay(LocalDate.parse("2026-03-09"))).isTrue();
		assertThat(this.calendar.isWorkingDay(LocalDate.parse("2026-10-10"))).isTrue();
		assertThat(this.calendar.isWorkingDay(LocalDate.parse("2026-09-20"))).isTrue();
		assertThat(this.calendar.isWorkingDay(LocalDate.parse("2026-10-01"))).isFalse();
		assertThat(this.calendar.isWorkingDay(LocalDate.parse("2026-09-26"))).isFalse();
		assertThat(this.calendar.between(at("2026-03-06T15:00"), at("2026-03-09T10:00"), "OFFICE"))
			.isEqualTo(Duration.ofHours(3));
	}

	@Test
	void nationalDayAndMidAutumnAreSkippedAndTheMakeUpSaturdayCounts() {
		assertThat(this.calendar.add(at("2026-09-24T15:00"), TimeLimit.workingDays(1), "OFFICE"))
			.isEqualTo(at("2026-09-28T15:00"));
		assertThat(this.calendar.add(at("2026-09-30T10:00"), TimeLimit.workingDays(2), "OFFICE"))
			.isEqualTo(at("2026-10-09T10:00"));
		assertThat(this.calendar.add(at("2026-10-09T10:00"), TimeLimit.workingDays(1), "OFFICE"))
			.isEqualTo(at("2026-10-10T10:00"));
		assertThat(this.calendar.add(at("2026-09-18T16:00"), TimeLimit.workingHours(2), "OFFICE"))
			.as("the Sunday before Mid-Autumn is worked")
			.isEqualTo(at("2026-09-20T10:00"));
		assertThat(this.calendar.between(at("2026-09-24T09:00"), at("2026-10-12T09:00"), "OFFICE"))
			.as("24, 28, 29, 30 September and 8, 9, 10 October")
			.isEqualTo(Duration.ofHours(7 * 7));
	}

	@Test
	void springFestivalIsSkippedAndItsMakeUpSaturdaysCount() {
		assertThat(this.calendar.add(at("2026-02-13T16:00"), TimeLimit.workingDays(1), "OFFICE"))
			.isEqualTo(at("2026-02-14T16:00"));
		assertThat(this.calendar.add(at("2026-02-14T16:00"), TimeLimit.workingDays(1), "OFFICE"))
			.isEqualTo(at("2026-02-24T16:00"));
		assertThat(this.calendar.between(at("2026-02-13T09:00"), at("2026-02-25T09:00"), "OFFICE"))
			.isEqualTo(Duration.ofHours(21));
		assertThat(this.calendar.isWorkingDay(LocalDate.parse("2026-02-28"))).isTrue();
	}

	@Test
	void limitsRunAcrossTheTurnOfTheYear() {
		assertThat(this.calendar.add(at("2025-12-31T15:00"), TimeLimit.workingDays(2), "OFFICE"))
			.as("New Year 1-3 January off, Sunday 4 January worked")
			.isEqualTo(at("2026-01-05T15:00"));
	}

	@Test
	void yearsWithoutSpecialDaysFollowThePlainWeekdayRule() {
		assertThat(this.calendar.isWorkingDay(LocalDate.parse("2030-10-01"))).isTrue();
		assertThat(this.calendar.add(at("2030-12-31T15:00"), TimeLimit.workingDays(1), "OFFICE"))
			.isEqualTo(at("2031-01-01T15:00"));
		assertThat(this.calendar.between(at("2031-01-06T09:00"), at("2032-01-05T09:00"), "OFFICE"))
			.as("52 weeks of five days")
			.isEqualTo(Duration.ofHours(7L * 5 * 52));
	}

	@Test
	void workingTimeBetweenIsZeroUnlessTheEndComesAfterTheStart() {
		assertThat(this.calendar.between(at("2026-03-09T15:00"), at("2026-03-09T10:00"), "OFFICE")).isZero();
		assertThat(this.calendar.between(at("2026-03-09T10:00"), at("2026-03-09T10:00"), "OFFICE")).isZero();
	}

	@Test
	void trafficLightTurnsYellowAtEightyPercentAndRedPastDue() {
		Instant start = at("2026-03-09T09:00");
		Instant due = this.calendar.add(start, TimeLimit.workingHours(5), "OFFICE");
		assertThat(due).isEqualTo(at("2026-03-09T15:00"));
		assertThat(this.calendar.light(start, due, at("2026-03-09T12:30"), "OFFICE")).isEqualTo(Light.GREEN);
		assertThat(this.calendar.light(start, due, at("2026-03-09T13:59"), "OFFICE")).isEqualTo(Light.GREEN);
		assertThat(this.calendar.light(start, due, at("2026-03-09T14:00"), "OFFICE")).isEqualTo(Light.YELLOW);
		assertThat(this.calendar.light(start, due, due, "OFFICE")).isEqualTo(Light.YELLOW);
		assertThat(this.calendar.light(start, due, due.plusSeconds(1), "OFFICE")).isEqualTo(Light.RED);
	}

	@Test
	void trafficLightCountsWorkingTimeNotClockTime() {
		Instant start = at("2026-09-30T09:00");
		Instant due = this.calendar.add(start, TimeLimit.workingDays(2), "OFFICE");
		assertThat(due).isEqualTo(at("2026-10-08T17:00"));
		assertThat(this.calendar.light(start, due, at("2026-10-07T23:00"), "OFFICE"))
			.as("half the working time used over a week of holiday")
			.isEqualTo(Light.GREEN);
		assertThat(this.calendar.light(start, due, at("2026-10-08T15:00"), "OFFICE")).isEqualTo(Light.YELLOW);
	}

	@Test
	void rolesWorkToTheirMappedScheduleAndOfficeOtherwise() {
		assertThat(this.calendar.scheduleFor("GRID_WORKER")).isEqualTo("FIELD");
		assertThat(this.calendar.scheduleFor("DEPARTMENT_HANDLER")).isEqualTo("OFFICE");
	}

	@Test
	void anUnknownScheduleIsInvalidInput() {
		InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
				() -> this.calendar.add(at("2026-03-09T09:00"), TimeLimit.workingHours(1), "NIGHT"));

		assertThat(refused.problems()).extracting(FieldProblem::field, FieldProblem::messageKey)
			.containsExactly(tuple("scheduleCode", "calendar.error.schedule.unknown"));
	}

	@Test
	void addingAndMeasuringAgreeWithADayByDayCountOverManyRandomSpans() {
		Random random = new Random(20261001);
		Instant base = at("2025-11-01T00:00");
		for (int i = 0; i < 2000; i++) {
			Instant from = base.plusSeconds(random.nextLong(60L * 60 * 24 * 500));
			TimeLimit limit = random.nextBoolean() ? TimeLimit.workingHours(1 + random.nextInt(200))
					: TimeLimit.workingDays(1 + random.nextInt(40));
			WorkingSchedule schedule = random.nextBoolean() ? OFFICE : FIELD;
			Instant due = this.calendar.add(from, limit, schedule.code());
			Duration expected = (limit.unit() == TimeLimit.Unit.WORKING_HOURS) ? Duration.ofHours(limit.amount())
					: schedule.dailyDuration().multipliedBy(limit.amount());
			assertThat(this.calendar.between(from, due, schedule.code())).as("%s + %s", from, limit)
				.isEqualTo(expected);
			assertThat(dayByDay(from, due, schedule)).as("%s to %s", from, due).isEqualTo(expected);
			assertThat(this.calendar.between(from, due.minusSeconds(1), schedule.code())).isLessThan(expected);
		}
	}

	private Duration dayByDay(Instant from, Instant to, WorkingSchedule schedule) {
		LocalDateTime start = LocalDateTime.ofInstant(from, WorkingCalendar.ZONE);
		LocalDateTime end = LocalDateTime.ofInstant(to, WorkingCalendar.ZONE);
		Duration worked = Duration.ZERO;
		for (LocalDate day = start.toLocalDate(); !day.isAfter(end.toLocalDate()); day = day.plusDays(1)) {
			if (!this.calendar.isWorkingDay(day)) {
				continue;
			}
			for (WorkingPeriod period : schedule.periods()) {
				LocalDateTime periodStart = day.atTime(period.start());
				LocalDateTime periodEnd = day.atTime(period.end());
				LocalDateTime overlapStart = periodStart.isAfter(start) ? periodStart : start;
				LocalDateTime overlapEnd = periodEnd.isBefore(end) ? periodEnd : end;
				if (overlapEnd.isAfter(overlapStart)) {
					worked = worked.plus(Duration.between(overlapStart, overlapEnd));
				}
			}
		}
		return worked;
	}

	static Instant at(String localDateTime) {
		return LocalDateTime.parse(localDateTime).atZone(WorkingCalendar.ZONE).toInstant();
	}

	static WorkingPeriod period(String start, String end) {
		return new WorkingPeriod(LocalTime.parse(start), LocalTime.parse(end));
	}

}

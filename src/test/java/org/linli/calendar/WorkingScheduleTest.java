package org.linli.calendar;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.linli.shared.FieldProblem;
import org.linli.shared.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.linli.calendar.WorkingTimeCalculatorTest.period;

class WorkingScheduleTest {

	@Test
	void aWorkingDayIsTheSumOfItsPeriodsInOrder() {
		WorkingSchedule field = new WorkingSchedule("FIELD", " grid ",
				List.of(period("13:00", "18:00"), period("08:00", "12:00")));

		assertThat(field.dailyDuration()).isEqualTo(Duration.ofHours(9));
		assertThat(field.periods()).containsExactly(period("08:00", "12:00"), period("13:00", "18:00"));
		assertThat(field.name()).isEqualTo("grid");
	}

	@Test
	void refusesABadScheduleWithEveryProblem() {
		InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
				() -> new WorkingSchedule("night shift", " ",
						List.of(period("09:00", "12:00"), period("11:00", "14:00"), period("18:00", "17:00"))));

		assertThat(refused.problems()).extracting(FieldProblem::field)
			.containsExactly("code", "name", "periods[2]", "periods");
	}

	@Test
	void refusesAScheduleWithoutWorkingTime() {
		InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
				() -> new WorkingSchedule("idle", "idle", null));

		assertThat(refused.problems()).extracting(FieldProblem::messageKey)
			.containsExactly("calendar.error.schedule.code", "calendar.error.schedule.no-periods");
	}

}

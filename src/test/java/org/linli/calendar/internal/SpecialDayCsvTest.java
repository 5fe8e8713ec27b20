package org.linli.calendar.internal;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.linli.calendar.SpecialDay;
import org.linli.shared.FieldProblem;
import org.linli.shared.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

class SpecialDayCsvTest {

	@Test
	void readsTheStateCouncilArrangementInTheSharedFormat() {
		List<SpecialDay> days = SpecialDayCsv.parse(2026, """
				\uFEFFdate,kind,name\r
				2026-10-10,workday,National Day\r
				2026-10-01,holiday,"National Day, Mid-Autumn"\r
				\r
				""");

		assertThat(days).containsExactly(
				new SpecialDay(LocalDate.parse("2026-10-01"), SpecialDay.Kind.HOLIDAY, "National Day, Mid-Autumn"),
				new SpecialDay(LocalDate.parse("2026-10-10"), SpecialDay.Kind.WORKDAY, "National Day"));
	}

	@Test
	void aHeaderAloneMeansNoSpecialDays() {
		assertThat(SpecialDayCsv.parse(2031, "date,kind,name\n")).isEmpty();
	}

	@Test
	void refusesTheWholeFileListingEveryProblemByLine() {
		InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
				() -> SpecialDayCsv.parse(2026, """
						date,kind,name
						2026-10-01,holiday,National Day
						2025-10-02,holiday,National Day
						2026-10-03,vacation,National Day
						2026-10-01,holiday,National Day
						2026-10-08,workday,National Day
						2026-13-01,holiday,Nowhere
						2026-10-04,holiday
						2026-10-05,holiday,
						"2026-10-06,holiday,National Day
						"""));

		assertThat(refused.messageKey()).isEqualTo("calendar.error.csv.invalid");
		assertThat(refused.problems()).extracting(FieldProblem::field, FieldProblem::messageKey)
			.containsExactly(tuple("line 3", "calendar.error.csv.other-year"),
					tuple("line 4", "calendar.error.csv.kind"), tuple("line 5", "calendar.error.csv.duplicate"),
					tuple("line 6", "calendar.error.csv.workday-on-weekday"),
					tuple("line 7", "calendar.error.csv.date"), tuple("line 8", "calendar.error.csv.columns"),
					tuple("line 9", "calendar.error.csv.name"), tuple("line 10", "calendar.error.csv.syntax"));
		assertThat(refused.problems().get(2).args()).containsExactly("2026-10-01", "2");
	}

	@Test
	void aMissingHeaderIsReportedAndTheFirstLineStillChecked() {
		InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
				() -> SpecialDayCsv.parse(2026, "2026-10-07,workday,National Day\n"));

		assertThat(refused.problems()).extracting(FieldProblem::field, FieldProblem::messageKey)
			.containsExactly(tuple("line 1", "calendar.error.csv.header"),
					tuple("line 1", "calendar.error.csv.workday-on-weekday"));
	}

	@Test
	void writesWhatItReads() {
		List<SpecialDay> days = List.of(
				new SpecialDay(LocalDate.parse("2026-09-25"), SpecialDay.Kind.HOLIDAY, "National Day, Mid-Autumn"),
				new SpecialDay(LocalDate.parse("2026-10-10"), SpecialDay.Kind.WORKDAY, "National Day"));

		assertThat(SpecialDayCsv.parse(2026, SpecialDayCsv.format(days))).isEqualTo(days);
	}

}

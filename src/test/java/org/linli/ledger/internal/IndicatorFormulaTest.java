package org.linli.ledger.internal;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.linli.cases.Rating;
import org.linli.catalogue.Tier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each formula on hand-built histories in March 2025 (Shanghai days): a case closed on
 * time and rated, a suspended one, a reworked one, one returned and closed late, one
 * reopened after a bad rating, a private affair registered late and never rated, a
 * community affair whose life crosses into March from February, and reports on either
 * side of the month's last midnight.
 */
class IndicatorFormulaTest {

	static final String GRID = "310107005007001";

	static final LocalDate MARCH_1 = LocalDate.of(2025, 3, 1);

	static final LocalDate MARCH_31 = LocalDate.of(2025, 3, 31);

	static List<LedgerFact> march() {
		LedgerFact closedOnTime = History.reported(GRID, "2025-03-03 09:00")
			.registered(Tier.MAJOR, "2025-03-03 09:30")
			.dispatched("LH", "2025-03-03 10:00", "2025-03-04 10:00")
			.handled("2025-03-03 15:00", "2025-03-04 15:00", "cleared")
			.verified("2025-03-03 16:00", true, 390)
			.rated(Rating.SATISFIED, "2025-03-05 09:00")
			.fact();
		LedgerFact suspended = History.reported(GRID, "2025-03-10 09:00")
			.registered(Tier.MAJOR, "2025-03-10 09:10")
			.dispatched("FG", "2025-03-10 09:20", "2025-03-11 09:20")
			.extended("2025-03-12 09:20")
			.suspended("2025-03-11 08:00")
			.fact();
		LedgerFact reworked = History.reported(GRID, "2025-03-03 09:00")
			.registered(Tier.MAJOR, "2025-03-03 09:05")
			.dispatched("CG", "2025-03-03 09:10", "2025-03-06 10:00")
			.handled("2025-03-04 10:00", "2025-03-04 14:00", "first try")
			.verified("2025-03-04 14:00", false, 0)
			.handled("2025-03-05 10:00", "2025-03-05 14:00", "second try")
			.verified("2025-03-05 11:00", true, 1000)
			.fact();
		LedgerFact returnedAndLate = History.reported(GRID, "2025-03-03 09:00")
			.registered(Tier.MAJOR, "2025-03-03 10:00")
			.dispatched("CG", "2025-03-03 10:10", "2025-03-05 10:10")
			.returned()
			.dispatched("LH", "2025-03-04 09:00", "2025-03-06 10:00")
			.handled("2025-03-07 10:00", "2025-03-07 14:00", "done late")
			.verified("2025-03-07 16:00", true, 2400)
			.rated(Rating.BASICALLY_SATISFIED, "2025-03-08 10:00")
			.fact();
		LedgerFact reopened = History.reported(GRID, "2025-03-03 09:00")
			.registered(Tier.MAJOR, "2025-03-03 09:15")
			.dispatched("LH", "2025-03-03 09:30", "2025-03-05 10:00")
			.handled("2025-03-04 09:00", "2025-03-04 17:00", "swept")
			.verified("2025-03-04 11:00", true, 300)
			.rated(Rating.DISSATISFIED, "2025-03-04 18:00")
			.reopened()
			.fact();
		LedgerFact privateLate = History.reported(GRID, "2025-03-03 09:00")
			.registrationDue("2025-03-03 11:00")
			.registered(Tier.PRIVATE, "2025-03-04 10:00")
			.guided("2025-03-04 10:00", "apply at the service centre")
			.fact();
		LedgerFact fromFebruary = History.reported(GRID, "2025-02-27 10:00")
			.registered(Tier.COMMUNITY, "2025-02-27 10:30")
			.claimed("2025-02-28 09:00")
			.handled("2025-03-01 10:00", "2025-03-03 10:00", "neighbours agreed")
			.verified("2025-03-02 10:00", true, 600)
			.fact();
		LedgerFact lastEvening = History.reported(GRID, "2025-03-31 23:30").fact();
		LedgerFact firstMorningOfApril = History.reported(GRID, "2025-04-01 00:10").fact();
		return List.of(closedOnTime, suspended, reworked, returnedAndLate, reopened, privateLate, fromFebruary,
				lastEvening, firstMorningOfApril);
	}

	static Totals sum(List<LedgerFact> facts, LocalDate from, LocalDate to) {
		Totals totals = new Totals();
		for (LedgerFact fact : facts) {
			Contributions.of(fact).cells().forEach((cell, values) -> {
				if (!cell.day().isBefore(from) && !cell.day().isAfter(to)) {
					totals.add(values);
				}
			});
		}
		return totals;
	}

	private final Totals march = sum(march(), MARCH_1, MARCH_31);

	@Test
	void collectedCountsReportsDatedInThePeriodByTheShanghaiDay() {
		assertThat(Indicator.COLLECTED.of(this.march)).isEqualTo(Figure.count(7));
	}

	@Test
	void completionRateIsRegisteredInThePeriodAndClosedNowOverRegistered() {
		assertThat(Indicator.REGISTERED.of(this.march)).isEqualTo(Figure.count(6));
		assertThat(Indicator.COMPLETION_RATE.of(this.march)).isEqualTo(Figure.ratio(4, 6));
	}

	@Test
	void onTimeRegistrationCountsRegistrationsByTheirDue() {
		assertThat(Indicator.ON_TIME_REGISTRATION_RATE.of(this.march)).isEqualTo(Figure.ratio(5, 6));
	}

	@Test
	void accurateRegistrationLeavesOutRegistrationsVoidedByAReturn() {
		assertThat(Indicator.ACCURATE_REGISTRATION_RATE.of(this.march)).isEqualTo(Figure.ratio(5, 6));
	}

	@Test
	void closureRatesLeaveSuspendedCasesOutOfTheDenominatorAndCountAReopenedCaseAsNotClosed() {
		assertThat(Indicator.CLOSURE_RATE.of(this.march)).isEqualTo(Figure.ratio(3, 4));
		assertThat(Indicator.ON_TIME_CLOSURE_RATE.of(this.march)).isEqualTo(Figure.ratio(2, 4));
	}

	@Test
	void resolvedCountsCurrentClosuresInThePeriodIncludingACaseReportedBeforeIt() {
		assertThat(Indicator.RESOLVED.of(this.march)).isEqualTo(Figure.count(5));
		assertThat(Indicator.EVALUATION_RESPONSE_RATE.of(this.march)).isEqualTo(Figure.ratio(2, 5));
	}

	@Test
	void reworkRateCountsCasesSentBackAfterAFailedCheckOverCasesHandled() {
		assertThat(Indicator.REWORK_RATE.of(this.march)).isEqualTo(Figure.ratio(1, 5));
	}

	@Test
	void returnAndExtensionRatesCountOrders() {
		assertThat(Indicator.RETURN_RATE.of(this.march)).isEqualTo(Figure.ratio(1, 6));
		assertThat(Indicator.EXTENSION_RATE.of(this.march)).isEqualTo(Figure.ratio(1, 6));
	}

	@Test
	void onTimeVerificationCountsEveryCheckIncludingTheFailedOne() {
		assertThat(Indicator.ON_TIME_VERIFICATION_RATE.of(this.march)).isEqualTo(Figure.ratio(5, 6));
	}

	@Test
	void satisfactionKeepsARatingThatAReopeningCleared() {
		assertThat(Indicator.SATISFACTION_RATE.of(this.march)).isEqualTo(Figure.ratio(2, 3));
	}

	@Test
	void closeHoursAverageWorkingMinutesAndBoundTheNinetiethPercentile() {
		assertThat(Indicator.AVERAGE_CLOSE_HOURS.of(this.march)).isEqualTo(new Figure(4390, 5L, 4390 / 60.0 / 5));
		assertThat(Indicator.P90_CLOSE_HOURS.of(this.march)).isEqualTo(new Figure(5, 5L, 40.0));
	}

	@Test
	void februaryHoldsTheStepsTakenBeforeMarch() {
		Totals february = sum(march(), LocalDate.of(2025, 2, 1), LocalDate.of(2025, 2, 28));
		assertThat(Indicator.COLLECTED.of(february)).isEqualTo(Figure.count(1));
		assertThat(Indicator.CLAIMED.of(february)).isEqualTo(Figure.count(1));
		assertThat(Indicator.COMPLETION_RATE.of(february)).isEqualTo(Figure.ratio(1, 1));
		assertThat(Indicator.RESOLVED.of(february)).isEqualTo(Figure.count(0));
		assertThat(Indicator.CLAIMED.of(this.march)).isEqualTo(Figure.count(0));
	}

	@Test
	void aRateWithoutDenominatorHasNoValue() {
		assertThat(Indicator.SATISFACTION_RATE.of(new Totals())).isEqualTo(new Figure(0, 0L, null));
	}

	@Test
	void aChangeAddsOnlyTheDifferenceOfContributions() {
		History history = History.reported(GRID, "2025-03-03 09:00").registered(Tier.MAJOR, "2025-03-03 09:30");
		LedgerFact registered = history.fact();
		LedgerFact dispatched = history.dispatched("LH", "2025-03-03 10:00", "2025-03-04 10:00").fact();
		Contributions difference = Contributions.of(dispatched).minus(Contributions.of(registered));
		Totals added = new Totals();
		difference.cells().values().forEach(added::add);
		assertThat(added.get(Measure.DISPATCHES)).isOne();
		assertThat(added.get(Measure.CLOSURE_DUE)).isOne();
		assertThat(added.get(Measure.COLLECTED)).isZero();
		assertThat(added.get(Measure.REGISTERED)).isZero();
	}

}

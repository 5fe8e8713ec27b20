package org.linli.ledger.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.linli.calendar.WorkingCalendar;
import org.linli.cases.CaseFacts;
import org.linli.cases.CaseStatus;
import org.linli.cases.Rating;
import org.linli.catalogue.Tier;

/**
 * How one case counts in the summary tables: every measure it adds to, on the day of the
 * step that measure is dated by. The tables hold the sum of this over all cases, kept up
 * to date by adding the difference between a case's new and old contributions whenever
 * its facts change; recomputing the sum from the stored facts gives the same tables.
 * <p>
 * Case-level measures go to the case's responsible department (the one of its last order
 * not returned; none for a community's own work), order-level measures to the order's
 * department.
 */
public final class Contributions {

	private final Map<Cell, long[]> cells = new TreeMap<>();

	private Contributions() {
	}

	public static Contributions none() {
		return new Contributions();
	}

	public static Contributions of(LedgerFact fact) {
		Contributions counted = new Contributions();
		if (fact != null) {
			counted.count(fact);
		}
		return counted;
	}

	Map<Cell, long[]> cells() {
		return this.cells;
	}

	/** This minus the other, dropping cells where nothing changed. */
	Contributions minus(Contributions other) {
		Contributions difference = new Contributions();
		difference.accumulate(this, 1);
		difference.accumulate(other, -1);
		difference.cells.values().removeIf(Contributions::allZero);
		return difference;
	}

	/** All of them added up, dropping cells where they cancel out. */
	static Contributions sum(List<Contributions> parts) {
		Contributions total = new Contributions();
		parts.forEach((part) -> total.accumulate(part, 1));
		total.cells.values().removeIf(Contributions::allZero);
		return total;
	}

	private void accumulate(Contributions other, int sign) {
		other.cells.forEach((cell, values) -> {
			long[] target = this.cells.computeIfAbsent(cell, (key) -> new long[Measure.values().length]);
			for (int i = 0; i < values.length; i++) {
				target[i] += sign * values[i];
			}
		});
	}

	private static boolean allZero(long[] values) {
		for (long value : values) {
			if (value != 0) {
				return false;
			}
		}
		return true;
	}

	private void count(LedgerFact fact) {
		CaseFacts facts = fact.facts();
		Optional<CaseFacts.Order> responsible = responsibleOrder(facts);
		Cell home = new Cell(null, facts.gridCode(), responsible.map(CaseFacts.Order::departmentCode).orElse(""),
				(facts.tier() != null) ? facts.tier().name() : "", facts.channel().name(),
				(facts.categoryCode() != null) ? facts.categoryCode() : "");
		add(home, facts.reportedAt(), Measure.COLLECTED, 1);
		if (facts.registeredAt() != null) {
			add(home, facts.registeredAt(), Measure.REGISTERED, 1);
			if (fact.registrationDue() != null && !facts.registeredAt().isAfter(fact.registrationDue())) {
				add(home, facts.registeredAt(), Measure.REGISTERED_ON_TIME, 1);
			}
			if (voided(facts)) {
				add(home, facts.registeredAt(), Measure.REGISTERED_VOIDED, 1);
			}
			if (facts.closedAt() != null) {
				add(home, facts.registeredAt(), Measure.REGISTERED_CLOSED, 1);
			}
		}
		if (facts.closedAt() != null) {
			add(home, facts.closedAt(), Measure.RESOLVED, 1);
			if (facts.rating() != null) {
				add(home, facts.closedAt(), Measure.RESOLVED_EVALUATED, 1);
			}
			if (fact.closeWorkingMinutes() != null) {
				add(home, facts.closedAt(), Measure.CLOSE_MINUTES, fact.closeWorkingMinutes());
				add(home, facts.closedAt(), Measure.closeClass(fact.closeWorkingMinutes()), 1);
			}
		}
		if (facts.tier() == Tier.MAJOR) {
			responsible.ifPresent((order) -> countClosureDue(home, facts, order));
		}
		for (CaseFacts.Order order : facts.orders()) {
			Cell ordered = home.withDepartment(order.departmentCode());
			add(ordered, order.dispatchedAt(), Measure.DISPATCHES, 1);
			if (order.returned()) {
				add(ordered, order.dispatchedAt(), Measure.DISPATCHES_RETURNED, 1);
			}
			if (order.extensions() > 0) {
				add(ordered, order.dispatchedAt(), Measure.DISPATCHES_EXTENDED, 1);
			}
		}
		List<CaseFacts.Verification> verifications = facts.verifications();
		if (!verifications.isEmpty()) {
			add(home, verifications.get(0).handledAt(), Measure.HANDLED, 1);
			if (reworked(facts)) {
				add(home, verifications.get(0).handledAt(), Measure.REWORKED, 1);
			}
		}
		for (int i = 0; i < verifications.size() && i < fact.verificationDues().size(); i++) {
			Instant due = fact.verificationDues().get(i);
			Instant verifiedAt = verifications.get(i).verifiedAt();
			boolean onTime = verifiedAt != null && !verifiedAt.isAfter(due);
			Instant term = onTime ? verifiedAt : due;
			add(home, term, Measure.VERIFICATIONS_DUE, 1);
			if (onTime) {
				add(home, term, Measure.VERIFICATIONS_ON_TIME, 1);
			}
		}
		for (CaseFacts.Evaluation evaluation : facts.evaluations()) {
			add(home, evaluation.at(), Measure.EVALUATIONS, 1);
			if (evaluation.rating() != Rating.DISSATISFIED) {
				add(home, evaluation.at(), Measure.EVALUATIONS_SATISFIED, 1);
			}
		}
		if (facts.claimedAt() != null) {
			add(home, facts.claimedAt(), Measure.CLAIMED, 1);
		}
	}

	/**
	 * A dispatched major affair comes to term when it is closed by its due, or else when
	 * its due passes: that day it counts as a closure due.
	 */
	private void countClosureDue(Cell home, CaseFacts facts, CaseFacts.Order order) {
		Instant due = order.due();
		boolean onTime = facts.closedAt() != null && !facts.closedAt().isAfter(due);
		Instant term = onTime ? facts.closedAt() : due;
		add(home, term, Measure.CLOSURE_DUE, 1);
		if (facts.status() == CaseStatus.SUSPENDED) {
			add(home, term, Measure.CLOSURE_DUE_SUSPENDED, 1);
		}
		if (facts.closedAt() != null) {
			add(home, term, Measure.CLOSURE_DUE_CLOSED, 1);
		}
		if (onTime) {
			add(home, term, Measure.CLOSURE_DUE_ON_TIME, 1);
		}
	}

	/** The last order the department did not send back: who answers for the case. */
	static Optional<CaseFacts.Order> responsibleOrder(CaseFacts facts) {
		List<CaseFacts.Order> kept = facts.orders().stream().filter((order) -> !order.returned()).toList();
		return kept.isEmpty() ? Optional.empty() : Optional.of(kept.get(kept.size() - 1));
	}

	/**
	 * A registration is voided when it proved wrong: a department sent the order back as
	 * not its own (the lifecycle has no other way to undo a registration).
	 */
	static boolean voided(CaseFacts facts) {
		return facts.orders().stream().anyMatch(CaseFacts.Order::returned);
	}

	/**
	 * Reworked: sent back to handling after a failed check, or dispatched to the same
	 * department twice.
	 */
	static boolean reworked(CaseFacts facts) {
		if (facts.reworks() > 0) {
			return true;
		}
		Set<String> departments = new HashSet<>();
		return facts.orders().stream().anyMatch((order) -> !departments.add(order.departmentCode()));
	}

	private void add(Cell home, Instant at, Measure measure, long value) {
		LocalDate day = at.atZone(WorkingCalendar.ZONE).toLocalDate();
		this.cells.computeIfAbsent(home.withDay(day), (cell) -> new long[Measure.values().length])[measure
			.ordinal()] += value;
	}

}

package org.linli.cases.web;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.function.Supplier;

import org.linli.calendar.WorkingCalendar.Light;
import org.linli.cases.CaseStatus;
import org.linli.cases.internal.CaseFilter;
import org.linli.shared.InvalidInputException;

/**
 * The street dispatcher's console queues, in the order the console shows them; the id is
 * the section's HTML id and the end of its title's message key.
 */
enum ConsoleQueue {

	FRESH("fresh", () -> CaseFilter.queue(EnumSet.of(CaseStatus.REPORTED))),

	TO_DISPATCH("to-dispatch", () -> CaseFilter.queue(EnumSet.of(CaseStatus.REGISTERED))),

	AWAITING_RULING("awaiting-ruling", () -> CaseFilter.queue(EnumSet.of(CaseStatus.AWAITING_RULING))),

	DECISIONS("decisions", () -> CaseFilter.queue(WorkPages.ORDERED).awaitingDecisionOnly()),

	OVERDUE("overdue", () -> CaseFilter.queue(WorkPages.ORDERED).withLight(Light.RED)),

	WHISTLES("whistles", () -> CaseFilter.queue(WorkPages.OPEN).awaitingReportInOnly());

	private final String id;

	private final Supplier<CaseFilter> filter;

	ConsoleQueue(String id, Supplier<CaseFilter> filter) {
		this.id = id;
		this.filter = filter;
	}

	String id() {
		return this.id;
	}

	CaseFilter filter() {
		return this.filter.get();
	}

	/** New concerns are cards, each with its form; the other queues are tables. */
	public boolean cards() {
		return this == FRESH;
	}

	/** Refreshed on the page every 30 seconds. */
	public boolean live() {
		return this == WHISTLES;
	}

	static ConsoleQueue of(String id) {
		return Arrays.stream(values())
			.filter((queue) -> queue.id.equals(id))
			.findFirst()
			.orElseThrow(() -> new InvalidInputException("queue", "cases.error.unknown-queue", id));
	}

}

package org.linli.ledger.internal;

import java.time.Instant;
import java.util.List;

import org.linli.calendar.TimeLimit;
import org.linli.calendar.WorkingCalendar;
import org.linli.cases.CaseFacts;

import org.springframework.stereotype.Component;

/**
 * Derives, once, the deadlines and working time the indicators judge against: the
 * registration due (the dispatchers' schedule), each check's due (the grid workers'), and
 * the working time to close (the departments').
 */
@Component
class FactEnricher {

	private final WorkingCalendar calendar;

	private final LedgerProperties properties;

	FactEnricher(WorkingCalendar calendar, LedgerProperties properties) {
		this.calendar = calendar;
		this.properties = properties;
	}

	LedgerFact enrich(CaseFacts facts) {
		Instant registrationDue = this.calendar.add(facts.reportedAt(),
				TimeLimit.workingHours(this.properties.registrationWorkingHours()), schedule("DISPATCHER"));
		String field = schedule("GRID_WORKER");
		List<Instant> verificationDues = facts.verifications()
			.stream()
			.map((verification) -> this.calendar.add(verification.handledAt(),
					TimeLimit.workingHours(this.properties.verificationWorkingHours()), field))
			.toList();
		Long minutes = (facts.closedAt() != null && facts.registeredAt() != null) ? this.calendar
			.workingTimeBetween(facts.registeredAt(), facts.closedAt(), schedule("DEPARTMENT_HANDLER"))
			.toMinutes() : null;
		return new LedgerFact(facts, registrationDue, verificationDues, minutes);
	}

	private String schedule(String role) {
		return this.calendar.scheduleFor(role);
	}

}

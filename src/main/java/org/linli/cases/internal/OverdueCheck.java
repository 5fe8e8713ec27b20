package org.linli.cases.internal;

import java.time.Clock;
import java.time.Instant;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a timer does when it fires: if its step is still open at its due, judged by the
 * cases clock, it marks the step overdue on the timeline (as the system) and publishes
 * {@link org.linli.cases.OrderOverdue}; an unsigned order also goes up to the street. A
 * step done in time, or already marked by an earlier firing, changes nothing.
 */
@Component
class OverdueCheck {

	static final String SYSTEM = "system";

	private final CaseRepository repository;

	private final ApplicationEventPublisher publisher;

	private final Clock clock;

	OverdueCheck(CaseRepository repository, ApplicationEventPublisher publisher, Clock clock) {
		this.repository = repository;
		this.publisher = publisher;
		this.clock = clock;
	}

	@Transactional
	public void fire(String instanceId) {
		OverdueTimer timer = OverdueTimer.parse(instanceId);
		Case checked = this.repository.find(timer.caseId()).orElse(null);
		if (checked == null) {
			return;
		}
		Instant now = this.clock.instant();
		boolean overdue = switch (timer.step()) {
			case SIGNING -> checked.markSigningOverdue(timer.dispatchId(), SYSTEM, now);
			case HANDLING -> checked.markHandlingOverdue(timer.dispatchId(), SYSTEM, now);
			case REPORT_IN ->
				checked.markReportInOverdue(timer.departmentCode(), timer.summonedAtMillis(), SYSTEM, now);
		};
		if (overdue) {
			this.repository.update(checked);
			checked.events.forEach(this.publisher::publishEvent);
			checked.events.clear();
		}
	}

}

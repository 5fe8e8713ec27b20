package org.linli.cases.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The rules of the case workflow that a district may set differently.
 *
 * @param maxReturns returns allowed before only the street's ruling dispatches a case
 * again
 * @param signWorkingHours working hours a department has to sign for an order
 * @param reportInWorkingHours working hours a summoned department has to report in
 * @param reopenWindow how long after closure a dissatisfied reporter may reopen
 * @param duplicateRadiusMetres how near an open case must be to count as a possible
 * duplicate
 * @param duplicateWindow how recent an open case must be to count as a possible duplicate
 * @param intakeConcurrency intakes that may run at once on this node; each holds a pool
 * connection only for its short reads, none while the intake writer stores it, so the
 * more run at once, the larger the writer's batches
 * @param intakeQueueWait how long an intake may wait for its turn before it is answered
 * 503 with Retry-After
 */
@ConfigurationProperties("linli.cases")
public record CaseProperties(@DefaultValue("2") int maxReturns, @DefaultValue("2") int signWorkingHours,
		@DefaultValue("1") int reportInWorkingHours, @DefaultValue("7d") Duration reopenWindow,
		@DefaultValue("50") double duplicateRadiusMetres, @DefaultValue("7d") Duration duplicateWindow,
		@DefaultValue("64") int intakeConcurrency, @DefaultValue("1s") Duration intakeQueueWait) {

}

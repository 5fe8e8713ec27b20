package org.linli.cases;

import java.time.Instant;

/**
 * One step of a concern a reporter understands (the tracking link's steps): {@code id}
 * grows with every timeline entry, {@code step} is the step's code (e.g.
 * {@code dispatch}, {@code verify-passed}) and {@code text} its words in the current
 * language.
 */
public record CaseStatusUpdate(long id, CaseId caseId, String number, String step, String text, Instant at) {

}

package org.linli.cases;

import java.time.Instant;

/**
 * Published by whoever takes a community affair up elsewhere — the residents' matter (议题)
 * it became — so the concern's timeline points to it.
 *
 * @param reference the number the concern's readers look up, e.g. the matter's number
 */
public record CaseTakenUp(CaseId id, String reference, String actor, Instant at) implements CaseEvent {

}

package org.linli.cases.internal;

import java.time.Instant;

/**
 * One line of a case's append-only history. {@code actor} is the username, or null for an
 * anonymous reporter.
 */
public record TimelineEntry(Instant at, String actor, String action, String note) {

}

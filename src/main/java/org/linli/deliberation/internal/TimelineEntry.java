package org.linli.deliberation.internal;

import java.time.Instant;

/** One line of a matter's append-only history. */
record TimelineEntry(Instant at, String actor, String action, String note) {

}

package org.linli.cases.internal;

import java.time.Instant;

import org.linli.cases.Priority;

/**
 * What the system a concern came from asked for: a 12345 ticket's urgency and its
 * deadline (办结时限). Either may be null.
 */
record SourceTerms(Priority priority, Instant dueBy) {

	static final SourceTerms NONE = new SourceTerms(null, null);

}

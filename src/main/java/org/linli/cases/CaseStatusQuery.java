package org.linli.cases;

import java.time.Instant;
import java.util.List;

/**
 * Which concerns a public feed lists: those reported in {@code [from, to)} that are
 * classified under one of {@code categoryCodes} and are not private affairs, or came in
 * through one of {@code channels}, or are one of {@code caseIds}. {@code open} null means
 * open and closed alike. Newest first.
 */
public record CaseStatusQuery(List<String> categoryCodes, List<Channel> channels, List<CaseId> caseIds, Instant from,
		Instant to, Boolean open, int offset, int limit) {

	public CaseStatusQuery {
		categoryCodes = List.copyOf(categoryCodes);
		channels = List.copyOf(channels);
		caseIds = List.copyOf(caseIds);
	}

}

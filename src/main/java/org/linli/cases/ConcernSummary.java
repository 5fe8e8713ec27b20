package org.linli.cases;

import org.linli.catalogue.Tier;

/**
 * What another module needs to know of a concern; {@code tier} is null until it is
 * registered.
 */
public record ConcernSummary(CaseId id, String number, Tier tier, CaseStatus status, String gridCode,
		String communityCode, String description) {

}

package org.linli.deliberation;

import java.time.Instant;
import java.util.UUID;

/**
 * {@code caseId} is the community-tier concern the matter was converted from, or null.
 */
public record MatterRaised(UUID id, String number, String scopeCode, UUID caseId, Instant at) {

}

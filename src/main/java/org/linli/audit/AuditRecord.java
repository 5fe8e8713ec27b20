package org.linli.audit;

import java.time.Instant;
import java.util.Map;

/**
 * An audit entry as it was stored: numbered in the order it was appended and stamped with
 * the time.
 */
public record AuditRecord(long id, Instant occurredAt, String actor, String action, String targetType, String targetId,
		Map<String, String> detail) {

}

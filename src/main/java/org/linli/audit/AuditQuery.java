package org.linli.audit;

import java.time.Instant;

/**
 * Which audit entries to list; every criterion is optional (null or blank) and they
 * combine with AND.
 *
 * @param from inclusive lower bound of the time, or null
 * @param to exclusive upper bound of the time, or null
 */
public record AuditQuery(String targetType, String targetId, String actor, Instant from, Instant to) {

	public AuditQuery {
		targetType = blankToNull(targetType);
		targetId = blankToNull(targetId);
		actor = blankToNull(actor);
	}

	public static final AuditQuery ALL = new AuditQuery(null, null, null, null, null);

	public static AuditQuery forTarget(String targetType, String targetId) {
		return new AuditQuery(targetType, targetId, null, null, null);
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}

package org.linli.audit;

import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * One thing worth remembering: who did it, what they did, and to which record. The detail
 * says how or why (a reason, a count, a file name) and never carries personal data values
 * such as a phone or an ID number.
 *
 * @param actor the username, or {@link #ANONYMOUS} / {@link #SYSTEM}; blank means
 * anonymous; at most 64 characters
 * @param action what happened, in upper snake case, e.g. {@code PERSONAL_DATA_REVEALED}
 * @param targetType the kind of record acted on, e.g. {@code resident}; may be null; at
 * most 64 characters
 * @param targetId the record's id; may be null; at most 128 characters
 * @param detail short key/value facts about the action; may be null
 */
public record AuditEntry(String actor, String action, String targetType, String targetId, Map<String, String> detail) {

	public static final String ANONYMOUS = "anonymous";

	public static final String SYSTEM = "system";

	private static final Pattern ACTION = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");

	public AuditEntry {
		if (actor == null || actor.isBlank()) {
			actor = ANONYMOUS;
		}
		if (action == null || !ACTION.matcher(action).matches()) {
			throw new IllegalArgumentException("Audit action must be upper snake case: " + action);
		}
		requireLength("actor", actor, 64);
		requireLength("targetType", targetType, 64);
		requireLength("targetId", targetId, 128);
		detail = (detail != null) ? Map.copyOf(new TreeMap<>(detail)) : Map.of();
	}

	public AuditEntry(String actor, String action, String targetType, String targetId) {
		this(actor, action, targetType, targetId, Map.of());
	}

	private static void requireLength(String name, String value, int max) {
		if (value != null && value.length() > max) {
			throw new IllegalArgumentException("Audit " + name + " is longer than " + max + " characters");
		}
	}

}

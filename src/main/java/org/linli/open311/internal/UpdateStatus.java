package org.linli.open311.internal;

import java.util.Map;

/**
 * The status after each public step in the words of FixMyStreet's extended states: only
 * the on-site verification makes a concern {@code FIXED}, a result reported by a
 * department is still {@code IN_PROGRESS}.
 */
final class UpdateStatus {

	private static final Map<String, String> BY_STEP = Map.ofEntries(Map.entry("report", "OPEN"),
			Map.entry("accept", "INVESTIGATING"), Map.entry("dispatch", "ACTION_SCHEDULED"),
			Map.entry("rule-return", "ACTION_SCHEDULED"), Map.entry("suspension-approved", "ACTION_SCHEDULED"),
			Map.entry("sign", "IN_PROGRESS"), Map.entry("handle", "IN_PROGRESS"),
			Map.entry("verify-failed", "IN_PROGRESS"), Map.entry("assign-community", "IN_PROGRESS"),
			Map.entry("resume", "IN_PROGRESS"), Map.entry("reopen", "IN_PROGRESS"), Map.entry("verify-passed", "FIXED"),
			Map.entry("evaluate", "FIXED"), Map.entry("guide", "CLOSED"),
			Map.entry("refer-mediation", "INTERNAL_REFERRAL"), Map.entry("refer-legal-advice", "INTERNAL_REFERRAL"),
			Map.entry("reject", "NO_FURTHER_ACTION"), Map.entry("merge", "DUPLICATE"));

	private UpdateStatus() {
	}

	static String of(String step) {
		return BY_STEP.getOrDefault(step, "OPEN");
	}

}

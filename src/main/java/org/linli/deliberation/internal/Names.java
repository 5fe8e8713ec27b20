package org.linli.deliberation.internal;

import java.util.HashMap;
import java.util.Map;

import org.linli.identity.Accounts;
import org.linli.identity.Role;

/**
 * Shows people by display name; for readers who do not work with residents by name, a
 * resident's name keeps its first character and masks the rest (张**). Looks each account
 * up once.
 */
final class Names {

	private final Accounts accounts;

	private final boolean maskResidents;

	private final Map<String, String> shown = new HashMap<>();

	Names(Accounts accounts, boolean maskResidents) {
		this.accounts = accounts;
		this.maskResidents = maskResidents;
	}

	String of(String username) {
		return (username != null) ? this.shown.computeIfAbsent(username, this::lookUp) : null;
	}

	private String lookUp(String username) {
		String name = this.accounts.displayNameOf(username).orElse(username);
		boolean resident = this.accounts.scopeOf(username).filter((scope) -> scope.has(Role.RESIDENT)).isPresent();
		return (this.maskResidents && resident) ? mask(name) : name;
	}

	/** Masks the name, keeping a bracketed role after it: 刘伦学（业委会） → 刘**（业委会）. */
	static String mask(String name) {
		if (name.isEmpty()) {
			return name;
		}
		int end = name.length();
		for (String bracket : new String[] { "\uff08", "(" }) {
			int at = name.indexOf(bracket);
			if (at > 0 && at < end) {
				end = at;
			}
		}
		int first = name.offsetByCodePoints(0, 1);
		return name.substring(0, first) + "*".repeat(Math.max(0, name.codePointCount(first, end)))
				+ name.substring(Math.max(first, end));
	}

}

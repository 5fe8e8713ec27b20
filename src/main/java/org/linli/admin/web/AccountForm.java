package org.linli.admin.web;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.linli.identity.NewAccount;
import org.linli.identity.Role;
import org.linli.shared.FieldProblem;

/**
 * A new account as the form sends it: text, so that what was typed can be shown again
 * next to its problem (the password never is). Area codes are separated by commas or
 * white space.
 */
record AccountForm(String username, String displayName, String password, List<String> roles, String areaCodes,
		String departmentCode) {

	static final AccountForm EMPTY = new AccountForm("", "", "", List.of(), "", "");

	AccountForm {
		roles = (roles != null) ? List.copyOf(roles) : List.of();
	}

	/** The account to create; a role the form could not read is named in the problems. */
	NewAccount account(List<FieldProblem> problems) {
		Set<Role> parsed = EnumSet.noneOf(Role.class);
		for (String role : this.roles) {
			try {
				parsed.add(Role.valueOf(role.strip().toUpperCase(Locale.ROOT)));
			}
			catch (IllegalArgumentException ex) {
				problems.add(new FieldProblem("roles", "admin.error.role-unknown", role));
			}
		}
		return new NewAccount(stripped(this.username), stripped(this.displayName), this.password, parsed,
				codes(this.areaCodes), stripped(this.departmentCode));
	}

	/** What is shown again after a refusal: everything but the password. */
	AccountForm withoutPassword() {
		return new AccountForm(this.username, this.displayName, "", this.roles, this.areaCodes, this.departmentCode);
	}

	static List<String> codes(String text) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		return Arrays.stream(text.strip().split("[\\s,，、;；]+")).filter((code) -> !code.isEmpty()).distinct().toList();
	}

	private static String stripped(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}

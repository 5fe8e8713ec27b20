package org.linli.identity;

import java.util.List;
import java.util.Optional;

/**
 * The people who can sign in, and what each may see.
 */
public interface Accounts {

	/** Creates the account, or does nothing when the username exists already. */
	void register(NewAccount account);

	/**
	 * Creates many accounts at once; accounts sharing a password share the (expensive)
	 * hashing.
	 */
	void registerAll(List<NewAccount> accounts);

	Optional<Scope> scopeOf(String username);

	Optional<String> displayNameOf(String username);

	List<AccountView> all();

	record AccountView(String username, String displayName, List<Role> roles, List<String> areaCodes,
			String departmentCode, boolean enabled) {
	}

}

package org.linli.identity;

import java.util.List;
import java.util.Optional;

import org.springframework.security.access.prepost.PreAuthorize;

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

	/**
	 * Creates an account for an administrator, or refuses it whole, naming every problem:
	 * a username taken or not of the allowed form, a missing display name, a password
	 * under 8 characters, no role, an area code that is not 6, 9, 12 or 15 digits, no
	 * area for a grid worker, community staff, dispatcher or leader, no department for a
	 * department handler or a department for anyone else. Whether the areas and the
	 * department exist is for the caller to check, in the same transaction. Audited.
	 */
	@PreAuthorize("hasRole('ADMIN')")
	void create(NewAccount account);

	/**
	 * The account can no longer sign in or use its tokens. An administrator cannot
	 * disable their own account. Audited.
	 */
	@PreAuthorize("hasRole('ADMIN')")
	void disable(String username);

	/** Audited. */
	@PreAuthorize("hasRole('ADMIN')")
	void enable(String username);

	/** Lifts the lock after repeated wrong passwords. Audited. */
	@PreAuthorize("hasRole('ADMIN')")
	void unlock(String username);

	/**
	 * @param locked locked for now after repeated wrong passwords
	 */
	record AccountView(String username, String displayName, List<Role> roles, List<String> areaCodes,
			String departmentCode, boolean enabled, boolean locked) {
	}

}

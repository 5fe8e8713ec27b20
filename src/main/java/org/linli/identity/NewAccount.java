package org.linli.identity;

import java.util.List;
import java.util.Set;

/**
 * A login to create: the password is given in clear and stored only as a hash.
 */
public record NewAccount(String username, String displayName, String password, Set<Role> roles, List<String> areaCodes,
		String departmentCode) {

	public NewAccount {
		roles = Set.copyOf(roles);
		areaCodes = List.copyOf(areaCodes);
	}

}

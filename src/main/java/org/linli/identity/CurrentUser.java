package org.linli.identity;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The scope of whoever is making the current request, the same for pages and for the API.
 */
public final class CurrentUser {

	private CurrentUser() {
	}

	public static Scope scope() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof LinliUser user) {
			return user.scope();
		}
		return Scope.ANONYMOUS;
	}

}

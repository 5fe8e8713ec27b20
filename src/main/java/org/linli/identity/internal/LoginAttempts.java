package org.linli.identity.internal;

import org.linli.identity.LinliUser;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Counts failed logins so that an account is locked for a while after repeated wrong
 * passwords, for the login page and the token endpoint alike.
 */
@Component
class LoginAttempts {

	private final AccountStore accounts;

	LoginAttempts(AccountStore accounts) {
		this.accounts = accounts;
	}

	@EventListener
	void onFailure(AuthenticationFailureBadCredentialsEvent event) {
		this.accounts.loginFailed(event.getAuthentication().getName());
	}

	@EventListener
	void onSuccess(AuthenticationSuccessEvent event) {
		if (event.getAuthentication() instanceof UsernamePasswordAuthenticationToken
				&& event.getAuthentication().getPrincipal() instanceof LinliUser user) {
			this.accounts.loginSucceeded(user.getUsername());
		}
	}

}

package org.linli.identity.internal;

import org.linli.audit.AuditEntry;
import org.linli.audit.AuditLog;
import org.linli.identity.LinliUser;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Counts failed logins so that an account is locked for a while after repeated wrong
 * passwords, and records every password login, successful or not, in the audit log: for
 * the login page and the token endpoint alike.
 */
@Component
class LoginAttempts {

	private static final int MAX_RECORDED_NAME = 64;

	private final AccountStore accounts;

	private final AuditLog audit;

	LoginAttempts(AccountStore accounts, AuditLog audit) {
		this.accounts = accounts;
		this.audit = audit;
	}

	@EventListener
	void onFailure(AbstractAuthenticationFailureEvent event) {
		String name = recordable(event.getAuthentication().getName());
		if (event instanceof AuthenticationFailureBadCredentialsEvent) {
			this.accounts.loginFailed(name);
		}
		this.audit.record(new AuditEntry(name, "LOGIN_FAILED", "account", name));
	}

	@EventListener
	void onSuccess(AuthenticationSuccessEvent event) {
		if (event.getAuthentication() instanceof UsernamePasswordAuthenticationToken
				&& event.getAuthentication().getPrincipal() instanceof LinliUser user) {
			this.accounts.loginSucceeded(user.getUsername());
			this.audit.record(new AuditEntry(user.getUsername(), "LOGIN_SUCCEEDED", "account", user.getUsername()));
		}
	}

	private static String recordable(String name) {
		String value = (name == null || name.isBlank()) ? AuditEntry.ANONYMOUS : name.strip();
		return (value.length() > MAX_RECORDED_NAME) ? value.substring(0, MAX_RECORDED_NAME) : value;
	}

}

package org.linli.identity;

import java.time.Instant;
import java.util.Collection;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in person, for pages and API alike, carrying the scope every module checks.
 */
public final class LinliUser implements UserDetails, CredentialsContainer {

	private final Scope scope;

	private final String displayName;

	private final boolean enabled;

	private final Instant lockedUntil;

	private String passwordHash;

	public LinliUser(Scope scope, String displayName, String passwordHash, boolean enabled, Instant lockedUntil) {
		this.scope = scope;
		this.displayName = displayName;
		this.passwordHash = passwordHash;
		this.enabled = enabled;
		this.lockedUntil = lockedUntil;
	}

	public Scope scope() {
		return this.scope;
	}

	public String displayName() {
		return this.displayName;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return this.scope.roles();
	}

	@Override
	public String getPassword() {
		return this.passwordHash;
	}

	@Override
	public String getUsername() {
		return this.scope.username();
	}

	@Override
	public boolean isEnabled() {
		return this.enabled;
	}

	@Override
	public boolean isAccountNonLocked() {
		return this.lockedUntil == null || this.lockedUntil.isBefore(Instant.now());
	}

	@Override
	public void eraseCredentials() {
		this.passwordHash = null;
	}

}

package org.linli.identity.internal;

import org.linli.identity.LinliUser;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.stereotype.Component;

/**
 * Turns a valid bearer token into the same principal a page login yields, read afresh
 * from the accounts so that a disabled or locked account loses API access at once.
 */
@Component
class BearerUserConverter implements Converter<Jwt, AbstractAuthenticationToken> {

	private final AccountStore accounts;

	BearerUserConverter(AccountStore accounts) {
		this.accounts = accounts;
	}

	@Override
	public AbstractAuthenticationToken convert(Jwt jwt) {
		LinliUser user = this.accounts.findUser(jwt.getSubject())
			.filter(LinliUser::isEnabled)
			.filter(LinliUser::isAccountNonLocked)
			.orElseThrow(() -> new InvalidBearerTokenException("account unavailable"));
		user.eraseCredentials();
		return new BearerAuthentication(user, jwt);
	}

	static final class BearerAuthentication extends AbstractAuthenticationToken {

		private final transient LinliUser user;

		private final transient Jwt jwt;

		BearerAuthentication(LinliUser user, Jwt jwt) {
			super(user.getAuthorities());
			this.user = user;
			this.jwt = jwt;
			setAuthenticated(true);
		}

		@Override
		public Object getCredentials() {
			return this.jwt;
		}

		@Override
		public Object getPrincipal() {
			return this.user;
		}

	}

}

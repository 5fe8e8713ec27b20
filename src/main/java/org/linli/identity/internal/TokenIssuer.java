package org.linli.identity.internal;

import java.time.Instant;

import org.linli.identity.LinliUser;

import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.stereotype.Service;

/**
 * Checks a username and password and issues a signed bearer token for the API. Wrong
 * password, unknown user, a disabled or locked account: all fail with an
 * {@link org.springframework.security.core.AuthenticationException}.
 */
@Service
public class TokenIssuer {

	private final AuthenticationManager authenticationManager;

	private final JwtEncoder encoder;

	private final SecurityProperties properties;

	TokenIssuer(AuthenticationManager authenticationManager, JwtEncoder encoder, SecurityProperties properties) {
		this.authenticationManager = authenticationManager;
		this.encoder = encoder;
		this.properties = properties;
	}

	public Token issue(String username, String password) {
		Authentication authentication = this.authenticationManager
			.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password));
		LinliUser user = (LinliUser) authentication.getPrincipal();
		Instant now = Instant.now();
		Instant expiresAt = now.plus(this.properties.tokenTtl());
		JwtClaimsSet claims = JwtClaimsSet.builder()
			.issuer("linli")
			.subject(user.getUsername())
			.issuedAt(now)
			.expiresAt(expiresAt)
			.build();
		String value = this.encoder
			.encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(), claims))
			.getTokenValue();
		return new Token(value, expiresAt);
	}

	public record Token(String value, Instant expiresAt) {
	}

}

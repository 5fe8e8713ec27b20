package org.linli.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.Ticker;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/**
 * Verifies each bearer token once and remembers it until it expires: a token cannot
 * change, and verifying its signature and parsing its claims on every request took 7 % of
 * the request threads' samples at intake (README, Benchmarks). Only tokens the delegate
 * accepted are remembered, each until its own expiry, at most ten minutes; whether the
 * account may still act is checked on every request all the same
 * ({@link BearerUserConverter}).
 */
final class RememberingJwtDecoder implements JwtDecoder {

	private static final Duration LONGEST = Duration.ofMinutes(10);

	private final JwtDecoder delegate;

	private final Cache<String, Jwt> verified;

	/**
	 * @param clock the time tokens expire by
	 * @param ticker the time remembered tokens are forgotten by (the same time, as
	 * nanoseconds)
	 */
	RememberingJwtDecoder(JwtDecoder delegate, Clock clock, Ticker ticker) {
		this.delegate = delegate;
		this.verified = Caffeine.newBuilder()
			.maximumSize(10_000)
			.ticker(ticker)
			.expireAfter(Expiry.creating((String token, Jwt jwt) -> untilExpiry(jwt, clock.instant())))
			.build();
	}

	@Override
	public Jwt decode(String token) {
		return this.verified.get(token, this.delegate::decode);
	}

	private static Duration untilExpiry(Jwt jwt, Instant now) {
		if (jwt.getExpiresAt() == null) {
			return LONGEST;
		}
		Duration left = Duration.between(now, jwt.getExpiresAt());
		return left.isNegative() ? Duration.ZERO : (left.compareTo(LONGEST) > 0 ? LONGEST : left);
	}

}

package org.linli.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RememberingJwtDecoderTest {

	private static final Instant NOW = Instant.parse("2026-11-22T08:00:00Z");

	private final List<String> verified = new ArrayList<>();

	private final AtomicLong nanos = new AtomicLong();

	private final JwtDecoder decoder = new RememberingJwtDecoder(this::verify, Clock.fixed(NOW, ZoneOffset.UTC),
			this.nanos::get);

	@Test
	void aValidTokenIsVerifiedOnce() {
		Jwt first = this.decoder.decode("valid-for-1h");
		Jwt again = this.decoder.decode("valid-for-1h");
		assertThat(again).isSameAs(first);
		assertThat(this.verified).containsExactly("valid-for-1h");
	}

	@Test
	void aRefusedTokenIsRefusedEveryTimeItComes() {
		assertThatThrownBy(() -> this.decoder.decode("forged")).isInstanceOf(BadJwtException.class);
		assertThatThrownBy(() -> this.decoder.decode("forged")).isInstanceOf(BadJwtException.class);
		assertThat(this.verified).containsExactly("forged", "forged");
	}

	@Test
	void aTokenIsVerifiedAgainOnceItHasExpired() {
		this.decoder.decode("valid-for-5m");
		later(Duration.ofMinutes(4));
		this.decoder.decode("valid-for-5m");
		later(Duration.ofMinutes(2));
		this.decoder.decode("valid-for-5m");
		assertThat(this.verified).containsExactly("valid-for-5m", "valid-for-5m");
	}

	@Test
	void aLongLivedTokenIsRememberedForTenMinutesAtMost() {
		this.decoder.decode("valid-for-8h");
		later(Duration.ofMinutes(11));
		this.decoder.decode("valid-for-8h");
		assertThat(this.verified).containsExactly("valid-for-8h", "valid-for-8h");
	}

	private void later(Duration duration) {
		this.nanos.addAndGet(duration.toNanos());
	}

	private Jwt verify(String token) {
		this.verified.add(token);
		Duration life = switch (token) {
			case "valid-for-5m" -> Duration.ofMinutes(5);
			case "valid-for-1h" -> Duration.ofHours(1);
			case "valid-for-8h" -> Duration.ofHours(8);
			default -> throw new BadJwtException("signature does not match");
		};
		return Jwt.withTokenValue(token)
			.header("alg", "HS256")
			.subject("worker1")
			.issuedAt(NOW)
			.expiresAt(NOW.plus(life))
			.build();
	}

}

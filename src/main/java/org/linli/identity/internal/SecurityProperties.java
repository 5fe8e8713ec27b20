package org.linli.identity.internal;

import java.time.Duration;
import java.util.Base64;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param tokenSecret base64 of at least 32 random bytes signing the API's bearer tokens
 * @param tokenTtl how long a bearer token is valid
 * @param anonymousWritesPerMinute how many reports, photos and evaluations one address
 * may send per minute without signing in
 */
@ConfigurationProperties("linli.security")
record SecurityProperties(String tokenSecret, Duration tokenTtl, Integer anonymousWritesPerMinute) {

	SecurityProperties {
		if (tokenSecret == null || Base64.getDecoder().decode(tokenSecret).length < 32) {
			throw new IllegalStateException("linli.security.token-secret must be base64 of at least 32 bytes");
		}
		if (tokenTtl == null) {
			tokenTtl = Duration.ofHours(8);
		}
		if (anonymousWritesPerMinute == null) {
			anonymousWritesPerMinute = 20;
		}
		if (anonymousWritesPerMinute < 1) {
			throw new IllegalStateException("linli.security.anonymous-writes-per-minute must be at least 1");
		}
	}

	SecretKey tokenKey() {
		return new SecretKeySpec(Base64.getDecoder().decode(this.tokenSecret), "HmacSHA256");
	}

}

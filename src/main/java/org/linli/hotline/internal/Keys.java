package org.linli.hotline.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.linli.hotline.HotlineKeys;
import org.linli.identity.CurrentUser;
import org.linli.shared.InvalidInputException;
import org.linli.shared.NotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hotline API keys: 32 random bytes shown once when issued; only their SHA-256 is kept,
 * with the first characters as a hint.
 */
@Service
@Transactional
public class Keys implements HotlineKeys {

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final int NAME_MAX = 100;

	private final JdbcClient jdbc;

	private final Clock clock;

	Keys(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@PreAuthorize("hasRole('ADMIN')")
	public Issued issue(String name) {
		String given = (name == null) ? "" : name.strip();
		if (given.isEmpty() || given.length() > NAME_MAX) {
			throw new InvalidInputException("name", "hotline.error.key-name", NAME_MAX);
		}
		byte[] secret = new byte[32];
		RANDOM.nextBytes(secret);
		String key = "hl_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
		return new Issued(insert(given, key, CurrentUser.scope().username()), key);
	}

	@Override
	public void registerKnown(String name, String key) {
		boolean known = this.jdbc.sql("select count(*) from hotline.api_key where key_hash = :hash")
			.param("hash", hash(key))
			.query(Long.class)
			.single() > 0;
		if (!known) {
			insert(name, key, null);
		}
	}

	@PreAuthorize("hasRole('ADMIN')")
	@Transactional(readOnly = true)
	public List<KeyView> all() {
		return this.jdbc.sql("""
				select id, name, key_hint, created_by, created_at, revoked_at, last_used_at
				  from hotline.api_key order by created_at, name""")
			.query((rs, row) -> new KeyView(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
					rs.getString(4), instant(rs.getTimestamp(5)), instant(rs.getTimestamp(6)),
					instant(rs.getTimestamp(7))))
			.list();
	}

	@PreAuthorize("hasRole('ADMIN')")
	public void revoke(UUID id) {
		int changed = this.jdbc.sql("update hotline.api_key set revoked_at = coalesce(revoked_at, :now) where id = :id")
			.param("now", Timestamp.from(this.clock.instant()))
			.param("id", id)
			.update();
		if (changed == 0) {
			throw new NotFoundException("hotline.error.key-not-found");
		}
	}

	/** The name of the key if it was issued and is not revoked. */
	Optional<String> check(String key) {
		if (key == null || key.isBlank() || key.length() > 200) {
			return Optional.empty();
		}
		return this.jdbc.sql("""
				update hotline.api_key set last_used_at = :now
				 where key_hash = :hash and revoked_at is null returning name""")
			.param("now", Timestamp.from(this.clock.instant()))
			.param("hash", hash(key.strip()))
			.query(String.class)
			.optional();
	}

	private KeyView insert(String name, String key, String createdBy) {
		UUID id = UUID.randomUUID();
		Instant now = this.clock.instant();
		String hint = key.substring(0, Math.min(7, key.length())) + "…";
		this.jdbc.sql("""
				insert into hotline.api_key (id, name, key_hash, key_hint, created_by, created_at)
				values (:id, :name, :hash, :hint, :createdBy, :now)""")
			.param("id", id)
			.param("name", name)
			.param("hash", hash(key))
			.param("hint", hint)
			.param("createdBy", createdBy)
			.param("now", Timestamp.from(now))
			.update();
		return new KeyView(id, name, hint, createdBy, now, null, null);
	}

	private static String hash(String key) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is not available", ex);
		}
	}

	private static Instant instant(Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

	public record KeyView(UUID id, String name, String hint, String createdBy, Instant createdAt, Instant revokedAt,
			Instant lastUsedAt) {

	}

	/** A new key: {@code key} is shown this once. */
	public record Issued(KeyView view, String key) {

	}

}

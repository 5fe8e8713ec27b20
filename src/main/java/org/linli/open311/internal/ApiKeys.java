package org.linli.open311.internal;

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

import org.linli.identity.CurrentUser;
import org.linli.open311.Open311Keys;
import org.linli.shared.InvalidInputException;
import org.linli.shared.NotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keys are 32 random bytes shown once when issued; only their SHA-256 is stored (a key
 * has enough entropy that a fast hash cannot be reversed), with the first characters as a
 * hint.
 */
@Service
@Transactional
public class ApiKeys implements Open311Keys {

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final int NAME_MAX = 100;

	private final JdbcClient jdbc;

	private final Clock clock;

	ApiKeys(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@PreAuthorize("hasRole('ADMIN')")
	public IssuedKey issue(String name) {
		String given = (name == null) ? "" : name.strip();
		if (given.isEmpty() || given.length() > NAME_MAX) {
			throw new InvalidInputException("name", "open311.error.key-name", NAME_MAX);
		}
		byte[] secret = new byte[32];
		RANDOM.nextBytes(secret);
		String key = "o311_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
		KeyView view = insert(given, key, CurrentUser.scope().username());
		return new IssuedKey(view, key);
	}

	@Override
	public void registerKnown(String name, String key) {
		boolean known = this.jdbc.sql("select count(*) from open311.api_key where key_hash = :hash")
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
				  from open311.api_key order by created_at, name""")
			.query((rs, row) -> new KeyView(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
					rs.getString(4), instant(rs.getTimestamp(5)), instant(rs.getTimestamp(6)),
					instant(rs.getTimestamp(7))))
			.list();
	}

	@PreAuthorize("hasRole('ADMIN')")
	public void revoke(UUID id) {
		int changed = this.jdbc.sql("update open311.api_key set revoked_at = coalesce(revoked_at, :now) where id = :id")
			.param("now", Timestamp.from(this.clock.instant()))
			.param("id", id)
			.update();
		if (changed == 0) {
			throw new NotFoundException("open311.error.key-not-found");
		}
	}

	/** The id of the key if it was issued and is not revoked. */
	public Optional<UUID> check(String key) {
		if (key == null || key.isBlank() || key.length() > 200) {
			return Optional.empty();
		}
		return this.jdbc.sql("""
				update open311.api_key set last_used_at = :now
				 where key_hash = :hash and revoked_at is null returning id""")
			.param("now", Timestamp.from(this.clock.instant()))
			.param("hash", hash(key.strip()))
			.query(UUID.class)
			.optional();
	}

	private KeyView insert(String name, String key, String createdBy) {
		UUID id = UUID.randomUUID();
		Instant now = this.clock.instant();
		String hint = key.substring(0, Math.min(8, key.length())) + "…";
		this.jdbc.sql("""
				insert into open311.api_key (id, name, key_hash, key_hint, created_by, created_at)
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

	static String hash(String key) {
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

	/** A new key: {@code key} is shown this once and never again. */
	public record IssuedKey(KeyView view, String key) {

	}

}

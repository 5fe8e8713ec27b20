package org.linli.shared.apikey;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.linli.shared.InvalidInputException;
import org.linli.shared.NotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The API keys other systems call with, kept in a module's own table (columns
 * {@code id, name, key_hash, key_hint, created_by, created_at, revoked_at, last_used_at}).
 * A key is 32 random bytes after the module's prefix, shown once when issued; only its
 * SHA-256 is stored (a key has enough entropy that a fast hash cannot be reversed), with
 * its first characters as a hint. The owning module checks roles and writes the audit
 * entries; problems are reported under the module's message keys
 * ({@code <prefix>.error.key-name}, {@code <prefix>.error.key-not-found}).
 */
public final class ApiKeyTable {

	public static final int NAME_MAX = 100;

	private static final Pattern TABLE = Pattern.compile("[a-z][a-z0-9_]*\\.[a-z][a-z0-9_]*");

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final String COLUMNS = "id, name, key_hint, created_by, created_at, revoked_at, last_used_at";

	private final JdbcClient jdbc;

	private final Clock clock;

	private final String table;

	private final String keyPrefix;

	private final int hintLength;

	private final String messagePrefix;

	/**
	 * @param table the schema-qualified table, e.g. {@code open311.api_key}
	 * @param keyPrefix what every issued key starts with, e.g. {@code o311_}
	 * @param hintLength how many leading characters of a key the hint shows
	 * @param messagePrefix the module's message key prefix, e.g. {@code open311}
	 */
	public ApiKeyTable(JdbcClient jdbc, Clock clock, String table, String keyPrefix, int hintLength,
			String messagePrefix) {
		if (!TABLE.matcher(table).matches()) {
			throw new IllegalArgumentException("Not a schema-qualified table name: " + table);
		}
		this.jdbc = jdbc;
		this.clock = clock;
		this.table = table;
		this.keyPrefix = keyPrefix;
		this.hintLength = hintLength;
		this.messagePrefix = messagePrefix;
	}

	/** A new key named {@code name}, issued by {@code createdBy}. */
	public IssuedKey issue(String name, String createdBy) {
		String given = (name == null) ? "" : name.strip();
		if (given.isEmpty() || given.length() > NAME_MAX) {
			throw new InvalidInputException("name", this.messagePrefix + ".error.key-name", NAME_MAX);
		}
		byte[] secret = new byte[32];
		RANDOM.nextBytes(secret);
		String key = this.keyPrefix + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
		return new IssuedKey(insert(given, key, createdBy), key);
	}

	/**
	 * Registers a key chosen outside Linli (a demo key, a key carried over from a former
	 * system) unless a key with the same value is already registered.
	 */
	public void registerKnown(String name, String key) {
		boolean known = this.jdbc.sql("select count(*) from " + this.table + " where key_hash = :hash")
			.param("hash", hash(key))
			.query(Long.class)
			.single() > 0;
		if (!known) {
			insert(name, key, null);
		}
	}

	/** Every key, revoked ones too, oldest first. */
	public List<KeyView> all() {
		return this.jdbc.sql("select " + COLUMNS + " from " + this.table + " order by created_at, name")
			.query((rs, row) -> view(rs))
			.list();
	}

	/** Revokes the key (a revoked key stays revoked since its first revocation). */
	public KeyView revoke(UUID id) {
		return this.jdbc
			.sql("update " + this.table + " set revoked_at = coalesce(revoked_at, :now) where id = :id returning "
					+ COLUMNS)
			.param("now", Timestamp.from(this.clock.instant()))
			.param("id", id)
			.query((rs, row) -> view(rs))
			.optional()
			.orElseThrow(() -> new NotFoundException(this.messagePrefix + ".error.key-not-found"));
	}

	/** The key if it was issued and is not revoked; notes that it was used now. */
	public Optional<KeyView> check(String key) {
		if (key == null || key.isBlank() || key.length() > 200) {
			return Optional.empty();
		}
		return this.jdbc
			.sql("update " + this.table + " set last_used_at = :now where key_hash = :hash and revoked_at is null"
					+ " returning " + COLUMNS)
			.param("now", Timestamp.from(this.clock.instant()))
			.param("hash", hash(key.strip()))
			.query((rs, row) -> view(rs))
			.optional();
	}

	private KeyView insert(String name, String key, String createdBy) {
		UUID id = UUID.randomUUID();
		Instant now = this.clock.instant();
		String hint = key.substring(0, Math.min(this.hintLength, key.length())) + "…";
		this.jdbc.sql("insert into " + this.table + """
				 (id, name, key_hash, key_hint, created_by, created_at)
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

	private static KeyView view(ResultSet rs) throws SQLException {
		return new KeyView(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4),
				instant(rs.getTimestamp(5)), instant(rs.getTimestamp(6)), instant(rs.getTimestamp(7)));
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

package org.linli.media.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

import org.linli.media.PhotoContent;
import org.linli.media.PhotoStore;
import org.linli.media.StoredPhoto;
import org.linli.shared.InvalidInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.FileSystemResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Photos as files named by a random id, in one folder per upload day (year, month, day)
 * under the configured directory, written to a temporary file and moved into place so a
 * reader never sees half a photo. The metadata row is inserted only after the file is in
 * place; the unique sha-256 settles two identical uploads racing each other, and the
 * loser's file is removed.
 */
@Service
class FilesystemPhotoStore implements PhotoStore {

	private static final Logger log = LoggerFactory.getLogger(FilesystemPhotoStore.class);

	private static final int MAX_UPLOADER_LENGTH = 64;

	private final JdbcClient jdbc;

	private final Path root;

	private final long maxBytes;

	@Autowired
	FilesystemPhotoStore(JdbcClient jdbc, MediaProperties properties) {
		this(jdbc, directory(properties.directory()), properties.maxBytes());
	}

	FilesystemPhotoStore(JdbcClient jdbc, Path root, long maxBytes) {
		this.jdbc = jdbc;
		this.root = root.toAbsolutePath().normalize();
		this.maxBytes = maxBytes;
		try {
			Files.createDirectories(this.root);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot create the photo directory " + this.root, ex);
		}
	}

	private static Path directory(String configured) {
		if (configured == null || configured.isBlank()) {
			try {
				return Files.createTempDirectory("linli-media-");
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return Path.of(configured);
	}

	Path root() {
		return this.root;
	}

	long maxBytes() {
		return this.maxBytes;
	}

	@Override
	public StoredPhoto store(byte[] content, String uploadedBy) {
		if (content == null || content.length == 0) {
			throw new InvalidInputException("file", "media.error.empty");
		}
		if (content.length > this.maxBytes) {
			throw new InvalidInputException("file", "media.error.too-large", MediaProperties.megabytes(this.maxBytes));
		}
		PhotoType type = PhotoType.sniff(content)
			.orElseThrow(() -> new InvalidInputException("file", "media.error.unsupported-type"));
		String sha256 = sha256(content);
		Optional<StoredPhoto> existing = findBySha256(sha256);
		if (existing.isPresent()) {
			return existing.get();
		}
		UUID id = UUID.randomUUID();
		String key = storageKey(id, type);
		Path file = write(content, key);
		try {
			int inserted = this.jdbc.sql("""
					insert into media.photo (id, content_type, size_bytes, sha256, storage_key, uploaded_by)
					values (:id, :contentType, :size, :sha256, :key, :uploadedBy)
					on conflict (sha256) do nothing
					""")
				.param("id", id)
				.param("contentType", type.contentType())
				.param("size", (long) content.length)
				.param("sha256", sha256)
				.param("key", key)
				.param("uploadedBy", uploader(uploadedBy))
				.update();
			if (inserted == 0) {
				deleteQuietly(file);
				return findBySha256(sha256).orElseThrow();
			}
		}
		catch (RuntimeException ex) {
			deleteQuietly(file);
			throw ex;
		}
		return new StoredPhoto(id, type.contentType(), content.length);
	}

	@Override
	public Optional<PhotoContent> load(UUID id) {
		return this.jdbc.sql("""
				select id, content_type, size_bytes, sha256, storage_key, uploaded_by, uploaded_at
				from media.photo where id = :id
				""")
			.param("id", id)
			.query((rs, row) -> new Row(
					new StoredPhoto(rs.getObject("id", UUID.class), rs.getString("content_type"),
							rs.getLong("size_bytes")),
					rs.getString("sha256"), rs.getString("storage_key"), rs.getString("uploaded_by"),
					rs.getObject("uploaded_at", OffsetDateTime.class).toInstant()))
			.optional()
			.flatMap(this::content);
	}

	private Optional<PhotoContent> content(Row row) {
		Path file = this.root.resolve(row.storageKey());
		if (!Files.isRegularFile(file)) {
			log.error("Photo {} is recorded but its file {} is missing", row.photo().id(), file);
			return Optional.empty();
		}
		return Optional.of(new PhotoContent(row.photo(), row.sha256(), row.uploadedBy(), row.uploadedAt(),
				new FileSystemResource(file)));
	}

	private Optional<StoredPhoto> findBySha256(String sha256) {
		return this.jdbc.sql("select id, content_type, size_bytes from media.photo where sha256 = :sha256")
			.param("sha256", sha256)
			.query((rs, row) -> new StoredPhoto(rs.getObject("id", UUID.class), rs.getString("content_type"),
					rs.getLong("size_bytes")))
			.optional();
	}

	private static String storageKey(UUID id, PhotoType type) {
		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		return "%04d/%02d/%02d/%s.%s".formatted(today.getYear(), today.getMonthValue(), today.getDayOfMonth(), id,
				type.extension());
	}

	private Path write(byte[] content, String key) {
		Path target = this.root.resolve(key);
		Path temporary = null;
		try {
			Files.createDirectories(target.getParent());
			temporary = Files.createTempFile(target.getParent(), ".upload-", ".tmp");
			Files.write(temporary, content, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING,
					StandardOpenOption.SYNC);
			try {
				Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
			}
			catch (AtomicMoveNotSupportedException ex) {
				Files.move(temporary, target);
			}
			return target;
		}
		catch (IOException ex) {
			if (temporary != null) {
				deleteQuietly(temporary);
			}
			throw new UncheckedIOException("Cannot write photo " + key, ex);
		}
	}

	private static void deleteQuietly(Path file) {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			log.warn("Could not remove {}", file, ex);
		}
	}

	private static String uploader(String uploadedBy) {
		String name = (uploadedBy == null || uploadedBy.isBlank()) ? "anonymous" : uploadedBy.strip();
		return (name.length() > MAX_UPLOADER_LENGTH) ? name.substring(0, MAX_UPLOADER_LENGTH) : name;
	}

	static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is missing from the JVM", ex);
		}
	}

	private record Row(StoredPhoto photo, String sha256, String storageKey, String uploadedBy, Instant uploadedAt) {

	}

}

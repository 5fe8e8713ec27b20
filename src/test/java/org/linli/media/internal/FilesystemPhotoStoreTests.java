package org.linli.media.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.linli.LinliTest;
import org.linli.media.PhotoContent;
import org.linli.media.PhotoStore;
import org.linli.media.StoredPhoto;
import org.linli.shared.FieldProblem;
import org.linli.shared.InvalidInputException;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@LinliTest
class FilesystemPhotoStoreTests {

	@Autowired
	PhotoStore photos;

	@Autowired
	FilesystemPhotoStore filesystem;

	@Autowired
	JdbcClient jdbc;

	@TempDir
	Path smallStoreDirectory;

	@Test
	void storesEachAcceptedTypeUnderItsSniffedContentType() {
		assertThat(this.photos.store(Photos.jpeg(), "staff1").contentType()).isEqualTo("image/jpeg");
		assertThat(this.photos.store(Photos.png(), "staff1").contentType()).isEqualTo("image/png");
		assertThat(this.photos.store(Photos.webp(), "staff1").contentType()).isEqualTo("image/webp");
		assertThat(this.photos.store(Photos.heic(), "staff1").contentType()).isEqualTo("image/heic");
	}

	@Test
	void roundTripGivesIdenticalBytesAndRecordsTheirHash() throws IOException {
		byte[] png = Photos.png();
		StoredPhoto stored = this.photos.store(png, "staff1");

		PhotoContent loaded = this.photos.load(stored.id()).orElseThrow();

		assertThat(loaded.photo()).isEqualTo(new StoredPhoto(stored.id(), "image/png", png.length));
		assertThat(loaded.sha256()).isEqualTo(FilesystemPhotoStore.sha256(png));
		assertThat(loaded.uploadedBy()).isEqualTo("staff1");
		try (InputStream in = loaded.content().getInputStream()) {
			byte[] read = in.readAllBytes();
			assertThat(read).isEqualTo(png);
			assertThat(FilesystemPhotoStore.sha256(read)).isEqualTo(loaded.sha256());
		}
	}

	@Test
	void fileLandsInTheConfiguredDirectoryShardedByDateAndNotInTheDatabase() throws IOException {
		byte[] jpeg = Photos.jpeg();
		StoredPhoto stored = this.photos.store(jpeg, "staff1");

		String key = this.jdbc.sql("select storage_key from media.photo where id = :id")
			.param("id", stored.id())
			.query(String.class)
			.single();
		assertThat(key).matches("\\d{4}/\\d{2}/\\d{2}/" + stored.id() + "\\.jpg");
		assertThat(Files.readAllBytes(this.filesystem.root().resolve(key))).isEqualTo(jpeg);
		List<String> binaryColumns = this.jdbc
			.sql("select column_name from information_schema.columns where table_schema = 'media'"
					+ " and data_type in ('bytea', 'oid')")
			.query(String.class)
			.list();
		assertThat(binaryColumns).isEmpty();
	}

	@Test
	void textRenamedAsJpegIsRefused() {
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> this.photos.store("<html>not a photo</html>".getBytes(StandardCharsets.UTF_8), "staff1"))
			.satisfies((ex) -> assertThat(ex.problems()).extracting(FieldProblem::messageKey)
				.containsExactly("media.error.unsupported-type"));
	}

	@Test
	void emptyContentIsRefused() {
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> this.photos.store(new byte[0], "staff1"))
			.satisfies((ex) -> assertThat(ex.problems()).extracting(FieldProblem::messageKey)
				.containsExactly("media.error.empty"));
	}

	@Test
	void contentOverTheLimitIsRefusedAndLeavesNoFile() throws IOException {
		FilesystemPhotoStore small = new FilesystemPhotoStore(this.jdbc, this.smallStoreDirectory, 64);
		byte[] png = Photos.png();
		assertThat(png.length).isGreaterThan(64);

		assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> small.store(png, "staff1"))
			.satisfies((ex) -> assertThat(ex.problems()).extracting(FieldProblem::messageKey)
				.containsExactly("media.error.too-large"));
		try (Stream<Path> files = Files.walk(this.smallStoreDirectory)) {
			assertThat(files.filter(Files::isRegularFile)).isEmpty();
		}
	}

	@Test
	void identicalContentIsStoredOnce() {
		byte[] webp = Photos.webp();
		StoredPhoto first = this.photos.store(webp, "staff1");
		StoredPhoto second = this.photos.store(webp.clone(), "worker1");

		assertThat(second).isEqualTo(first);
		assertThat(rowsWithHash(FilesystemPhotoStore.sha256(webp))).isEqualTo(1);
		assertThat(this.photos.load(first.id()).orElseThrow().uploadedBy()).isEqualTo("staff1");
	}

	@Test
	void concurrentIdenticalUploadsShareOnePhotoAndLeaveOneFile() throws Exception {
		FilesystemPhotoStore store = new FilesystemPhotoStore(this.jdbc, this.smallStoreDirectory, 1 << 20);
		byte[] jpeg = Photos.jpeg();
		int uploads = 8;
		CountDownLatch start = new CountDownLatch(1);
		List<Future<StoredPhoto>> results = new ArrayList<>();
		try (ExecutorService pool = Executors.newFixedThreadPool(uploads)) {
			for (int i = 0; i < uploads; i++) {
				results.add(pool.submit(() -> {
					start.await();
					return store.store(jpeg, "staff1");
				}));
			}
			start.countDown();
			List<StoredPhoto> stored = new ArrayList<>();
			for (Future<StoredPhoto> result : results) {
				stored.add(result.get());
			}
			assertThat(stored).hasSize(uploads).allSatisfy((photo) -> assertThat(photo).isEqualTo(stored.get(0)));
		}
		assertThat(rowsWithHash(FilesystemPhotoStore.sha256(jpeg))).isEqualTo(1);
		try (Stream<Path> files = Files.walk(this.smallStoreDirectory)) {
			assertThat(files.filter(Files::isRegularFile)).hasSize(1);
		}
	}

	@Test
	void unknownIdLoadsNothing() {
		assertThat(this.photos.load(UUID.randomUUID())).isEmpty();
	}

	private long rowsWithHash(String sha256) {
		return this.jdbc.sql("select count(*) from media.photo where sha256 = :sha256")
			.param("sha256", sha256)
			.query(Long.class)
			.single();
	}

}

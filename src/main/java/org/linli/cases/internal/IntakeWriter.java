package org.linli.cases.internal;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.linli.cases.CaseId;
import org.linli.shared.ConflictException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stores checked concerns many to a transaction (group commit). A request hands its
 * concern over and waits; a writer thread takes every concern waiting, draws their
 * numbers with one statement per street, stores them in one transaction with one
 * statement per table and answers each after the commit. An idle writer takes the next
 * concern at once, so a lone concern waits for nobody; under load the concerns that
 * arrive during one commit share the next.
 * <p>
 * A batch that fails is stored again one concern at a time, so a bad concern fails alone.
 * Inside a caller's transaction (a hotline ticket) the concern is stored in that
 * transaction, by the caller's thread.
 */
@Component
class IntakeWriter implements SmartLifecycle {

	/** Stops after the web server, so the requests it lets finish are still written. */
	private static final int PHASE = SmartLifecycle.DEFAULT_PHASE - 4096;

	private static final int BATCH_MAX = 64;

	/** While one writer waits for its commit, the other writes the next batch. */
	static final int WRITERS = 2;

	private static final SecureRandom RANDOM = new SecureRandom();

	private final CaseRepository repository;

	private final CaseNumbers numbers;

	private final CasePhotos photos;

	private final ApplicationEventPublisher publisher;

	private final TransactionTemplate transactions;

	private final BlockingQueue<Waiting> waiting = new LinkedBlockingQueue<>();

	private volatile boolean running;

	private final List<Thread> threads = new ArrayList<>();

	IntakeWriter(CaseRepository repository, CaseNumbers numbers, CasePhotos photos, ApplicationEventPublisher publisher,
			PlatformTransactionManager transactions) {
		this.repository = repository;
		this.numbers = numbers;
		this.photos = photos;
		this.publisher = publisher;
		this.transactions = new TransactionTemplate(transactions);
	}

	/**
	 * Stores the concern, or finds the case its idempotency key already made.
	 * @throws ConflictException when the key was used for another concern
	 */
	Stored store(Checked concern) {
		if (!this.running || TransactionSynchronizationManager.isActualTransactionActive()) {
			return answer(write(List.of(concern)).get(0));
		}
		Waiting handed = new Waiting(concern, new CompletableFuture<>());
		this.waiting.add(handed);
		if (!this.running && this.waiting.remove(handed)) {
			// The writers stopped meanwhile and did not take it.
			return answer(write(List.of(concern)).get(0));
		}
		try {
			return handed.answer().join();
		}
		catch (CompletionException ex) {
			throw (ex.getCause() instanceof RuntimeException cause) ? cause : ex;
		}
	}

	private void run() {
		List<Waiting> batch = new ArrayList<>(BATCH_MAX);
		while (this.running || !this.waiting.isEmpty()) {
			try {
				Waiting first = this.waiting.poll(1, TimeUnit.SECONDS);
				if (first == null) {
					continue;
				}
				batch.add(first);
				this.waiting.drainTo(batch, BATCH_MAX - 1);
				answerAll(batch);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
			catch (RuntimeException | Error ex) {
				batch.forEach((handed) -> handed.answer().completeExceptionally(ex));
			}
			finally {
				batch.clear();
			}
		}
	}

	private void answerAll(List<Waiting> batch) {
		List<Object> outcomes = write(batch.stream().map(Waiting::concern).toList());
		for (int i = 0; i < batch.size(); i++) {
			CompletableFuture<Stored> answer = batch.get(i).answer();
			if (outcomes.get(i) instanceof RuntimeException failure) {
				answer.completeExceptionally(failure);
			}
			else {
				answer.complete((Stored) outcomes.get(i));
			}
		}
	}

	/**
	 * Per concern, what was stored or why not (a {@link RuntimeException}). A number
	 * drawn for a concern is kept for it when its batch fails and it is stored alone.
	 */
	private List<Object> write(List<Checked> batch) {
		Map<Checked, String> drawn = new IdentityHashMap<>();
		try {
			return this.transactions.execute((status) -> writeTogether(batch, drawn));
		}
		catch (RuntimeException ex) {
			if (batch.size() == 1) {
				return List.of(ex);
			}
		}
		List<Object> outcomes = new ArrayList<>(batch.size());
		for (Checked concern : batch) {
			try {
				outcomes.add(this.transactions.execute((status) -> writeTogether(List.of(concern), drawn)).get(0));
			}
			catch (RuntimeException ex) {
				outcomes.add(ex);
			}
		}
		return outcomes;
	}

	/**
	 * Resolves the idempotency keys first, so that a retry draws no number; then draws
	 * the numbers still missing, stores the new cases and publishes their events.
	 */
	private List<Object> writeTogether(List<Checked> batch, Map<Checked, String> drawn) {
		List<String> keys = batch.stream().map(Checked::key).filter(Objects::nonNull).distinct().toList();
		Map<String, CaseRepository.StoredKey> claimed = new HashMap<>();
		if (!keys.isEmpty()) {
			this.repository.lockKeys(keys);
			claimed.putAll(this.repository.findKeys(keys));
		}
		Set<String> firstUses = new HashSet<>();
		draw(batch.stream()
			.filter((concern) -> concern.key() == null
					|| (!claimed.containsKey(concern.key()) && firstUses.add(concern.key())))
			.toList(), drawn);
		List<Object> outcomes = new ArrayList<>(batch.size());
		List<Case> reported = new ArrayList<>();
		List<CaseRepository.NewKey> newKeys = new ArrayList<>();
		for (Checked concern : batch) {
			CaseRepository.StoredKey earlier = (concern.key() != null) ? claimed.get(concern.key()) : null;
			if (earlier != null) {
				outcomes.add(earlier.requestHash().equals(concern.hash()) ? new Replayed(earlier.caseId())
						: new ConflictException("cases.error.idempotency-mismatch"));
				continue;
			}
			Case created = Case.report(concern.report(), drawn.get(concern), trackingToken(), concern.at());
			reported.add(created);
			outcomes.add(new Created(created));
			if (concern.key() != null) {
				claimed.put(concern.key(), new CaseRepository.StoredKey(concern.hash(), created.id));
				newKeys.add(new CaseRepository.NewKey(concern.key(), concern.hash(), created.id, concern.at()));
			}
		}
		if (reported.isEmpty()) {
			return outcomes;
		}
		this.repository.insertReported(reported);
		this.repository.saveKeys(newKeys);
		for (int i = 0; i < batch.size(); i++) {
			if (outcomes.get(i) instanceof Created(Case created)) {
				this.photos.attach(created.id, batch.get(i).photoIds(), CasePhotos.Stage.REPORT, batch.get(i).caller(),
						created.reportedAt);
				publish(created);
			}
		}
		return outcomes;
	}

	/** Numbers for the concerns to be stored that have none yet. */
	private void draw(List<Checked> toStore, Map<Checked, String> drawn) {
		List<Checked> missing = toStore.stream().filter((concern) -> !drawn.containsKey(concern)).toList();
		if (missing.isEmpty()) {
			return;
		}
		List<String> numbers = this.numbers.next(missing.stream()
			.map((concern) -> new CaseNumbers.Wanted(concern.report().location().streetCode(), concern.at()))
			.toList());
		for (int i = 0; i < missing.size(); i++) {
			drawn.put(missing.get(i), numbers.get(i));
		}
	}

	private void publish(Case created) {
		List<TimelineEntry> timeline = List.copyOf(created.newEntries);
		created.events.forEach(this.publisher::publishEvent);
		created.events.clear();
		this.publisher.publishEvent(CaseFactsSnapshot.of(created, timeline));
	}

	private static Stored answer(Object outcome) {
		if (outcome instanceof RuntimeException failure) {
			throw failure;
		}
		return (Stored) outcome;
	}

	/** 192 random bits, URL-safe. */
	private static String trackingToken() {
		byte[] bytes = new byte[24];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	@Override
	public void start() {
		this.running = true;
		for (int i = 0; i < WRITERS; i++) {
			this.threads.add(Thread.ofPlatform().name("intake-writer-" + i).daemon().start(this::run));
		}
	}

	@Override
	public void stop() {
		this.running = false;
		try {
			for (Thread thread : this.threads) {
				thread.join();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		this.threads.clear();
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	@Override
	public int getPhase() {
		return PHASE;
	}

	/**
	 * A concern that passed every check, with who reported it and when; the key and hash
	 * are null without an idempotency key.
	 */
	record Checked(NewCase report, String key, String hash, List<UUID> photoIds, String caller, Instant at) {
	}

	/** What storing a concern came to. */
	sealed interface Stored {

	}

	/** A new case. */
	record Created(Case reported) implements Stored {
	}

	/** The case an earlier submission with the same idempotency key made. */
	record Replayed(CaseId id) implements Stored {
	}

	private record Waiting(Checked concern, CompletableFuture<Stored> answer) {
	}

}

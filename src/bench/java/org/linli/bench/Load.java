package org.linli.bench;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongFunction;

import org.HdrHistogram.Histogram;
import org.HdrHistogram.SynchronizedHistogram;

/**
 * Drives HTTP requests two ways: a closed loop of a fixed number of callers (how many
 * requests per second the server completes at saturation), and an open model with a fixed
 * arrival rate where each latency counts from the request's intended send time, so a
 * stalled server is charged for every request it held back (no coordinated omission).
 * Latencies are those of successful answers; refusals are counted by status.
 */
final class Load {

	record Result(long ok, long failed, double seconds, double offered, Histogram micros,
			Map<Integer, Long> statuses) {

		double rate() {
			return this.ok / this.seconds;
		}

		double millis(double percentile) {
			return this.micros.getValueAtPercentile(percentile) / 1000.0;
		}

	}

	private Load() {
	}

	static Result closed(HttpClient http, LongFunction<HttpRequest> requests, int callers, Duration duration)
			throws InterruptedException {
		Histogram micros = new SynchronizedHistogram(TimeUnit.MINUTES.toMicros(5), 3);
		Map<Integer, Long> statuses = new ConcurrentHashMap<>();
		AtomicLong sequence = new AtomicLong();
		AtomicLong ok = new AtomicLong();
		AtomicLong failed = new AtomicLong();
		long start = System.nanoTime();
		long end = start + duration.toNanos();
		List<Thread> threads = new ArrayList<>();
		for (int i = 0; i < callers; i++) {
			threads.add(Thread.ofVirtual().start(() -> {
				while (System.nanoTime() < end) {
					HttpRequest request = requests.apply(sequence.getAndIncrement());
					long sent = System.nanoTime();
					int status;
					try {
						status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
					}
					catch (Exception ex) {
						status = -1;
					}
					if (count(status, ok, failed, statuses)) {
						micros.recordValue(Math.min((System.nanoTime() - sent) / 1000, micros.getHighestTrackableValue()));
					}
				}
			}));
		}
		for (Thread thread : threads) {
			thread.join();
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		return new Result(ok.get(), failed.get(), seconds, Double.NaN, micros, statuses);
	}

	static Result open(HttpClient http, LongFunction<HttpRequest> requests, double perSecond, Duration duration) {
		Histogram micros = new SynchronizedHistogram(TimeUnit.MINUTES.toMicros(5), 3);
		Map<Integer, Long> statuses = new ConcurrentHashMap<>();
		AtomicLong ok = new AtomicLong();
		AtomicLong failed = new AtomicLong();
		AtomicLong lastDone = new AtomicLong();
		long total = Math.round(perSecond * duration.toNanos() / 1e9);
		double period = 1e9 / perSecond;
		List<CompletableFuture<?>> pending = new ArrayList<>();
		long start = System.nanoTime();
		for (long i = 0; i < total; i++) {
			long intended = start + (long) (i * period);
			long wait;
			while ((wait = intended - System.nanoTime()) > 0) {
				LockSupport.parkNanos(wait);
			}
			HttpRequest request = requests.apply(i);
			pending.add(http.sendAsync(request, HttpResponse.BodyHandlers.discarding()).handle((response, error) -> {
				long done = System.nanoTime();
				lastDone.accumulateAndGet(done, Math::max);
				if (count((error != null) ? -1 : response.statusCode(), ok, failed, statuses)) {
					micros.recordValue(Math.min((done - intended) / 1000, micros.getHighestTrackableValue()));
				}
				return null;
			}));
		}
		double offered = total / ((System.nanoTime() - start) / 1e9);
		CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).join();
		double seconds = (lastDone.get() - start) / 1e9;
		return new Result(ok.get(), failed.get(), seconds, offered, micros, statuses);
	}

	/** Counts an answer; true for a success, whose latency the histogram keeps. */
	private static boolean count(int status, AtomicLong ok, AtomicLong failed, Map<Integer, Long> statuses) {
		statuses.merge(status, 1L, Long::sum);
		if (status >= 200 && status < 300) {
			ok.incrementAndGet();
			return true;
		}
		failed.incrementAndGet();
		return false;
	}

}

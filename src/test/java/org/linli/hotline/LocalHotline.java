package org.linli.hotline;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A hotline's callback endpoint on a local port: it records every call and answers 200,
 * or an error while a ticket is set to fail (for a number of calls or until released).
 */
final class LocalHotline implements AutoCloseable {

	private final HttpServer server;

	private final List<Call> calls = new CopyOnWriteArrayList<>();

	private final Map<String, AtomicInteger> failures = new ConcurrentHashMap<>();

	private final Set<String> failingForGood = ConcurrentHashMap.newKeySet();

	LocalHotline() throws IOException {
		this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.server.createContext("/callbacks", this::handle);
		this.server.start();
	}

	String url() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort() + "/callbacks";
	}

	/** The next {@code times} calls about the ticket answer 503. */
	void failNext(String ticketNumber, int times) {
		this.failures.put(ticketNumber, new AtomicInteger(times));
	}

	void failUntilReleased(String ticketNumber) {
		this.failingForGood.add(ticketNumber);
	}

	void release(String ticketNumber) {
		this.failingForGood.remove(ticketNumber);
	}

	List<Call> callsAbout(String ticketNumber) {
		return this.calls.stream().filter((call) -> call.body().contains("\"" + ticketNumber + "\"")).toList();
	}

	private void handle(HttpExchange exchange) throws IOException {
		String body;
		try (InputStream in = exchange.getRequestBody()) {
			body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		int status = 200;
		for (String ticket : this.failingForGood) {
			if (body.contains("\"" + ticket + "\"")) {
				status = 500;
			}
		}
		for (Map.Entry<String, AtomicInteger> failing : this.failures.entrySet()) {
			if (body.contains("\"" + failing.getKey() + "\"") && failing.getValue().getAndDecrement() > 0) {
				status = 503;
			}
		}
		this.calls.add(new Call(body, exchange.getRequestHeaders().getFirst("X-Linli-Signature"),
				exchange.getRequestHeaders().getFirst("X-Linli-Event-Id"), status));
		byte[] answer = ((status == 200) ? "ok" : "busy").getBytes(StandardCharsets.UTF_8);
		exchange.sendResponseHeaders(status, answer.length);
		exchange.getResponseBody().write(answer);
		exchange.close();
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

	record Call(String body, String signature, String eventId, int status) {
	}

}

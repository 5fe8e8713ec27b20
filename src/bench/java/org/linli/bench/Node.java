package org.linli.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;

import org.linli.LinliApplication;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One application instance as it runs in production (demo profile, real HTTP port)
 * against the bench's PostgreSQL.
 */
final class Node implements AutoCloseable {

	private static final Pattern TOKEN = Pattern.compile("\"accessToken\"\\s*:\\s*\"([^\"]+)\"");

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

	final ConfigurableApplicationContext context;

	final String base;

	Node(String name, String jdbcUrl) throws IOException {
		Map<String, Object> properties = Map.of("spring.datasource.url", jdbcUrl, "spring.datasource.username",
				"postgres", "server.port", 0, "linli.media.directory",
				Files.createTempDirectory("linli-bench-media").toString(), "spring.main.banner-mode", "off",
				"logging.level.root", "WARN", "logging.level.org.linli", "WARN",
				"logging.level.org.apache.catalina.core", "OFF", "spring.jmx.enabled", false,
				"db-scheduler.polling-interval", "2s");
		this.context = new SpringApplicationBuilder(LinliApplication.class).profiles("demo")
			.properties(properties)
			.properties("spring.application.name=linli-" + name)
			.run();
		int port = ((WebServerApplicationContext) this.context).getWebServer().getPort();
		this.base = "http://127.0.0.1:" + port;
	}

	int poolSize() {
		return this.context.getEnvironment().getProperty("spring.datasource.hikari.maximum-pool-size", Integer.class,
				10);
	}

	String token(HttpClient http, String user) throws Exception {
		HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(this.base + "/api/v1/auth/token"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers
				.ofString("{\"username\":\"" + user + "\",\"password\":\"linli-demo\"}"))
			.build(), HttpResponse.BodyHandlers.ofString());
		Matcher matcher = TOKEN.matcher(response.body());
		if (response.statusCode() != 200 || !matcher.find()) {
			throw new IllegalStateException("no token for " + user + ": " + response.statusCode() + response.body());
		}
		return matcher.group(1);
	}

	/** A client whose cookie jar holds a signed-in page session of the user. */
	HttpClient pageSession(String user) throws Exception {
		HttpClient http = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
		String page = http.send(HttpRequest.newBuilder(URI.create(this.base + "/login")).build(),
				HttpResponse.BodyHandlers.ofString())
			.body();
		Matcher csrf = CSRF.matcher(page);
		String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password=linli-demo"
				+ (csrf.find() ? "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8) : "");
		HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(this.base + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
		String location = response.headers().firstValue("Location").orElse("");
		if (response.statusCode() != 302 || location.contains("error")) {
			throw new IllegalStateException("login of " + user + " failed: " + response.statusCode() + location);
		}
		return http;
	}

	/**
	 * Waits (at most three minutes) until no request holds or waits for a pool connection:
	 * requests whose clients gave up are still served, and would load the next figure.
	 */
	void drain() throws InterruptedException {
		HikariPoolMXBean pool = this.context.getBean(HikariDataSource.class).getHikariPoolMXBean();
		long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
		while ((pool.getThreadsAwaitingConnection() > 0 || pool.getActiveConnections() > 0)
				&& System.nanoTime() < deadline) {
			Thread.sleep(500);
		}
	}

	@Override
	public void close() {
		this.context.close();
	}

}

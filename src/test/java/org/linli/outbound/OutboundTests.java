package org.linli.outbound;

import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.jayway.jsonpath.JsonPath;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.linli.DemoLogins;
import org.linli.LinliTest;
import org.linli.SettableClock;
import org.linli.outbound.internal.WebhookSender;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.modulith.events.EventExternalizationConfiguration;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Webhooks: case events reach each subscriber signed with its secret, failed deliveries
 * are retried and then wait for an administrator, and an event whose listener failed is
 * kept and delivered when the application starts again. No broker is involved.
 */
@LinliTest
class OutboundTests {

	private static final Duration WAIT = Duration.ofSeconds(20);

	/** The centres of the twelve grids of community 310107005005, used in turn. */
	private static final AtomicInteger SPOTS = new AtomicInteger();

	private static final JsonSchema SCHEMA = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7)
		.getSchema(SchemaLocation.of("classpath:outbound/case-event.schema.json"),
				SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());

	private static HttpServer receiver;

	private static final List<Received> received = new CopyOnWriteArrayList<>();

	private static final AtomicInteger failuresLeft = new AtomicInteger();

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	WebhookSender sender;

	@Autowired
	SettableClock clock;

	@Autowired
	ApplicationContext context;

	@BeforeAll
	static void startReceiver() throws Exception {
		receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		receiver.createContext("/", (exchange) -> {
			String body;
			try (InputStream in = exchange.getRequestBody()) {
				body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			}
			boolean flaky = exchange.getRequestURI().getPath().equals("/flaky");
			int status = (flaky && failuresLeft.getAndUpdate((left) -> Math.max(0, left - 1)) > 0) ? 500 : 204;
			received.add(new Received(exchange.getRequestURI().getPath(), body,
					exchange.getRequestHeaders().getFirst("X-Linli-Signature"),
					exchange.getRequestHeaders().getFirst("X-Linli-Timestamp"),
					exchange.getRequestHeaders().getFirst("X-Linli-Event"), status));
			exchange.sendResponseHeaders(status, -1);
			exchange.close();
		});
		receiver.start();
	}

	@AfterAll
	static void stopReceiver() {
		receiver.stop(0);
	}

	@Test
	void aSubscriberReceivesTheCaseEventsItAskedForSignedWithItsSecret() throws Exception {
		String path = "/signed";
		String added = call(post("/api/v1/webhooks").contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"city data hub\",\"url\":\"" + url(path)
					+ "\",\"eventTypes\":[\"case.reported\",\"case.dispatched\"]}")
			.with(DemoLogins.as(this.mvc, "admin")), 201);
		String secret = JsonPath.read(added, "$.secret");
		assertThat(call(get("/api/v1/webhooks").with(DemoLogins.as(this.mvc, "admin")), 200)).doesNotContain(secret);

		String caseId = report();
		act(caseId, "accept", "{\"tier\":\"MAJOR\",\"categoryCode\":\"06010\"}");
		act(caseId, "dispatch", "{\"departmentCode\":\"LH\"}");
		await().atMost(WAIT).until(() -> {
			this.sender.sendDue();
			return receivedAbout(path, caseId).size() >= 2;
		});
		List<Received> deliveries = receivedAbout(path, caseId);
		assertThat(deliveries).extracting(Received::event)
			.containsExactlyInAnyOrder("case.reported", "case.dispatched");
		for (Received delivery : deliveries) {
			assertThat(delivery.signature())
				.isEqualTo("sha256=" + WebhookSender.signature(secret, delivery.timestamp(), delivery.body()));
			assertThat(delivery.signature()).isNotEqualTo(
					"sha256=" + WebhookSender.signature("another secret", delivery.timestamp(), delivery.body()));
			assertThat(JsonPath.<String>read(delivery.body(), "$.caseId")).isEqualTo(caseId);
			assertThat(SCHEMA.validate(new ObjectMapper().readTree(delivery.body()))).as(delivery.body()).isEmpty();
		}
		Received dispatched = deliveries.stream().filter((d) -> d.event().equals("case.dispatched")).findFirst().get();
		assertThat(JsonPath.<String>read(dispatched.body(), "$.data.departmentCode")).isEqualTo("LH");
		assertThat(JsonPath.<String>read(dispatched.body(), "$.type")).isEqualTo("case.dispatched");

		call(post("/api/v1/webhooks").contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"\",\"url\":\"ftp://x\",\"eventTypes\":[\"Not A Type\"]}")
			.with(DemoLogins.as(this.mvc, "admin")), 400);
		call(post("/api/v1/webhooks").contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"x\",\"url\":\"http://example.org\"}")
			.with(DemoLogins.as(this.mvc, "dispatcher")), 403);
	}

	@Test
	void aDeliveryThatKeepsFailingWaitsForAnAdministratorToRetryIt() throws Exception {
		String path = "/flaky";
		String added = call(post("/api/v1/webhooks").contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"flaky\",\"url\":\"" + url(path) + "\",\"eventTypes\":[\"case.reported\"]}")
			.with(DemoLogins.as(this.mvc, "admin")), 201);
		String subscriber = JsonPath.read(added, "$.subscriber.id");
		failuresLeft.set(2);
		String caseId = report();
		await().atMost(WAIT).until(() -> deliveryState(subscriber) != null);
		try {
			for (int minutes = 0; minutes <= 10 && !"FAILED".equals(deliveryState(subscriber)); minutes += 2) {
				this.clock.fixAt(Instant.now().plus(Duration.ofMinutes(minutes)));
				this.sender.sendDue();
			}
		}
		finally {
			this.clock.followSystem();
		}
		assertThat(deliveryState(subscriber)).isEqualTo("FAILED");
		String failed = call(get("/api/v1/webhooks/deliveries").param("state", "failed")
			.param("subscriber", subscriber)
			.with(DemoLogins.as(this.mvc, "admin")), 200);
		assertThat(JsonPath.<Integer>read(failed, "$[0].lastStatus")).isEqualTo(500);
		assertThat(JsonPath.<Integer>read(failed, "$[0].attempts")).isEqualTo(2);

		int id = JsonPath.read(failed, "$[0].id");
		call(post("/api/v1/webhooks/deliveries/" + id + "/retry").with(DemoLogins.as(this.mvc, "admin")), 204);
		this.sender.sendDue();
		await().atMost(WAIT).until(() -> "DELIVERED".equals(deliveryState(subscriber)));
		assertThat(receivedAbout(path, caseId)).extracting(Received::status).containsExactly(500, 500, 204);
	}

	@Test
	void aCaseChangeIsStoredTogetherWithItsWebhookDeliveriesOrNotAtAll() throws Exception {
		String path = "/outbox";
		String added = call(post("/api/v1/webhooks").contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"outbox\",\"url\":\"" + url(path) + "\",\"eventTypes\":[\"case.reported\"]}")
			.with(DemoLogins.as(this.mvc, "admin")), 201);
		String subscriber = JsonPath.read(added, "$.subscriber.id");
		report();
		assertThat(deliveryState(subscriber)).as("written before the report was answered").isEqualTo("PENDING");

		long cases = this.jdbc.sql("select count(*) from cases.case").query(Long.class).single();
		this.jdbc.sql("alter table outbound.delivery rename to delivery_away").update();
		try {
			call(reportRequest(), 500);
		}
		finally {
			this.jdbc.sql("alter table outbound.delivery_away rename to delivery").update();
		}
		assertThat(this.jdbc.sql("select count(*) from cases.case").query(Long.class).single())
			.as("the report whose deliveries could not be written was not kept")
			.isEqualTo(cases);
	}

	@Test
	void noBrokerIsUsedUnlessExternalizationIsTurnedOn() {
		assertThat(this.context.getBeanNamesForType(EventExternalizationConfiguration.class))
			.doesNotContain("caseEventExternalization");
		assertThat(this.context
			.getBeansOfType(org.springframework.modulith.events.support.DelegatingEventExternalizer.class)).isEmpty();
	}

	private String deliveryState(String subscriber) {
		return this.jdbc.sql("select state from outbound.delivery where subscriber_id = cast(:id as uuid)")
			.param("id", subscriber)
			.query(String.class)
			.optional()
			.orElse(null);
	}

	private String report() throws Exception {
		return JsonPath.read(call(reportRequest(), 201), "$.id");
	}

	private MockHttpServletRequestBuilder reportRequest() {
		int spot = SPOTS.getAndIncrement() % 12;
		double lat = 31.24576 - (spot / 3) * 0.0009;
		double lon = 121.40526 + (spot % 3) * 0.00105;
		return post("/api/v1/cases").contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"channel":"WEB","description":"overflowing bin","lat":%s,"lon":%s,"categoryCode":"06010"}"""
				.formatted(lat, lon))
			.with(DemoLogins.as(this.mvc, "resident1"));
	}

	private void act(String caseId, String action, String body) throws Exception {
		call(post("/api/v1/cases/" + caseId + "/" + action).contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.with(DemoLogins.as(this.mvc, "dispatcher")), 200);
	}

	private static List<Received> receivedAbout(String path, String caseId) {
		return received.stream().filter((r) -> r.path().equals(path) && r.body().contains(caseId)).toList();
	}

	private static String url(String path) {
		return "http://127.0.0.1:" + receiver.getAddress().getPort() + path;
	}

	private String call(MockHttpServletRequestBuilder request, int status) throws Exception {
		MockHttpServletResponse response = this.mvc.perform(request).andReturn().getResponse();
		String body = response.getContentAsString(StandardCharsets.UTF_8);
		assertThat(response.getStatus()).as(body).isEqualTo(status);
		return body;
	}

	record Received(String path, String body, String signature, String timestamp, String event, int status) {
	}

}

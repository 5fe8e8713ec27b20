package org.linli.notification;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.linli.DemoLogins;
import org.linli.LinliTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Notices reach the people a case step needs, through the durable event registry, and
 * each person sees only their own inbox.
 */
@LinliTest
class NotificationTests {

	private static final Duration WAIT = Duration.ofSeconds(20);

	/**
	 * Spots in community 310107005001 (worker1's grids), apart from the case tests'
	 * spots.
	 */
	private static final AtomicInteger SPOTS = new AtomicInteger();

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEventPublisher publisher;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	IncompleteEventPublications incomplete;

	@Autowired
	FlakyProbeListener flaky;

	@Test
	void dispatchNotifiesTheDepartmentHandlingNotifiesTheGridWorkerAndClosureTheReporter() throws Exception {
		String id = dispatchedToCg();
		String link = "/api/v1/cases/" + id;
		String number = JsonPath.read(read("resident1", "/api/v1/cases/" + id), "$.number");

		List<Object> dispatched = awaitNotice("dept-cg", link, "CASE_DISPATCHED");
		assertThat((String) JsonPath.read(dispatched.getFirst(), "$.text")).contains(number);
		assertThat((Boolean) JsonPath.read(dispatched.getFirst(), "$.read")).isFalse();

		act("dept-cg", id, "sign", "{}");
		act("dept-cg", id, "handle", "{\"result\":\"stall removed\"}");
		awaitNotice("worker1", link, "CASE_HANDLED");

		act("worker1", id, "verify", "{\"passed\":true}");
		awaitNotice("resident1", link, "CASE_CLOSED");
	}

	@Test
	void returnNotifiesTheStreetsDispatchers() throws Exception {
		String id = dispatchedToCg();
		act("dept-cg", id, "return", "{\"reason\":\"not ours\"}");
		awaitNotice("dispatcher", "/api/v1/cases/" + id, "CASE_RETURNED");
	}

	@Test
	void nobodyElseCanSeeOrMarkANotice() throws Exception {
		String id = dispatchedToCg();
		String link = "/api/v1/cases/" + id;
		Object notice = awaitNotice("dept-cg", link, "CASE_DISPATCHED").getFirst();
		int noticeId = JsonPath.read(notice, "$.id");

		assertThat(notices("dept-lh", link, "CASE_DISPATCHED", false)).isEmpty();
		this.mvc.perform(post("/api/v1/inbox/" + noticeId + "/read").with(DemoLogins.as(this.mvc, "dept-lh")))
			.andExpect(status().isNotFound());
		assertThat(notices("dept-cg", link, "CASE_DISPATCHED", true)).hasSize(1);

		this.mvc.perform(post("/api/v1/inbox/" + noticeId + "/read").with(DemoLogins.as(this.mvc, "dept-cg")))
			.andExpect(status().isNoContent());
		assertThat(notices("dept-cg", link, "CASE_DISPATCHED", true)).isEmpty();
		assertThat(notices("dept-cg", link, "CASE_DISPATCHED", false)).singleElement()
			.satisfies((read) -> assertThat((Boolean) JsonPath.read(read, "$.read")).isTrue());
	}

	@Test
	void inboxRejectsABadPageSize() throws Exception {
		this.mvc.perform(get("/api/v1/inbox").param("size", "0").with(DemoLogins.as(this.mvc, "dept-cg")))
			.andExpect(status().isBadRequest());
	}

	@Test
	void anEventWhoseListenerFailsIsKeptAndDeliveredWhenResubmitted() {
		String token = UUID.randomUUID().toString();
		this.transactions.executeWithoutResult((tx) -> this.publisher.publishEvent(new InboxProbe(token)));

		await().atMost(WAIT).until(() -> this.flaky.hasFailed(token) && publicationStatus(token).equals("FAILED"));
		assertThat(this.flaky.hasDelivered(token)).isFalse();
		assertThat(this.jdbc.sql("""
				select count(*) from event_publication
				 where serialized_event like :token and completion_date is null""")
			.param("token", "%" + token + "%")
			.query(Long.class)
			.single()).as("kept as an incomplete publication").isEqualTo(1);

		this.incomplete.resubmitIncompletePublications(
				(publication) -> publication.getEvent() instanceof InboxProbe probe && probe.token().equals(token));

		await().atMost(WAIT)
			.until(() -> this.flaky.hasDelivered(token) && publicationStatus(token).equals("COMPLETED"));
		assertThat(this.jdbc
			.sql("select completion_date is not null from event_publication where serialized_event like :token")
			.param("token", "%" + token + "%")
			.query(Boolean.class)
			.single()).isTrue();
	}

	private String publicationStatus(String token) {
		return this.jdbc.sql("select coalesce(status, '') from event_publication where serialized_event like :token")
			.param("token", "%" + token + "%")
			.query(String.class)
			.optional()
			.orElse("");
	}

	private String dispatchedToCg() throws Exception {
		int spot = SPOTS.getAndIncrement() % 4;
		double lat = 31.2459;
		double lon = 121.3925 + spot * 0.0006;
		String body = this.mvc.perform(post("/api/v1/cases").contentType(MediaType.APPLICATION_JSON).content("""
				{"channel":"WEB","description":"street stall blocks the lane","lat":%s,"lon":%s,
				 "categoryCode":"06010"}""".formatted(lat, lon)).with(DemoLogins.as(this.mvc, "resident1")))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String id = JsonPath.read(body, "$.id");
		act("dispatcher", id, "accept", "{\"tier\":\"MAJOR\",\"categoryCode\":\"06010\"}");
		act("dispatcher", id, "dispatch", "{\"departmentCode\":\"CG\"}");
		return id;
	}

	private void act(String user, String id, String action, String body) throws Exception {
		this.mvc
			.perform(post("/api/v1/cases/" + id + "/" + action).contentType(MediaType.APPLICATION_JSON)
				.content(body)
				.with(DemoLogins.as(this.mvc, user)))
			.andExpect(status().isOk());
	}

	private String read(String user, String path) throws Exception {
		return this.mvc.perform(get(path).with(DemoLogins.as(this.mvc, user)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private List<Object> awaitNotice(String user, String link, String kind) {
		return await().atMost(WAIT).until(() -> notices(user, link, kind, false), (found) -> !found.isEmpty());
	}

	private List<Object> notices(String user, String link, String kind, boolean unreadOnly) throws Exception {
		String body = this.mvc
			.perform(get("/api/v1/inbox").param("size", "200")
				.param("unread", String.valueOf(unreadOnly))
				.with(DemoLogins.as(this.mvc, user)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items").isArray())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JsonPath.read(body, "$.items[?(@.link == '" + link + "' && @.kind == '" + kind + "')]");
	}

}

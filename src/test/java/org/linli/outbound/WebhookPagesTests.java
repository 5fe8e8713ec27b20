package org.linli.outbound;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.linli.LinliTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** The administrator's page of webhook subscribers and deliveries. */
@LinliTest
class WebhookPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	@Test
	void anAdministratorAddsASubscriberSeesItsSecretOnceAndDisablesAndEnablesIt() throws Exception {
		String name = "Street board " + UUID.randomUUID().toString().substring(0, 8);
		String added = call(page("admin",
				post("/admin/webhooks").param("name", name)
					.param("url", "http://127.0.0.1:9/board")
					.param("eventTypes", "case.closed, case.dispatched")
					.with(csrf())),
				200);
		assertThat(added).contains("id=\"added-subscriber\"", "whsec_", name);
		String id = this.jdbc.sql("select id::text from outbound.subscriber where name = :name")
			.param("name", name)
			.query(String.class)
			.single();
		assertThat(this.jdbc
			.sql("select array_to_string(event_types, ',') from outbound.subscriber where id = cast(:id as uuid)")
			.param("id", id)
			.query(String.class)
			.single()).isEqualTo("case.closed,case.dispatched");
		assertThat(call(page("admin", get("/admin/webhooks")), 200)).contains(name, "case.closed, case.dispatched")
			.doesNotContain("whsec_");

		String row = call(
				page("admin", post("/admin/webhooks/" + id + "/disable").header("HX-Request", "true").with(csrf())),
				200);
		assertThat(row).contains("id=\"subscriber-" + id + "\"", "已停用", "/admin/webhooks/" + id + "/enable");
		assertThat(active(id)).isFalse();
		call(page("admin", post("/admin/webhooks/" + id + "/enable").with(csrf())), 302);
		assertThat(active(id)).isTrue();
		assertThat(this.jdbc.sql("""
				select string_agg(action, ',' order by id) from audit.entry
				 where target_type = 'webhook-subscriber' and target_id = :id""")
			.param("id", id)
			.query(String.class)
			.single()).isEqualTo("WEBHOOK_SUBSCRIBER_ADDED,WEBHOOK_SUBSCRIBER_DISABLED,WEBHOOK_SUBSCRIBER_ENABLED");
	}

	@Test
	void aBadUrlOrEventTypeIsShownNextToItsFieldAndNothingIsSaved() throws Exception {
		String name = "Broken " + UUID.randomUUID().toString().substring(0, 8);
		String refused = call(page("admin",
				post("/admin/webhooks").param("name", name)
					.param("url", "ftp://files.example.org/in")
					.param("eventTypes", "case.closed Closed!")
					.with(csrf())),
				400);
		assertThat(refused)
			.contains("id=\"url-error\"", "id=\"eventTypes-error\"", "Closed!", "ftp://files.example.org/in")
			.doesNotContain("whsec_");
		assertThat(this.jdbc.sql("select count(*) from outbound.subscriber where name = :name")
			.param("name", name)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void aFailedDeliveryIsListedWithARetry() throws Exception {
		UUID subscriber = UUID.randomUUID();
		this.jdbc.sql("""
				insert into outbound.subscriber (id, name, url, secret, event_types, active, created_at)
				values (:id, 'Gone away', 'http://127.0.0.1:9/gone', 'whsec_test', '{}', false, now())""")
			.param("id", subscriber)
			.update();
		long delivery = this.jdbc.sql("""
				insert into outbound.delivery (subscriber_id, event_id, event_type, payload, state, attempts,
				       next_attempt_at, last_status, last_error, created_at)
				values (:id, :event, 'case.closed', '{}', 'FAILED', 10, now(), 503, 'HTTP 503: down for maintenance',
				       now()) returning id""")
			.param("id", subscriber)
			.param("event", UUID.randomUUID())
			.query(Long.class)
			.single();
		String page = call(page("admin", get("/admin/webhooks")), 200);
		assertThat(page).contains("HTTP 503: down for maintenance",
				"/admin/webhooks/deliveries/" + delivery + "/retry");

		call(page("admin", post("/admin/webhooks/deliveries/" + delivery + "/retry").with(csrf())), 302);
		assertThat(this.jdbc.sql("select state from outbound.delivery where id = :id")
			.param("id", delivery)
			.query(String.class)
			.single()).isEqualTo("PENDING");
	}

	@Test
	void onlyAdministratorsReachTheWebhooks() throws Exception {
		call(page("dispatcher", get("/admin/webhooks")), 403);
		call(page("leader", post("/admin/webhooks").param("name", "x").param("url", "http://example.org").with(csrf())),
				403);
	}

	private boolean active(String id) {
		return this.jdbc.sql("select active from outbound.subscriber where id = cast(:id as uuid)")
			.param("id", id)
			.query(Boolean.class)
			.single();
	}

	private MockHttpServletRequestBuilder page(String username, MockHttpServletRequestBuilder request) {
		return request.with(user(this.users.loadUserByUsername(username)));
	}

	private String call(RequestBuilder request, int status) throws Exception {
		MockHttpServletResponse response = this.mvc.perform(request).andReturn().getResponse();
		String body = response.getContentAsString(StandardCharsets.UTF_8);
		assertThat(response.getStatus()).as(body).isEqualTo(status);
		return body;
	}

}

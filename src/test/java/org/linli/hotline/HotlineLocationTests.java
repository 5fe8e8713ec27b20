package org.linli.hotline;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.linli.DemoLogins;
import org.linli.LinliTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
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

/**
 * Hotline tickets with an address but no coordinates: acknowledged and kept once per
 * ticket number, listed for dispatchers, and taken in as concerns when their spot is
 * picked.
 */
@LinliTest
class HotlineLocationTests {

	private static final String KEY = "linli-demo-hotline";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	@Test
	void aTicketWithOnlyAnAddressWaitsForItsSpotOnceAndIsListed() throws Exception {
		String number = ticketNumber();
		String first = call(send(number), 202);
		assertThat(JsonPath.<String>read(first, "$.status")).isEqualTo("AWAITING_LOCATION");
		assertThat(JsonPath.<Boolean>read(first, "$.created")).isTrue();
		assertThat(first).doesNotContain("caseNumber");
		String again = call(send(number), 200);
		assertThat(JsonPath.<Boolean>read(again, "$.created")).isFalse();

		assertThat(count("select count(*) from hotline.awaiting_location where ticket_number = :number", number))
			.isEqualTo(1);
		assertThat(count("select count(*) from hotline.ticket where ticket_number = :number", number)).isZero();
		assertThat(count("""
				select count(*) from hotline.awaiting_location where ticket_number = :number
				   and position(convert_to('13912340000', 'UTF8') in sealed_ticket) = 0""", number))
			.as("the caller's phone is sealed")
			.isEqualTo(1);

		String listed = call(
				get("/api/v1/hotline/tickets/awaiting-location").with(DemoLogins.as(this.mvc, "dispatcher")), 200);
		assertThat(JsonPath.<List<String>>read(listed, "$[*].ticketNumber")).contains(number);
		assertThat(listed).doesNotContain("13912340000");
		String page = call(page("dispatcher", get("/hotline/locate")), 200);
		assertThat(page).contains(number, "曹杨四村 5 号楼门口", "/hotline/locate/" + number);
		call(page("resident1", get("/hotline/locate")), 403);
		call(get("/api/v1/hotline/tickets/awaiting-location").header("X-Hotline-Key", KEY), 403);
	}

	@Test
	void pickingTheSpotTakesTheWaitingTicketInAsAConcern() throws Exception {
		String number = ticketNumber();
		call(send(number), 202);
		String ticketPage = call(page("dispatcher", get("/hotline/locate/" + number)), 200);
		assertThat(ticketPage).as("the map starts at the community the address names")
			.contains("data-home=\"310107005004\"", "id=\"pick-map\"");

		String outside = call(
				page("dispatcher",
						post("/hotline/locate/" + number).param("lat", "40.0").param("lon", "116.4").with(csrf())),
				400);
		assertThat(outside).contains("id=\"lat-error\"", "不在平台的任何网格内");
		assertThat(count("select count(*) from hotline.awaiting_location where ticket_number = :number", number))
			.isEqualTo(1);
		assertThat(call(
				page("dispatcher",
						post("/hotline/locate/" + number).param("lat", "north").param("lon", "121.402").with(csrf())),
				400))
			.contains("id=\"lat-error\"");

		MockHttpServletResponse located = this.mvc
			.perform(page("dispatcher",
					post("/hotline/locate/" + number).param("lat", "31.24576").param("lon", "121.402").with(csrf())))
			.andReturn()
			.getResponse();
		assertThat(located.getStatus()).isEqualTo(302);
		assertThat(located.getRedirectedUrl()).isEqualTo("/hotline/locate");

		Map<String, Object> stored = this.jdbc.sql("""
				select c.channel, c.grid_code, c.category_code, c.reporter_phone_masked, c.description, t.urgency
				  from hotline.ticket t join cases.case c on c.id = t.case_id where t.ticket_number = :number""")
			.param("number", number)
			.query()
			.singleRow();
		assertThat(stored).containsEntry("channel", "HOTLINE")
			.containsEntry("category_code", "06010")
			.containsEntry("reporter_phone_masked", "139****0000")
			.containsEntry("urgency", "URGENT");
		assertThat((String) stored.get("grid_code")).startsWith("310107005004");
		assertThat(count("select count(*) from hotline.awaiting_location where ticket_number = :number", number))
			.isZero();

		String again = call(send(number), 200);
		assertThat(JsonPath.<String>read(again, "$.status")).isEqualTo("REPORTED");
		assertThat(JsonPath.<String>read(again, "$.caseNumber")).startsWith("2026");
		call(page("dispatcher", get("/hotline/locate/" + number)), 404);
	}

	private MockHttpServletRequestBuilder send(String number) {
		return post("/api/v1/hotline/tickets").contentType(MediaType.APPLICATION_JSON).content("""
				{"ticketNumber":"%s","receivedAt":"2026-11-20T09:15:00+08:00","callerName":"Zhang San",
				 "callerPhone":"13912340000","content":"rubbish piled by the gate for two days",
				 "address":"曹杨四村 5 号楼门口","hotlineCategory":"市容环境/暴露垃圾","urgency":"紧急",
				 "deadline":"2026-11-21 17:00"}""".formatted(number)).header("X-Hotline-Key", KEY);
	}

	private long count(String sql, String number) {
		return this.jdbc.sql(sql).param("number", number).query(Long.class).single();
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

	private static String ticketNumber() {
		return "HL" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
	}

}

package org.linli.hotline;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.linli.DemoLogins;
import org.linli.LinliTest;
import org.linli.SettableClock;
import org.linli.cases.CaseApi;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A 12345 ticket's urgency becomes the concern's priority and its deadline bounds the
 * order's: the department must finish by whichever comes first.
 */
@LinliTest
class HotlineTermsTests {

	private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	@Autowired
	MockMvc mvc;

	@Autowired
	SettableClock clock;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void releaseTheClock() {
		this.clock.followSystem();
	}

	@Test
	void anUrgentTicketStartsAsAnUrgentConcernCarryingTheHotlineDeadline() throws Exception {
		this.clock.fixAt(shanghai(2026, 11, 20, 9, 0));
		String id = ticket("紧急", "2026-11-20 15:00");
		CaseApi api = new CaseApi(this.mvc);
		assertThat(api.<String>field("dispatcher", id, "$.priority")).isEqualTo("URGENT");
		assertThat(Instant.parse(api.field("dispatcher", id, "$.dueBy"))).isEqualTo(shanghai(2026, 11, 20, 15, 0));

		api.ok("dispatcher", id, "accept", "{\"tier\":\"MAJOR\",\"categoryCode\":\"06010\"}");
		assertThat(api.<String>field("dispatcher", id, "$.priority")).as("kept unless the dispatcher changes it")
			.isEqualTo("URGENT");
	}

	@Test
	void anOrderIsDueByTheHotlineDeadlineWhenItComesBeforeTheCategoryLimit() throws Exception {
		this.clock.fixAt(shanghai(2026, 11, 20, 9, 0));
		String id = ticket("一般", "2026-11-20 15:00");
		dispatch(id);
		assertThat(Instant.parse(new CaseApi(this.mvc).field("dispatcher", id, "$.orders[0].due")))
			.isEqualTo(shanghai(2026, 11, 20, 15, 0));
	}

	@Test
	void aLaterHotlineDeadlineLeavesTheCategoryLimitInForce() throws Exception {
		this.clock.fixAt(shanghai(2026, 11, 20, 9, 0));
		String id = ticket("一般", "2026-12-20 17:00");
		dispatch(id);
		CaseApi api = new CaseApi(this.mvc);
		assertThat(api.<String>field("dispatcher", id, "$.priority")).isEqualTo("NORMAL");
		assertThat(Instant.parse(api.field("dispatcher", id, "$.orders[0].due")))
			.as("one working day for exposed rubbish")
			.isEqualTo(shanghai(2026, 11, 20, 17, 0));
	}

	private void dispatch(String id) throws Exception {
		CaseApi api = new CaseApi(this.mvc);
		api.ok("dispatcher", id, "accept", "{\"tier\":\"MAJOR\",\"categoryCode\":\"06010\"}");
		api.ok("dispatcher", id, "dispatch", "{\"departmentCode\":\"LH\"}");
	}

	/** Takes a located ticket in and answers the concern's id. */
	private String ticket(String urgency, String deadline) throws Exception {
		double[] spot = CaseApi.freshSpot();
		String number = "HT" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
		String body = """
				{"ticketNumber":"%s","receivedAt":"2026-11-20T08:55:00+08:00","callerName":"Li Si",
				 "callerPhone":"13800001111","content":"rubbish piled at the lane entrance","lat":%s,"lon":%s,
				 "hotlineCategory":"市容环境/暴露垃圾","urgency":"%s","deadline":"%s"}""".formatted(number, spot[0], spot[1],
				urgency, deadline);
		String receipt = this.mvc
			.perform(post("/api/v1/hotline/tickets").contentType(MediaType.APPLICATION_JSON)
				.content(body)
				.with(DemoLogins.as(this.mvc, "dispatcher")))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String caseNumber = JsonPath.read(receipt, "$.caseNumber");
		return this.jdbc.sql("select id::text from cases.case where number = :number")
			.param("number", caseNumber)
			.query(String.class)
			.single();
	}

	private static Instant shanghai(int year, int month, int day, int hour, int minute) {
		return LocalDateTime.of(year, month, day, hour, minute).atZone(SHANGHAI).toInstant();
	}

}

package org.linli.cases.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.linli.cases.CaseApi;

import org.linli.LinliTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * While every intake turn of the node is taken, a new report is refused at once with 503
 * and Retry-After — on Linli's API before authentication, on Open311 in the spec's error
 * body — and nothing is stored.
 */
@LinliTest
class IntakeAdmissionTests {

	@Autowired
	IntakeGate gate;

	@Autowired
	CaseProperties properties;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	private final CountDownLatch release = new CountDownLatch(1);

	private final List<Thread> holders = new ArrayList<>();

	@BeforeEach
	void takeEveryTurn() throws InterruptedException {
		CountDownLatch taken = new CountDownLatch(this.properties.intakeConcurrency());
		for (int i = 0; i < this.properties.intakeConcurrency(); i++) {
			this.holders.add(Thread.ofVirtual().start(() -> {
				try (IntakeGate.Pass pass = this.gate.enter()) {
					taken.countDown();
					this.release.await();
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
			}));
		}
		taken.await();
	}

	@AfterEach
	void giveThemBack() throws InterruptedException {
		this.release.countDown();
		for (Thread holder : this.holders) {
			holder.join();
		}
	}

	@Test
	void aReportToTheFullApiIsRefusedAtOnceAndNothingIsStored() throws Exception {
		long before = cases();
		this.mvc
			.perform(post("/api/v1/cases").contentType(MediaType.APPLICATION_JSON)
				.header("Accept-Language", "en")
				.content(CaseApi.intake("WEB", CaseApi.freshSpot(), "06010", "during a flood")))
			.andExpect(status().isServiceUnavailable())
			.andExpect(header().string("Retry-After", "2"))
			.andExpect(jsonPath("$.code").value("cases.error.busy"))
			.andExpect(jsonPath("$.detail", containsString("idempotency key")));
		assertThat(cases()).isEqualTo(before);
	}

	@Test
	void anOpen311PostToTheFullIntakeGetsTheSpecErrorBodyWith503() throws Exception {
		double[] spot = CaseApi.freshSpot();
		this.mvc
			.perform(post("/open311/v2/requests.json").contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.param("api_key", "linli-demo-open311")
				.param("service_code", "exposed-rubbish")
				.param("lat", String.valueOf(spot[0]))
				.param("long", String.valueOf(spot[1]))
				.param("description", "during a flood"))
			.andExpect(status().isServiceUnavailable())
			.andExpect(header().string("Retry-After", "2"))
			.andExpect(jsonPath("$[0].code").value(503));
	}

	private long cases() {
		return this.jdbc.sql("select count(*) from cases.case").query(Long.class).single();
	}

}

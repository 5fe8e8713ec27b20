package org.linli.cases;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.linli.LinliTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Each of the three affairs end to end through the API, as the demo users would do it.
 */
@LinliTest
@RecordApplicationEvents
class CaseLifecycleTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationEvents events;

	@Autowired
	JdbcClient jdbc;

	@Test
	void majorAffairRunsFromReportThroughDispatchAndVerificationToTheReportersRating() throws Exception {
		CaseApi api = new CaseApi(this.mvc);
		String body = api.report("resident1", CaseApi.intake("WEB", CaseApi.freshSpot(), "06010", "rubbish"), null)
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("REPORTED"))
			.andExpect(jsonPath("$.gridCode").value(matchesPattern("310107005001\\d{3}")))
			.andExpect(jsonPath("$.number").value(matchesPattern("20\\d{2}310107005\\d{6}")))
			.andExpect(jsonPath("$.trackingToken").value(matchesPattern("[A-Za-z0-9_-]{32}")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String id = JsonPath.read(body, "$.id");

		api.ok("dispatcher", id, "accept", "{\"tier\":\"MAJOR\",\"categoryCode\":\"06010\",\"priority\":\"URGENT\"}")
			.andExpect(jsonPath("$.status").value("REGISTERED"))
			.andExpect(jsonPath("$.tier").value("MAJOR"))
			.andExpect(jsonPath("$.priority").value("URGENT"));
		api.ok("dispatcher", id, "dispatch", "{\"note\":\"please clear today\"}")
			.andExpect(jsonPath("$.status").value("DISPATCHED"))
			.andExpect(jsonPath("$.orders[0].departmentCode").value("LH"))
			.andExpect(jsonPath("$.orders[0].status").value("DISPATCHED"))
			.andExpect(jsonPath("$.orders[0].due").isString())
			.andExpect(jsonPath("$.orders[0].light").value("GREEN"));
		api.ok("dept-lh", id, "sign", "{}")
			.andExpect(jsonPath("$.status").value("IN_PROGRESS"))
			.andExpect(jsonPath("$.owner").value("LH"));
		api.ok("dept-lh", id, "handle", "{\"result\":\"cleared\"}")
			.andExpect(jsonPath("$.status").value("HANDLED"))
			.andExpect(jsonPath("$.orders[0].result").value("cleared"));
		api.ok("worker1", id, "verify", "{\"passed\":true,\"note\":\"clean now\"}")
			.andExpect(jsonPath("$.status").value("CLOSED"))
			.andExpect(jsonPath("$.closedAt").isString());
		api.ok("resident1", id, "evaluate", "{\"rating\":\"SATISFIED\",\"comment\":\"quick\"}")
			.andExpect(jsonPath("$.evaluation.rating").value("SATISFIED"))
			.andExpect(jsonPath("$.evaluation.comment").value("quick"));

		api.read("resident1", "cases/" + id + "/timeline")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].action")
				.value(contains("report", "accept", "dispatch", "sign", "handle", "verify-passed", "evaluate")))
			.andExpect(jsonPath("$[2].actor").value("dispatcher"))
			.andExpect(jsonPath("$[2].note").value("LH: please clear today"));
		// The report's own events come from the intake writer's thread, which this
		// recording (per thread) does not see; IntakeWriterTests follows them.
		assertThat(this.events.stream()
			.filter(PayloadApplicationEvent.class::isInstance)
			.<Class<?>>map((event) -> ((PayloadApplicationEvent<?>) event).getPayload().getClass()))
			.containsSubsequence(CaseRegistered.class, CaseDispatched.class, CaseSigned.class, CaseHandled.class,
					CaseClosed.class, CaseEvaluated.class);
		assertThat(this.events.stream(CaseDispatched.class)).singleElement()
			.satisfies((dispatched) -> assertThat(dispatched.departmentCode()).isEqualTo("LH"));
	}

	@Test
	void walkInTakenByStaffIsOwnedByThemUntilADepartmentSigns() throws Exception {
		CaseApi api = new CaseApi(this.mvc);
		double[] spot = CaseApi.freshSpot();
		String body = api.report("staff1", """
				{"channel":"WALK_IN","description":"rubbish at the gate","lat":%s,"lon":%s,"categoryCode":"06010",
				 "reporterName":"Wang","reporterPhone":"13900001111"}""".formatted(spot[0], spot[1]), null)
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String id = JsonPath.read(body, "$.id");
		api.read("staff1", "cases/" + id)
			.andExpect(jsonPath("$.reporterName").value("W***"))
			.andExpect(jsonPath("$.reporterPhone").value("139****1111"))
			.andExpect(jsonPath("$.firstContactOwner").value("staff1"))
			.andExpect(jsonPath("$.owner").value("staff1"))
			.andExpect(jsonPath("$.reporter").doesNotExist());
		api.ok("staff1", id, "accept", "{\"tier\":\"MAJOR\"}");
		api.ok("dispatcher", id, "dispatch", "{}").andExpect(jsonPath("$.owner").value("staff1"));
		api.read("dept-lh", "cases/" + id).andExpect(jsonPath("$.reporterPhone").doesNotExist());
		assertThat(this.jdbc.sql("""
				select count(*) from cases.case
				 where id = cast(:id as uuid) and reporter_contact is not null
				   and position(convert_to('13900001111', 'UTF8') in reporter_contact) = 0""")
			.param("id", id)
			.query(Long.class)
			.single()).as("phone sealed, not in clear").isEqualTo(1);
		api.ok("dept-lh", id, "sign", "{}").andExpect(jsonPath("$.owner").value("LH"));
	}

	@Test
	void communityAffairIsHandledByTheCommitteeAndVerifiedByTheGridWorker() throws Exception {
		CaseApi api = new CaseApi(this.mvc);
		String id = api.reported("resident1", "1.4");
		api.ok("staff1", id, "accept", "{}")
			.andExpect(jsonPath("$.tier").value("COMMUNITY"))
			.andExpect(jsonPath("$.categoryCode").value("1.4"));
		api.act("dispatcher", id, "dispatch", "{}").andExpect(status().isConflict());
		api.ok("staff1", id, "assign-community", "{}").andExpect(jsonPath("$.status").value("COMMUNITY_HANDLING"));
		api.ok("staff1", id, "handle", "{\"result\":\"neighbours agreed on quiet hours\"}")
			.andExpect(jsonPath("$.status").value("HANDLED"));
		api.ok("worker1", id, "verify", "{\"passed\":true}").andExpect(jsonPath("$.status").value("CLOSED"));
		api.ok("resident1", id, "evaluate", "{\"rating\":\"BASICALLY_SATISFIED\"}");
	}

	@Test
	void privateAffairIsGuidedAndClosedWithTheGuidanceRecorded() throws Exception {
		CaseApi api = new CaseApi(this.mvc);
		String id = api.reported("resident1", "0.4");
		api.ok("staff1", id, "accept", "{\"tier\":\"PRIVATE\"}");
		api.act("staff1", id, "assign-community", "{}").andExpect(status().isConflict());
		api.ok("staff1", id, "guide",
				"{\"guidance\":\"apply at the community health centre with your card\",\"referral\":\"LEGAL_ADVICE\"}")
			.andExpect(jsonPath("$.status").value("CLOSED"))
			.andExpect(jsonPath("$.guidance").value("apply at the community health centre with your card"));
		api.read("resident1", "cases/" + id + "/timeline")
			.andExpect(jsonPath("$[*].action", hasItem("guide")))
			.andExpect(jsonPath("$[*].action", hasItem("refer-legal-advice")));
	}

	@Test
	void anonymousReporterFollowsByTrackingLinkWithoutPersonalDataRatesAndReopensThere() throws Exception {
		CaseApi api = new CaseApi(this.mvc);
		String body = api
			.report(null,
					"""
							{"channel":"WEB","description":"broken bench","lat":%s,"lon":%s,"categoryCode":"1.4",
							 "reporterName":"Wang","reporterPhone":"13900001111"}""".formatted(CaseApi.freshSpot()[0],
							CaseApi.freshSpot()[1]),
					null)
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String id = JsonPath.read(body, "$.id");
		String token = JsonPath.read(body, "$.trackingToken");

		this.mvc.perform(get("/api/v1/cases/" + id)).andExpect(status().isUnauthorized());
		this.mvc.perform(get("/api/v1/track/" + token).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("REPORTED"))
			.andExpect(jsonPath("$.statusText").value("Reported"))
			.andExpect(jsonPath("$.steps[0].text").value("We received your concern."))
			.andExpect(jsonPath("$", not(hasKey("reporterName"))))
			.andExpect(jsonPath("$", not(hasKey("description"))))
			.andExpect(jsonPath("$.canEvaluate").value(false));
		this.mvc
			.perform(post("/api/v1/track/" + token + "/evaluate").contentType("application/json")
				.content("{\"rating\":\"SATISFIED\"}"))
			.andExpect(status().isConflict());

		api.ok("staff1", id, "accept", "{}");
		api.ok("staff1", id, "assign-community", "{}");
		api.ok("staff1", id, "handle", "{\"result\":\"repaired\"}");
		api.ok("staff1", id, "verify", "{\"passed\":true}");
		this.mvc
			.perform(post("/api/v1/track/" + token + "/evaluate").contentType("application/json")
				.content("{\"rating\":\"DISSATISFIED\",\"comment\":\"still wobbly\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("CLOSED"))
			.andExpect(jsonPath("$.rating").value("DISSATISFIED"))
			.andExpect(jsonPath("$.canEvaluate").value(false));
		this.mvc
			.perform(post("/api/v1/track/" + token + "/reopen").contentType("application/json")
				.content("{\"reason\":\"the bench still wobbles\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("REGISTERED"));
		api.read("staff1", "cases/" + id).andExpect(jsonPath("$.reopenCount").value(1));
		this.mvc.perform(get("/api/v1/track/not-a-real-token")).andExpect(status().isNotFound());
	}

}

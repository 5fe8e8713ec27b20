package org.linli.deliberation;

import java.time.Duration;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.linli.DemoLogins;
import org.linli.LinliTest;
import org.linli.area.Areas;
import org.linli.deliberation.Neighbourhood.Building;
import org.linli.deliberation.Neighbourhood.Flat;
import org.linli.identity.Accounts;
import org.linli.resident.HouseholdRegistry;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A matter from raising to the residents' convention over the API, who may see it, and
 * the conversion of a community-tier concern into a matter.
 */
@LinliTest
class MatterLifecycleTests {

	private final MockMvc mvc;

	private final Neighbourhood streets;

	@Autowired
	MatterLifecycleTests(MockMvc mvc, Areas areas, HouseholdRegistry households, Accounts accounts) {
		this.mvc = mvc;
		this.streets = new Neighbourhood(mvc, areas, households, accounts);
	}

	@Test
	void aResidentOfAnotherBuildingCannotSeeOrVoteOnABuildingsMatter() throws Exception {
		Building building = this.streets.building(Flat.owner(1, "50"), Flat.owner(2, "60"));
		Building next = this.streets.building(Flat.owner(3, "70"));
		String id = this.streets.matterAwaitingVote(building.code());
		this.streets.openVote(id, "HOUSEHOLD_MAJORITY");
		String outsider = next.home(0).login();

		for (String login : List.of(outsider, "resident1", "resident2", "staff2", "dept-lh")) {
			this.streets.read(login, "/api/v1/matters/" + id).andExpect(status().isNotFound());
			this.streets.read(login, "/api/v1/matters/" + id + "/tally").andExpect(status().isNotFound());
			this.streets.act(login, id, "ballot", Neighbourhood.ballot("FOR")).andExpect(status().isNotFound());
		}
		this.streets.read(outsider, "/api/v1/matters?size=200").andExpect(jsonPath("$.items[*].id", not(hasItem(id))));
		this.streets.read(building.home(0).login(), "/api/v1/matters?size=200")
			.andExpect(jsonPath("$.items[*].id", hasItem(id)));
		for (String login : List.of("staff1", "worker1", "dispatcher", "leader", "admin")) {
			this.streets.read(login, "/api/v1/matters/" + id).andExpect(status().isOk());
		}
		this.streets
			.post(outsider, "/api/v1/matters",
					"{\"scopeCode\":\"" + building.code() + "\",\"title\":\"x\",\"description\":\"y\"}")
			.andExpect(status().isForbidden());
	}

	@Test
	void aMatterGoesFromRaisingThroughVoteFundingWorkAndSignOffIntoTheConvention() throws Exception {
		Building building = this.streets.building(Flat.owner(1, "50.00"), Flat.owner(2, "60.00"),
				Flat.owner(3, "70.00"));
		String supervisor = this.streets.supervisor(building.code());
		String resident = building.home(0).login();
		String id = this.streets.raised(resident, building.code());
		this.streets.read(resident, "/api/v1/matters/" + id)
			.andExpect(jsonPath("$.status").value("PROPOSED"))
			.andExpect(jsonPath("$.stage").value("RAISE"))
			.andExpect(jsonPath("$.stages", hasSize(6)))
			.andExpect(jsonPath("$.stages[0].state").value("CURRENT"));

		this.streets.act(resident, id, "screen", "{\"accept\":true}").andExpect(status().isForbidden());
		this.streets.act(resident, id, "comments", "{\"text\":\"too early\"}").andExpect(status().isConflict());
		this.streets.ok("staff1", id, "screen", "{\"accept\":true}");
		this.streets.act(resident, id, "comments", "{\"text\":\"good idea\"}").andExpect(status().isCreated());
		this.streets.act(building.home(1).login(), id, "comments", "{\"text\":\"rude words\"}");
		long rude = ((Number) this.streets.field(resident, "/api/v1/matters/" + id + "/comments", "$[1].id"))
			.longValue();
		this.streets.act("staff1", id, "comments/" + rude + "/hide", "{\"reason\":\"personal attack\"}")
			.andExpect(status().isOk());
		this.streets.read(resident, "/api/v1/matters/" + id + "/comments")
			.andExpect(jsonPath("$", hasSize(2)))
			.andExpect(jsonPath("$[1].hidden").value(true))
			.andExpect(jsonPath("$[1].body").doesNotExist())
			.andExpect(jsonPath("$[1].hiddenReason").value("personal attack"));

		this.streets.ok("staff1", id, "meetings", """
				{"kind":"BUILDING","scheduledAt":"2026-12-01T19:00","place":"stairwell","agenda":"lift plan"}""");
		long meeting = ((Number) this.streets.field("staff1", "/api/v1/matters/" + id, "$.meetings[0].id")).longValue();
		this.streets.ok("staff1", id, "meetings/" + meeting + "/minutes",
				"{\"attendance\":3,\"minutes\":\"all for it\"}");
		this.streets.act("staff1", id, "meetings/" + meeting + "/minutes", "{\"attendance\":3,\"minutes\":\"again\"}")
			.andExpect(status().isConflict());
		this.streets.ok("staff1", id, "cost-plan", "{\"total\":1000.01,\"method\":\"BY_AREA\"}");
		this.streets.read(resident, "/api/v1/matters/" + id + "/cost-plan")
			.andExpect(jsonPath("$.shares[0].amount").value(277.78))
			.andExpect(jsonPath("$.shares[1].amount").value(333.34))
			.andExpect(jsonPath("$.shares[2].amount").value(388.89))
			.andExpect(jsonPath("$.shares[0].mine").value(true));
		this.streets.ok("staff1", id, "council-decision", "{\"putToVote\":true,\"reasons\":\"wanted\"}");
		this.streets.openVote(id, "OWNERS_DOUBLE_MAJORITY");
		for (Neighbourhood.Home home : building.homes()) {
			this.streets.ok(home.login(), id, "ballot", Neighbourhood.ballot("FOR"));
		}
		this.streets.ok("staff1", id, "close-vote", "{}").andExpect(jsonPath("$.status").value("FUNDING"));

		this.streets.ok("staff1", id, "cost-plan",
				"{\"total\":3000,\"method\":\"BY_FLOOR_WEIGHTS\",\"floorWeights\":{\"1\":0,\"2\":1,\"3\":2},\"fundMatch\":600}")
			.andExpect(jsonPath("$.shared").value(2400.00))
			.andExpect(jsonPath("$.shares[0].amount").value(0.00))
			.andExpect(jsonPath("$.shares[1].amount").value(800.00))
			.andExpect(jsonPath("$.shares[2].amount").value(1600.00));
		this.streets.ok(building.home(1).login(), id, "pledge", "{}")
			.andExpect(jsonPath("$.pledgedHouseholds").value(1));
		this.streets.act(building.home(1).login(), id, "pledge", "{}").andExpect(status().isConflict());
		this.streets.ok("staff1", id, "payments", "{\"householdId\":" + building.home(2).id() + ",\"amount\":1600}")
			.andExpect(jsonPath("$.paid").value(1600.00));
		this.streets.act("staff1", id, "cost-plan", "{\"total\":10,\"method\":\"EQUAL\"}")
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("deliberation.error.cost-plan-locked"));

		this.streets.ok("staff1", id, "start-work", "{}");
		this.streets.ok("staff1", id, "tasks", "{\"title\":\"buy parts\",\"owner\":\"Liu\",\"dueOn\":\"2026-12-20\"}");
		for (String supplier : List.of("A", "B")) {
			this.streets.ok("staff1", id, "quotes", "{\"supplier\":\"" + supplier + "\",\"amount\":2999.5}");
		}
		long firstQuote = ((Number) this.streets.field("staff1", "/api/v1/matters/" + id, "$.quotes[0].id"))
			.longValue();
		this.streets.act("staff1", id, "choose-quote", "{\"quoteId\":" + firstQuote + ",\"reason\":\"cheap\"}")
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("deliberation.error.quotes-needed"));
		this.streets.ok("staff1", id, "quotes", "{\"supplier\":\"C\",\"amount\":3100}");
		this.streets.ok("staff1", id, "choose-quote", "{\"quoteId\":" + firstQuote + ",\"reason\":\"cheapest, local\"}")
			.andExpect(jsonPath("$.chosenQuoteId").value(firstQuote));
		this.streets.act("staff1", id, "complete-work", "{}")
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("deliberation.error.tasks-open"));
		long task = ((Number) this.streets.field("staff1", "/api/v1/matters/" + id, "$.tasks[0].id")).longValue();
		this.streets.ok("staff1", id, "tasks/" + task + "/done", "{}");
		this.streets.ok("staff1", id, "progress", "{\"note\":\"installed\"}");
		this.streets.ok("staff1", id, "complete-work", "{}").andExpect(jsonPath("$.status").value("UNDER_REVIEW"));

		this.streets.act("staff1", id, "sign-off", "{\"passed\":true,\"note\":\"ok\"}")
			.andExpect(status().isForbidden());
		this.streets.ok(supervisor, id, "sign-off", "{\"passed\":false,\"note\":\"one lamp dark\"}")
			.andExpect(jsonPath("$.status").value("EXECUTING"));
		this.streets.ok("staff1", id, "complete-work", "{}");
		this.streets.ok(supervisor, id, "sign-off", "{\"passed\":true,\"note\":\"all lit\"}")
			.andExpect(jsonPath("$.status").value("EVALUATING"));
		this.streets.ok(resident, id, "rating", "{\"satisfaction\":\"SATISFIED\"}");
		this.streets.act(resident, id, "rating", "{\"satisfaction\":\"DISSATISFIED\"}")
			.andExpect(status().isConflict());
		this.streets.act("staff1", id, "convention", "{\"title\":\"Lamps\",\"text\":\"report broken lamps\"}")
			.andExpect(jsonPath("$.version").value(1))
			.andExpect(jsonPath("$.articles", hasSize(1)));
		long article = ((Number) this.streets.field(resident, "/api/v1/conventions/" + building.code(),
				"$.articles[0].id"))
			.longValue();
		this.streets
			.act("staff1", id, "convention",
					"{\"title\":\"Lamps\",\"text\":\"report broken lamps within a day\",\"supersedes\":" + article
							+ "}")
			.andExpect(jsonPath("$.version").value(2))
			.andExpect(jsonPath("$.articles[0].body").value("report broken lamps within a day"));
		this.streets.read(resident, "/api/v1/conventions/" + building.code() + "?version=1")
			.andExpect(jsonPath("$.articles[0].body").value("report broken lamps"))
			.andExpect(jsonPath("$.versions", hasSize(2)));
		this.streets.ok("staff1", id, "close", "{}")
			.andExpect(jsonPath("$.status").value("CLOSED"))
			.andExpect(jsonPath("$.stages[5].state").value("DONE"))
			.andExpect(jsonPath("$.ratings.rated").value(1));
		this.streets.read(resident, "/api/v1/matters/" + id + "/timeline")
			.andExpect(jsonPath("$[0].action").value("raise"))
			.andExpect(jsonPath("$[*].action", hasItem("send-back")))
			.andExpect(jsonPath("$[-1].action").value("close"));
	}

	@Test
	void staffConvertACommunityAffairIntoAMatterLinkedBothWays() throws Exception {
		String report = this.mvc
			.perform(MockMvcRequestBuilders.post("/api/v1/cases").contentType(MediaType.APPLICATION_JSON).content("""
					{"channel":"WEB","description":"the courtyard lamps are out","lat":31.2433,"lon":121.3948,
					 "categoryCode":"1.4"}""").with(DemoLogins.as(this.mvc, "resident1")))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String caseId = JsonPath.read(report, "$.id");
		String community = "310107005001";
		String raise = "{\"scopeCode\":\"" + community + "\",\"title\":\"Lamps\",\"caseId\":\"" + caseId + "\"}";
		this.streets.post("staff1", "/api/v1/matters", raise)
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("deliberation.error.case-not-community"));
		this.streets.post("staff1", "/api/v1/cases/" + caseId + "/accept", "{}").andExpect(status().isOk());

		this.streets.post("resident1", "/api/v1/matters", raise).andExpect(status().isForbidden());
		String matter = this.streets.post("staff1", "/api/v1/matters", raise)
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.caseId").value(caseId))
			.andExpect(jsonPath("$.description").value("the courtyard lamps are out"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String number = JsonPath.read(matter, "$.number");
		this.streets.post("staff1", "/api/v1/matters", raise)
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("deliberation.error.case-taken-up"));

		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> this.streets.read("staff1", "/api/v1/cases/" + caseId + "/timeline")
				.andExpect(jsonPath("$[-1].action").value("taken-up"))
				.andExpect(jsonPath("$[-1].note").value(number)));
	}

}

package org.linli.deliberation;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.linli.LinliTest;
import org.linli.SettableClock;
import org.linli.area.Areas;
import org.linli.deliberation.Neighbourhood.Building;
import org.linli.deliberation.Neighbourhood.Flat;
import org.linli.identity.Accounts;
import org.linli.resident.HouseholdRegistry;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Household votes over the API: the roll is frozen when the vote opens, each household
 * has one ballot whoever casts it and may change it until the close, staff record proxy
 * ballots on the record, and ballots stay secret from everyone but the supervisory
 * committee.
 */
@LinliTest
class VotingTests {

	private final Neighbourhood streets;

	private final SettableClock clock;

	@Autowired
	VotingTests(MockMvc mvc, Areas areas, HouseholdRegistry households, Accounts accounts, SettableClock clock) {
		this.streets = new Neighbourhood(mvc, areas, households, accounts);
		this.clock = clock;
	}

	@Test
	void theRollIsFrozenWhenTheVoteOpensSoAHouseholdMovingInLaterCannotVote() throws Exception {
		Building building = this.streets.building(Flat.owner(1, "50"), Flat.owner(2, "60"), Flat.owner(3, "70"));
		String id = this.streets.matterAwaitingVote(building.code());
		this.streets.openVote(id, "HOUSEHOLD_MAJORITY");

		Neighbourhood.Home newcomer = this.streets.moveIn(building.code(), Flat.owner(4, "80"), 9);

		this.streets.act(newcomer.login(), id, "ballot", Neighbourhood.ballot("FOR"))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("deliberation.error.not-in-electorate"));
		this.streets.act("staff1", id, "ballot", Neighbourhood.proxy(newcomer.id(), "FOR"))
			.andExpect(status().isForbidden());
		this.streets.read(newcomer.login(), "/api/v1/matters/" + id)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.vote.voteAs").value("NOT_IN_ELECTORATE"));
		this.streets.ok(building.home(0).login(), id, "ballot", Neighbourhood.ballot("FOR"));
		this.streets.read("staff1", "/api/v1/matters/" + id + "/tally")
			.andExpect(jsonPath("$.electorate.households").value(3))
			.andExpect(jsonPath("$.electorate.area").value(180.00))
			.andExpect(jsonPath("$.cast.households").value(1));
	}

	@Test
	void oneHouseholdHasOneBallotWhoeverCastsItAndMayChangeItUntilTheClose() throws Exception {
		Building building = this.streets.building(Flat.owner(1, "50"), Flat.owner(2, "50"), Flat.owner(3, "50"));
		String supervisor = this.streets.supervisor(building.code());
		String id = this.streets.matterAwaitingVote(building.code());
		this.streets.openVote(id, "HOUSEHOLD_MAJORITY");
		String voter = building.home(0).login();

		this.streets.ok(voter, id, "ballot", Neighbourhood.ballot("FOR"));
		this.streets.ok(voter, id, "ballot", Neighbourhood.ballot("AGAINST"));
		this.streets.read(voter, "/api/v1/matters/" + id).andExpect(jsonPath("$.vote.myChoice").value("AGAINST"));
		this.streets.ok("staff1", id, "ballot", Neighbourhood.proxy(building.home(0).id(), "ABSTAIN"));

		this.streets.read("staff1", "/api/v1/matters/" + id + "/tally")
			.andExpect(jsonPath("$.cast.households").value(1))
			.andExpect(jsonPath("$.forVotes.households").value(0))
			.andExpect(jsonPath("$.against.households").value(0))
			.andExpect(jsonPath("$.abstain.households").value(1));
		this.streets.read(supervisor, "/api/v1/matters/" + id + "/ballots")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(3)))
			.andExpect(jsonPath("$[2].choice").value("ABSTAIN"))
			.andExpect(jsonPath("$[2].proxy").value(true));

		this.streets.ok(building.home(1).login(), id, "ballot", Neighbourhood.ballot("FOR"));
		this.streets.ok(building.home(2).login(), id, "ballot", Neighbourhood.ballot("FOR"));
		this.streets.ok("staff1", id, "close-vote", "{}")
			.andExpect(jsonPath("$.status").value("FUNDING"))
			.andExpect(jsonPath("$.vote.outcome").value("PASSED"));
		this.streets.act(voter, id, "ballot", Neighbourhood.ballot("FOR")).andExpect(status().isConflict());
		this.streets.read(voter, "/api/v1/matters/" + id + "/tally")
			.andExpect(jsonPath("$.open").value(false))
			.andExpect(jsonPath("$.conditions[0].key").value("turnout-households"))
			.andExpect(jsonPath("$.conditions[0].numerator").value(3))
			.andExpect(jsonPath("$.conditions[0].denominator").value(3))
			.andExpect(jsonPath("$.conditions[1].numerator").value(2))
			.andExpect(jsonPath("$.conditions[1].denominator").value(3))
			.andExpect(jsonPath("$.outcome").value("PASSED"));
	}

	@Test
	void staffRecordAProxyBallotForAHouseholdWithoutAPhoneAndTheRecordNamesThem() throws Exception {
		Building building = this.streets.building(new Flat(1, "45.5", true, false), Flat.owner(2, "60"));
		String supervisor = this.streets.supervisor(building.code());
		String id = this.streets.matterAwaitingVote(building.code());
		this.streets.openVote(id, "OWNERS_DOUBLE_MAJORITY");

		this.streets.ok("staff1", id, "ballot", Neighbourhood.proxy(building.home(0).id(), "FOR"));
		this.streets.act(building.home(1).login(), id, "ballot", Neighbourhood.proxy(building.home(0).id(), "AGAINST"))
			.andExpect(status().isForbidden());

		this.streets.read(supervisor, "/api/v1/matters/" + id + "/ballots")
			.andExpect(jsonPath("$", hasSize(1)))
			.andExpect(jsonPath("$[0].room").value(building.home(0).room()))
			.andExpect(jsonPath("$[0].castBy").value("李秀英（曹杨一村居委）"))
			.andExpect(jsonPath("$[0].proxy").value(true))
			.andExpect(jsonPath("$[0].note").value("by phone"));
		this.streets.read("staff1", "/api/v1/matters/" + id + "/timeline")
			.andExpect(jsonPath("$[-1].action").value("proxy-ballot"));
	}

	@Test
	void ballotsAreSecretFromResidentsWhileTheVoteIsOpenAndTheAuditIsTheSupervisorsAlone() throws Exception {
		Building building = this.streets.building(Flat.owner(1, "50"), Flat.owner(2, "50"));
		String id = this.streets.matterAwaitingVote(building.code());
		this.streets.openVote(id, "HOUSEHOLD_MAJORITY");
		String resident = building.home(0).login();
		this.streets.ok(resident, id, "ballot", Neighbourhood.ballot("AGAINST"));

		this.streets.read(building.home(1).login(), "/api/v1/matters/" + id + "/tally")
			.andExpect(jsonPath("$.cast.households").value(1))
			.andExpect(jsonPath("$.against").doesNotExist())
			.andExpect(jsonPath("$.outcome").doesNotExist());
		for (String notSupervisor : new String[] { resident, "staff1" }) {
			this.streets.read(notSupervisor, "/api/v1/matters/" + id + "/ballots").andExpect(status().isForbidden());
		}
	}

	@Test
	void inAnOwnersVoteATenantHouseholdCannotVoteButItsOwnerCanThroughStaff() throws Exception {
		Building building = this.streets.building(Flat.owner(1, "50"), new Flat(2, "70", false, true));
		String id = this.streets.matterAwaitingVote(building.code());
		this.streets.openVote(id, "OWNERS_DOUBLE_MAJORITY_3_4");
		String tenant = building.home(1).login();

		this.streets.act(tenant, id, "ballot", Neighbourhood.ballot("FOR"))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("deliberation.error.owners-only"));
		this.streets.ok("staff1", id, "ballot", Neighbourhood.proxy(building.home(1).id(), "FOR"));
		this.streets.ok(building.home(0).login(), id, "ballot", Neighbourhood.ballot("AGAINST"));
		this.streets.read("staff1", "/api/v1/matters/" + id + "/tally")
			.andExpect(jsonPath("$.conditions[3].key").value("approval-area"))
			.andExpect(jsonPath("$.conditions[3].numerator").value(70.00))
			.andExpect(jsonPath("$.conditions[3].denominator").value(120.00))
			.andExpect(jsonPath("$.conditions[3].threshold").value(">=3/4"))
			.andExpect(jsonPath("$.conditions[3].met").value(false));
	}

	@Test
	void noBallotIsTakenAfterTheClosingTimeAndAnEarlyCloseStandsOutInTheTimeline() throws Exception {
		Building building = this.streets.building(Flat.owner(1, "50"), Flat.owner(2, "50"));
		String late = this.streets.matterAwaitingVote(building.code());
		String early = this.streets.matterAwaitingVote(building.code());
		Instant closing = Instant.now().plus(Duration.ofHours(1));
		for (String id : List.of(late, early)) {
			this.streets.ok("staff1", id, "open-vote",
					"{\"rule\":\"HOUSEHOLD_MAJORITY\",\"closesAt\":\"" + closing + "\"}");
			this.streets.ok(building.home(0).login(), id, "ballot", Neighbourhood.ballot("FOR"));
		}
		try {
			this.clock.fixAt(closing.plusSeconds(1));
			this.streets.act(building.home(1).login(), late, "ballot", Neighbourhood.ballot("AGAINST"))
				.andExpect(status().isConflict())
				.andExpect(jsonPath("$.code").value("deliberation.error.vote-closed"));
			this.streets.ok("staff1", late, "close-vote", "{}");
		}
		finally {
			this.clock.followSystem();
		}
		this.streets.read("staff1", "/api/v1/matters/" + late + "/timeline")
			.andExpect(jsonPath("$[*].action", not(hasItem("close-early"))));

		this.streets.ok("staff1", early, "close-vote", "{}")
			.andExpect(jsonPath("$.status").value("REJECTED_BY_VOTE"))
			.andExpect(jsonPath("$.stages[2].state").value("STOPPED"));
		this.streets.read("staff1", "/api/v1/matters/" + early + "/timeline")
			.andExpect(jsonPath("$[-2].action").value("close-early"))
			.andExpect(jsonPath("$[-2].note").value("1/2"));
	}

	@Test
	void staffMayOpenAVoteStraightFromAProposalAndOpenItAgainUntilSomeoneVotes() throws Exception {
		Building building = this.streets.building(Flat.owner(1, "50"), Flat.owner(2, "50"));
		String raisedByResident = this.streets.raised(building.home(0).login(), building.code());
		String open = "{\"rule\":\"HOUSEHOLD_MAJORITY\",\"closesAt\":\"2099-01-01\"}";

		this.streets.act(building.home(0).login(), raisedByResident, "open-vote", open)
			.andExpect(status().isForbidden());
		this.streets.ok("staff1", raisedByResident, "open-vote", open)
			.andExpect(jsonPath("$.status").value("VOTING"))
			.andExpect(jsonPath("$.vote.closesAt").value("2099-01-01T16:00:00Z"));
		this.streets
			.ok("staff1", raisedByResident, "open-vote",
					"{\"rule\":\"OWNERS_DOUBLE_MAJORITY\",\"closesAt\":\"2099-01-01T00:00:00Z\"}")
			.andExpect(jsonPath("$.vote.rule").value("OWNERS_DOUBLE_MAJORITY"))
			.andExpect(jsonPath("$.vote.electorate").value(2));
		this.streets.ok(building.home(1).login(), raisedByResident, "ballot", Neighbourhood.ballot("FOR"));
		this.streets.act("staff1", raisedByResident, "open-vote", open)
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("deliberation.error.vote-has-ballots"));
		this.streets.read("staff1", "/api/v1/matters/" + raisedByResident + "/timeline")
			.andExpect(jsonPath("$[1].action").value("screen-in"));
	}

}

package org.linli.cases;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.linli.DemoLogins;
import org.linli.LinliTest;
import org.linli.area.Areas;
import org.linli.identity.Accounts;
import org.linli.identity.NewAccount;
import org.linli.identity.Role;
import org.linli.resident.Gender;
import org.linli.resident.HouseholdRegistry;
import org.linli.resident.NewHousehold;
import org.linli.resident.NewResident;
import org.linli.resident.Relation;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Nobody sees a case outside their scope (404, as if it did not exist), and nobody takes
 * an action that is not theirs (403).
 */
@LinliTest
class CaseScopeTests {

	private static final AtomicInteger SERIAL = new AtomicInteger();

	@Autowired
	MockMvc mvc;

	@Autowired
	Areas areas;

	@Autowired
	HouseholdRegistry households;

	@Autowired
	Accounts accounts;

	@Test
	void peopleOutsideTheCasesScopeGetNotFoundForReadsAndActions() throws Exception {
		CaseApi api = new CaseApi(this.mvc);
		String id = api.dispatchedToLh();
		for (String outsider : List.of("staff2", "worker2", "resident2", "dept-cg", "dept-fg")) {
			api.read(outsider, "cases/" + id).andExpect(status().isNotFound());
			api.read(outsider, "cases/" + id + "/timeline").andExpect(status().isNotFound());
			api.act(outsider, id, "sign", "{}").andExpect(status().isNotFound());
		}
		api.read("staff1", "cases/" + UUID.randomUUID()).andExpect(status().isNotFound());
		for (String insider : List.of("admin", "leader", "dispatcher", "staff1", "worker1", "dept-lh", "resident1")) {
			api.read(insider, "cases/" + id).andExpect(status().isOk());
		}
	}

	@Test
	void peopleWhoSeeACaseAreRefusedActionsThatAreNotTheirs() throws Exception {
		CaseApi api = new CaseApi(this.mvc);
		String reported = api.reported("resident1", "06010");
		for (String notTriage : List.of("resident1", "worker1", "leader", "admin")) {
			api.act(notTriage, reported, "accept", "{\"tier\":\"MAJOR\"}").andExpect(status().isForbidden());
		}
		api.ok("staff1", reported, "accept", "{\"tier\":\"MAJOR\"}");
		api.act("staff1", reported, "dispatch", "{}").andExpect(status().isForbidden());
		api.ok("dispatcher", reported, "dispatch", "{}");
		api.act("dispatcher", reported, "sign", "{}").andExpect(status().isForbidden());
		api.act("dept-lh", reported, "verify", "{\"passed\":true}").andExpect(status().isForbidden());
		api.act("dept-lh", reported, "rule-return", "{\"departmentCode\":\"LH\"}").andExpect(status().isForbidden());
		api.ok("dept-lh", reported, "sign", "{}");
		api.act("resident1", reported, "handle", "{\"result\":\"done\"}").andExpect(status().isForbidden());
		api.ok("dept-lh", reported, "handle", "{\"result\":\"done\"}");
		api.act("dept-lh", reported, "evaluate", "{\"rating\":\"SATISFIED\"}").andExpect(status().isForbidden());
	}

	@Test
	void listsShowOnlyTheCasesInScope() throws Exception {
		CaseApi api = new CaseApi(this.mvc);
		String id = api.dispatchedToLh();
		api.read("dept-lh", "cases?departmentCode=LH&size=200").andExpect(jsonPath("$.items[*].id", hasItem(id)));
		api.read("staff1", "cases?status=DISPATCHED&size=200").andExpect(jsonPath("$.items[*].id", hasItem(id)));
		api.read("resident1", "cases?size=200").andExpect(jsonPath("$.items[*].id", hasItem(id)));
		for (String outsider : List.of("dept-cg", "staff2", "worker2", "resident2")) {
			api.read(outsider, "cases?size=200").andExpect(jsonPath("$.items[*].id", not(hasItem(id))));
		}
		api.read("staff1", "cases?status=NOPE").andExpect(status().isBadRequest());
		api.read("staff1", "cases?gridCode=%25").andExpect(status().isBadRequest());
		api.read("staff1", "cases?gridCode=310107005001&size=200").andExpect(jsonPath("$.items[*].id", hasItem(id)));
	}

	@Test
	void partyMemberLivingInTheCommunityClaimsACommunityAffairAndOthersCannot() throws Exception {
		CaseApi api = new CaseApi(this.mvc);
		String id = api.reported("resident1", "1.4");
		api.ok("staff1", id, "accept", "{}");
		String member = partyMemberIn("310107005001");

		api.act("resident2", id, "claim", "{}").andExpect(status().isNotFound());
		api.ok(member, id, "claim", "{}").andExpect(jsonPath("$.claimedBy").value(member));
		api.read(member, "cases/" + id).andExpect(status().isOk());
		api.act(member, id, "claim", "{}").andExpect(status().isConflict());
		api.read(member, "cases/" + id + "/timeline").andExpect(jsonPath("$[*].action", hasItem("claim")));
	}

	/** A resident account linked to a new household whose head is a party member. */
	private String partyMemberIn(String community) {
		int serial = SERIAL.incrementAndGet();
		String grid = this.areas.children(community).getFirst().code();
		String building = this.areas.children(grid).getFirst().code();
		NewResident head = new NewResident("Party Member", Gender.FEMALE, 1970, Relation.HEAD, null, null, true,
				Set.of());
		long household = this.households.registerHousehold(
				new NewHousehold(building, "P" + serial, 2, new BigDecimal("60.00"), true, List.of(head)));
		String username = "member" + serial + "-" + UUID.randomUUID().toString().substring(0, 8);
		this.accounts.register(new NewAccount(username, "Party Member", DemoLogins.PASSWORD, Set.of(Role.RESIDENT),
				List.of(grid), null));
		this.households.linkAccount(household, username);
		return username;
	}

}

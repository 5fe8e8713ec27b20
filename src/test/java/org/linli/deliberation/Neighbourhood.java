package org.linli.deliberation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import com.jayway.jsonpath.JsonPath;

import org.linli.DemoLogins;
import org.linli.area.Areas;
import org.linli.identity.Accounts;
import org.linli.identity.NewAccount;
import org.linli.identity.Role;
import org.linli.resident.HouseholdRegistry;
import org.linli.resident.NewHousehold;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Buildings of their own for the tests, in grid 310107005001001 of staff1's community,
 * with households whose floors, areas and ownership the test chooses, each optionally
 * with a resident account; and the matter API driven as any login.
 */
final class Neighbourhood {

	static final String GRID = "310107005001001";

	private static final AtomicInteger SERIAL = new AtomicInteger(900);

	private final MockMvc mvc;

	private final Areas areas;

	private final HouseholdRegistry households;

	private final Accounts accounts;

	Neighbourhood(MockMvc mvc, Areas areas, HouseholdRegistry households, Accounts accounts) {
		this.mvc = mvc;
		this.areas = areas;
		this.households = households;
		this.accounts = accounts;
	}

	/** A flat to register: floor, area, owner-occupied, and whether it has a login. */
	record Flat(int floor, String area, boolean owner, boolean login) {

		static Flat owner(int floor, String area) {
			return new Flat(floor, area, true, true);
		}

	}

	/** A registered household: its id, room, and login (or null). */
	record Home(long id, String room, String login) {
	}

	record Building(String code, List<Home> homes) {

		Home home(int index) {
			return this.homes.get(index);
		}

	}

	Building building(Flat... flats) {
		int serial = SERIAL.incrementAndGet();
		String code = GRID + serial;
		this.areas.registerBuilding(code, GRID, "T" + serial, "Test lane " + serial);
		List<Home> homes = new ArrayList<>();
		List<NewAccount> logins = new ArrayList<>();
		for (int i = 0; i < flats.length; i++) {
			homes.add(moveIn(code, flats[i], i + 1, logins));
		}
		this.accounts.registerAll(logins);
		for (Home home : homes) {
			if (home.login() != null) {
				this.households.linkAccount(home.id(), home.login());
			}
		}
		return new Building(code, homes);
	}

	/** A household moving into the building now. */
	Home moveIn(String building, Flat flat, int door) {
		List<NewAccount> logins = new ArrayList<>();
		Home home = moveIn(building, flat, door, logins);
		this.accounts.registerAll(logins);
		if (home.login() != null) {
			this.households.linkAccount(home.id(), home.login());
		}
		return home;
	}

	private Home moveIn(String building, Flat flat, int door, List<NewAccount> logins) {
		String room = "%d%02d".formatted(flat.floor(), door);
		long id = this.households.registerHousehold(
				new NewHousehold(building, room, flat.floor(), new BigDecimal(flat.area()), flat.owner(), List.of()));
		String login = flat.login() ? "t" + building.substring(15) + "-" + room : null;
		if (login != null) {
			logins.add(new NewAccount(login, "Tester " + room, DemoLogins.PASSWORD, Set.of(Role.RESIDENT),
					List.of(GRID), null));
		}
		return new Home(id, room, login);
	}

	/** A login of the building's supervisory committee, appointed by staff1. */
	String supervisor(String building) throws Exception {
		String login = "sup-" + building.substring(15);
		this.accounts.register(new NewAccount(login, "Supervisor " + login, DemoLogins.PASSWORD, Set.of(Role.RESIDENT),
				List.of(GRID), null));
		post("staff1", "/api/v1/committees/" + building,
				"{\"committee\":\"SUPERVISORY_COMMITTEE\",\"username\":\"" + login + "\"}")
			.andExpect(status().isOk());
		return login;
	}

	/**
	 * A matter raised by staff1 for the area, screened and put to the vote by the
	 * council.
	 */
	String matterAwaitingVote(String scopeCode) throws Exception {
		String id = raised("staff1", scopeCode);
		ok("staff1", id, "screen", "{\"accept\":true}");
		ok("staff1", id, "council-decision", "{\"putToVote\":true,\"reasons\":\"ready\"}");
		return id;
	}

	String raised(String login, String scopeCode) throws Exception {
		String body = post(login, "/api/v1/matters",
				"{\"scopeCode\":\"" + scopeCode + "\",\"title\":\"Lift\",\"description\":\"Install a lift\"}")
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JsonPath.read(body, "$.id");
	}

	/** Opens a vote under the rule, closing in a week. */
	void openVote(String id, String rule) throws Exception {
		ok("staff1", id, "open-vote", "{\"rule\":\"" + rule + "\",\"closesAt\":\"2099-01-01T00:00:00+08:00\"}");
	}

	ResultActions act(String login, String id, String action, String body) throws Exception {
		return post(login, "/api/v1/matters/" + id + "/" + action, body);
	}

	ResultActions ok(String login, String id, String action, String body) throws Exception {
		return act(login, id, action, body).andExpect(status().isOk());
	}

	ResultActions post(String login, String path, String body) throws Exception {
		return this.mvc.perform(MockMvcRequestBuilders.post(path)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.with(DemoLogins.as(this.mvc, login)));
	}

	ResultActions read(String login, String path) throws Exception {
		return this.mvc.perform(MockMvcRequestBuilders.get(path).with(DemoLogins.as(this.mvc, login)));
	}

	<T> T field(String login, String path, String jsonPath) throws Exception {
		return JsonPath.read(read(login, path).andReturn().getResponse().getContentAsString(), jsonPath);
	}

	static String ballot(String choice) {
		return "{\"choice\":\"" + choice + "\"}";
	}

	static String proxy(long household, String choice) {
		return "{\"choice\":\"" + choice + "\",\"householdId\":" + household + ",\"note\":\"by phone\"}";
	}

}

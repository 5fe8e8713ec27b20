package org.linli.resident;

import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.linli.DemoLogins;
import org.linli.LinliTest;
import org.linli.area.Areas;
import org.linli.resident.ResidentFixtures.Family;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * No one sees what is not theirs: masked by default, revealed only with a reason and an
 * audit row, and scoped by area and household.
 */
@LinliTest
class ResidentPrivacyTests {

	private static final String MASKED_PHONE = "\\d{3}\\*{4}\\d{4}";

	private static final String MASKED_ID = "\\d{3}\\*{11}\\d{3}[\\dX]";

	private final MockMvc mvc;

	private final HouseholdRegistry registry;

	private final JdbcClient jdbc;

	private final ResidentFixtures fixtures;

	private Family family;

	private long headId;

	@Autowired
	ResidentPrivacyTests(MockMvc mvc, HouseholdRegistry registry, Areas areas, JdbcClient jdbc) {
		this.mvc = mvc;
		this.registry = registry;
		this.jdbc = jdbc;
		this.fixtures = new ResidentFixtures(areas, registry);
	}

	@BeforeEach
	void registerAFamilyInCommunityOne() throws Exception {
		this.family = this.fixtures.family(ResidentFixtures.COMMUNITY_1);
		String body = this.mvc.perform(as("staff1", get("/api/v1/households/" + this.family.householdId())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		this.headId = ((Number) JsonPath.read(body, "$.household.headResidentId")).longValue();
	}

	@Test
	void everyViewMasksPhoneAndIdNumber() throws Exception {
		String householdBody = this.mvc.perform(as("staff1", get("/api/v1/households/" + this.family.householdId())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.residents.length()").value(2))
			.andExpect(jsonPath("$.residents[*].phone").value(everyItem(matchesPattern(MASKED_PHONE))))
			.andExpect(jsonPath("$.residents[*].idNumber").value(everyItem(matchesPattern(MASKED_ID))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String residentBody = this.mvc.perform(as("worker1", get("/api/v1/residents/" + this.headId)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.phone").value(maskedPhone(this.family.head().phone())))
			.andExpect(jsonPath("$.idNumber").value(matchesPattern(MASKED_ID)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String listBody = this.mvc
			.perform(as("admin",
					get("/api/v1/households").param("areaCode", this.family.building()).param("size", "200")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].id").value(hasItem((int) this.family.householdId())))
			.andReturn()
			.getResponse()
			.getContentAsString();
		for (String body : List.of(householdBody, residentBody, listBody)) {
			assertThat(body).doesNotContain(this.family.head().phone(), this.family.head().idNumber(),
					this.family.spouse().phone(), this.family.spouse().idNumber());
		}
	}

	@Test
	void staffSeeFullNamesWhileDispatchersSeeMaskedNames() throws Exception {
		this.mvc.perform(as("staff1", get("/api/v1/residents/" + this.headId)))
			.andExpect(jsonPath("$.name").value("欧阳娜娜"));
		this.mvc.perform(as("dispatcher", get("/api/v1/residents/" + this.headId)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("欧阳**"));
		this.mvc.perform(as("dispatcher", get("/api/v1/households/" + this.family.householdId())))
			.andExpect(jsonPath("$.household.headName").value("欧阳**"))
			.andExpect(jsonPath("$.residents[1].name").value("张*"));
	}

	@Test
	void storedPhoneAndIdNumberAreCiphertext() {
		String clear = this.jdbc
			.sql("select concat_ws('|', encode(phone_sealed, 'escape'), encode(id_number_sealed, 'escape'), "
					+ "encode(phone_index, 'hex'), phone_masked, id_number_masked) from resident.resident where id = :id")
			.param("id", this.headId)
			.query(String.class)
			.single();

		assertThat(clear).doesNotContain(this.family.head().phone(), this.family.head().idNumber(),
				this.family.head().phone().substring(3, 7));
	}

	@Test
	void revealReturnsTheClearValuesAndWritesExactlyOneAuditRow() throws Exception {
		this.mvc
			.perform(as("staff1", post("/api/v1/residents/" + this.headId + "/reveal"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"reason\": \"上门核实独居老人情况\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("欧阳娜娜"))
			.andExpect(jsonPath("$.phone").value(this.family.head().phone()))
			.andExpect(jsonPath("$.idNumber").value(this.family.head().idNumber()));

		assertThat(auditRows()).containsExactly("staff1|PERSONAL_DATA_REVEALED|上门核实独居老人情况");
	}

	@Test
	void revealWithoutAReasonIsRefusedAndWritesNothing() throws Exception {
		for (String body : List.of("{}", "{\"reason\": \"   \"}", "")) {
			this.mvc
				.perform(as("staff1", post("/api/v1/residents/" + this.headId + "/reveal"))
					.contentType(MediaType.APPLICATION_JSON)
					.content(body))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("reason"))
				.andExpect(jsonPath("$.errors[0].detail").value("请填写查看个人信息明文的事由。"));
		}
		assertThat(auditRows()).isEmpty();
	}

	@Test
	void revealOutsideTheReadersAreaIsNotFoundAndWritesNothing() throws Exception {
		this.mvc.perform(reveal("staff2")).andExpect(status().isNotFound());
		this.mvc.perform(reveal("worker2")).andExpect(status().isNotFound());

		assertThat(auditRows()).isEmpty();
	}

	@Test
	void gridWorkersDispatchersAndAdministratorsInScopeMayReveal() throws Exception {
		for (String username : List.of("worker1", "dispatcher", "admin")) {
			this.mvc.perform(reveal(username)).andExpect(status().isOk());
		}
		assertThat(auditRows()).hasSize(3);
	}

	@Test
	void aResidentMayNotRevealEvenInTheirOwnHousehold() throws Exception {
		HouseholdSummary own = this.registry.householdOf("resident1").orElseThrow();
		String body = this.mvc.perform(as("resident1", get("/api/v1/households/" + own.id())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		int memberId = JsonPath.read(body, "$.residents[0].id");

		this.mvc
			.perform(as("resident1", post("/api/v1/residents/" + memberId + "/reveal"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"reason\": \"想看\"}"))
			.andExpect(status().isForbidden());
	}

	@Test
	void aResidentSeesOnlyTheirOwnHousehold() throws Exception {
		HouseholdSummary own = this.registry.householdOf("resident1").orElseThrow();

		this.mvc.perform(as("resident1", get("/api/v1/households")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totalItems").value(1))
			.andExpect(jsonPath("$.items[0].id").value((int) own.id()));
		this.mvc.perform(as("resident1", get("/api/v1/households/" + own.id()))).andExpect(status().isOk());
		this.mvc.perform(as("resident1", get("/api/v1/households/" + this.family.householdId())))
			.andExpect(status().isNotFound());
		this.mvc.perform(as("resident1", get("/api/v1/residents/" + this.headId))).andExpect(status().isNotFound());
	}

	@Test
	void aDepartmentHandlerSeesNoHousehold() throws Exception {
		this.mvc.perform(as("dept-cg", get("/api/v1/households/" + this.family.householdId())))
			.andExpect(status().isNotFound());
		this.mvc.perform(as("dept-cg", get("/api/v1/residents/" + this.headId))).andExpect(status().isNotFound());
		this.mvc.perform(reveal("dept-cg")).andExpect(status().isNotFound());
		this.mvc.perform(as("dept-cg", get("/api/v1/households")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totalItems").value(0));
		assertThat(auditRows()).isEmpty();
	}

	@Test
	void householdListsHoldOnlyHouseholdsInTheReadersArea() throws Exception {
		String otherBuilding = this.fixtures.buildingIn(ResidentFixtures.COMMUNITY_2);

		this.mvc.perform(as("staff1", get("/api/v1/households").param("size", "200")))
			.andExpect(jsonPath("$.items[*].communityCode").value(everyItem(matchesPattern("310107005001"))));
		this.mvc.perform(as("staff1", get("/api/v1/households").param("areaCode", otherBuilding)))
			.andExpect(status().isNotFound());
		this.mvc.perform(as("staff2", get("/api/v1/households").param("areaCode", otherBuilding)))
			.andExpect(jsonPath("$.totalItems").value(greaterThan(0)));
	}

	@Test
	void malformedListRequestsAreRefusedWithEveryProblem() throws Exception {
		this.mvc
			.perform(as("staff1",
					get("/api/v1/households").param("areaCode", "31010x").param("page", "-1").param("size", "1000")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.length()").value(3));
	}

	@Test
	void lookupByNumberFindsTheResidentOnlyWithinScopeAndIsAuditedWithoutTheNumber() throws Exception {
		String phone = this.family.head().phone();
		String request = "{\"phone\": \"+86 " + phone + "\"}";
		long searchesBefore = searchesBy("staff1", "staff2");

		this.mvc
			.perform(as("staff1", post("/api/v1/residents/lookup")).contentType(MediaType.APPLICATION_JSON)
				.content(request))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(1))
			.andExpect(jsonPath("$[0].id").value((int) this.headId))
			.andExpect(jsonPath("$[0].phone").value(maskedPhone(phone)));
		this.mvc
			.perform(as("staff2", post("/api/v1/residents/lookup")).contentType(MediaType.APPLICATION_JSON)
				.content(request))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(0));
		this.mvc
			.perform(as("staff1", post("/api/v1/residents/lookup")).contentType(MediaType.APPLICATION_JSON)
				.content("{\"idNumber\": \"" + this.family.head().idNumber().toLowerCase() + "\"}"))
			.andExpect(jsonPath("$[0].id").value((int) this.headId));

		assertThat(searchesBy("staff1", "staff2") - searchesBefore).isEqualTo(3);
		assertThat(this.jdbc.sql("select count(*) from audit.entry where detail::text like :value")
			.param("value", "%" + phone.substring(3) + "%")
			.query(Long.class)
			.single()).isZero();
	}

	private MockHttpServletRequestBuilder as(String username, MockHttpServletRequestBuilder request) {
		return request.with(DemoLogins.as(this.mvc, username));
	}

	private MockHttpServletRequestBuilder reveal(String username) {
		return as(username, post("/api/v1/residents/" + this.headId + "/reveal"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\": \"核实\"}");
	}

	private long searchesBy(String... actors) {
		return this.jdbc
			.sql("select count(*) from audit.entry where action = 'PERSONAL_DATA_SEARCHED' and actor in (:actors)")
			.param("actors", List.of(actors))
			.query(Long.class)
			.single();
	}

	private List<String> auditRows() {
		return this.jdbc
			.sql("select actor || '|' || action || '|' || (detail ->> 'reason') from audit.entry "
					+ "where target_type = 'resident' and target_id = :id order by id")
			.param("id", String.valueOf(this.headId))
			.query(String.class)
			.list();
	}

	private static String maskedPhone(String phone) {
		return phone.substring(0, 3) + "****" + phone.substring(7);
	}

}

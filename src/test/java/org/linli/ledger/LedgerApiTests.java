package org.linli.ledger;

import java.time.LocalDate;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.linli.DemoLogins;
import org.linli.LinliTest;
import org.linli.calendar.WorkingCalendar;
import org.linli.cases.CaseApi;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The ledger API on the real case workflow: a concern driven through the case API shows
 * up in the figures, and each caller sees only their own area and department.
 */
@LinliTest
class LedgerApiTests {

	static final String COMMUNITY = "310107005001";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aConcernDrivenThroughTheCaseApiCountsInEveryStepsIndicator() throws Exception {
		LedgerAwait.settled(this.jdbc);
		Map<String, Object> before = totals();
		CaseApi api = new CaseApi(this.mvc);
		String id = api.dispatchedToLh();
		api.ok("dept-lh", id, "sign", "{}");
		api.ok("dept-lh", id, "request-extension", "{\"workingHours\":4,\"reason\":\"needs a truck\"}");
		api.ok("dispatcher", id, "decide-extension", "{\"approve\":true}");
		api.ok("dept-lh", id, "handle", "{\"result\":\"half done\"}");
		api.ok("worker1", id, "verify", "{\"passed\":false,\"note\":\"still dirty\"}");
		api.ok("dept-lh", id, "handle", "{\"result\":\"cleared\"}");
		api.ok("worker1", id, "verify", "{\"passed\":true}");
		api.ok("resident1", id, "evaluate", "{\"rating\":\"DISSATISFIED\"}");
		api.ok("resident1", id, "reopen", "{\"reason\":\"smells again\"}");
		LedgerAwait.settled(this.jdbc);

		Map<String, Object> after = totals();
		assertThat(change(before, after, "collected.numerator")).isOne();
		assertThat(change(before, after, "registered.numerator")).isOne();
		assertThat(change(before, after, "returnRate.denominator")).isOne();
		assertThat(change(before, after, "extensionRate.numerator")).isOne();
		assertThat(change(before, after, "reworkRate.numerator")).isOne();
		assertThat(change(before, after, "reworkRate.denominator")).isOne();
		assertThat(change(before, after, "onTimeVerificationRate.numerator")).isEqualTo(2);
		assertThat(change(before, after, "satisfactionRate.denominator")).isOne();
		assertThat(change(before, after, "satisfactionRate.numerator")).isZero();
		assertThat(change(before, after, "resolved.numerator")).as("reopened: not resolved").isZero();
		assertThat(change(before, after, "openNow.numerator")).isOne();
		assertThat(this.jdbc.sql("""
				select f.version = c.version and f.status = 'REGISTERED' and f.reopen_count = 1
				       and (f.fact -> 'facts' -> 'orders' -> 0 ->> 'extensions')::int = 1
				       and jsonb_array_length(f.fact -> 'facts' -> 'verifications') = 2
				  from ledger.case_fact f join cases.case c on c.id = f.case_id where f.case_id = cast(:id as uuid)""")
			.param("id", id)
			.query(Boolean.class)
			.single()).as("ledger row follows the case").isTrue();
	}

	@Test
	void everyIndicatorComesWithItsNumeratorAndDenominatorPerGroup() throws Exception {
		this.mvc
			.perform(get("/api/v1/ledger/indicators").param("areaCode", "310107005")
				.param("groupBy", "community")
				.with(DemoLogins.as(this.mvc, "leader")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.groupBy").value("COMMUNITY"))
			.andExpect(jsonPath("$.total.indicators.onTimeClosureRate.numerator").isNumber())
			.andExpect(jsonPath("$.total.indicators.onTimeClosureRate.denominator").isNumber())
			.andExpect(jsonPath("$.total.indicators.satisfactionRate.denominator").isNumber())
			.andExpect(jsonPath("$.groups[*].key", everyItem(startsWith("310107005"))));
	}

	@Test
	void aCommunitySeesOnlyItself() throws Exception {
		this.mvc.perform(get("/api/v1/ledger/indicators").with(DemoLogins.as(this.mvc, "staff1")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.areaCode").value(COMMUNITY));
		for (String other : new String[] { "310107005002", "310107005", "310107", "310107005002001" }) {
			this.mvc
				.perform(get("/api/v1/ledger/indicators").param("areaCode", other)
					.with(DemoLogins.as(this.mvc, "staff1")))
				.andExpect(status().isNotFound());
		}
		this.mvc
			.perform(get("/api/v1/ledger/rankings").param("areaCode", "310107005")
				.param("by", "community")
				.with(DemoLogins.as(this.mvc, "staff1")))
			.andExpect(status().isNotFound());
	}

	@Test
	void aDepartmentSeesOnlyItsOwnFigures() throws Exception {
		this.mvc
			.perform(get("/api/v1/ledger/indicators").param("areaCode", "310107005")
				.with(DemoLogins.as(this.mvc, "dept-lh")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.departmentCode").value("LH"));
		this.mvc
			.perform(get("/api/v1/ledger/indicators").param("areaCode", "310107005")
				.param("departmentCode", "CG")
				.with(DemoLogins.as(this.mvc, "dept-lh")))
			.andExpect(status().isNotFound());
	}

	@Test
	void residentsAndStrangersGetNoLedger() throws Exception {
		this.mvc.perform(get("/api/v1/ledger/indicators").with(DemoLogins.as(this.mvc, "resident1")))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/api/v1/ledger/indicators")).andExpect(status().isUnauthorized());
	}

	@Test
	void badParametersAreNamedAndFineSlicesTakeWholeMonths() throws Exception {
		this.mvc
			.perform(get("/api/v1/ledger/indicators").param("from", "2026-13-01")
				.param("groupBy", "planet")
				.header("Accept-Language", "en")
				.with(DemoLogins.as(this.mvc, "leader")))
			.andExpect(status().isBadRequest())
			.andExpect(
					jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder("from", "groupBy")));
		this.mvc
			.perform(get("/api/v1/ledger/indicators").param("from", "2026-10-05")
				.param("to", "2026-10-31")
				.param("groupBy", "grid")
				.with(DemoLogins.as(this.mvc, "leader")))
			.andExpect(status().isBadRequest());
		this.mvc
			.perform(get("/api/v1/ledger/indicators").param("from", "2026-10-01")
				.param("to", "2026-10-31")
				.param("groupBy", "grid")
				.with(DemoLogins.as(this.mvc, "leader")))
			.andExpect(status().isOk());
	}

	@Test
	void rankingsCompareWithThePreviousPeriod() throws Exception {
		this.mvc
			.perform(get("/api/v1/ledger/rankings").param("areaCode", "310107005")
				.param("by", "department")
				.param("from", "2026-11-01")
				.param("to", "2026-11-30")
				.with(DemoLogins.as(this.mvc, "leader")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.previousFrom").value("2026-10-01"))
			.andExpect(jsonPath("$.previousTo").value("2026-10-31"));
	}

	private Map<String, Object> totals() throws Exception {
		String today = LocalDate.now(WorkingCalendar.ZONE).toString();
		String body = this.mvc
			.perform(get("/api/v1/ledger/indicators").param("areaCode", COMMUNITY)
				.param("from", today)
				.param("to", today)
				.with(DemoLogins.as(this.mvc, "leader")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JsonPath.read(body, "$.total.indicators");
	}

	@SuppressWarnings("unchecked")
	private static long change(Map<String, Object> before, Map<String, Object> after, String path) {
		String[] parts = path.split("\\.");
		Number was = (Number) ((Map<String, Object>) before.get(parts[0])).get(parts[1]);
		Number is = (Number) ((Map<String, Object>) after.get(parts[0])).get(parts[1]);
		return is.longValue() - was.longValue();
	}

}

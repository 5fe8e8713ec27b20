package org.linli.cases.internal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.linli.LinliTest;
import org.linli.SettableClock;
import org.linli.calendar.WorkingCalendar.Light;
import org.linli.cases.CaseApi;
import org.linli.cases.CaseStatus;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Work queues read the stored due time of each case's running order: urgent first, then
 * the earliest due, over several statuses at once; a red light is judged in the query.
 */
@LinliTest
class CaseQueueTests {

	private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	@Autowired
	MockMvc mvc;

	@Autowired
	SettableClock clock;

	@Autowired
	CaseService cases;

	@Autowired
	UserDetailsService users;

	@AfterEach
	void releaseTheClock() {
		this.clock.followSystem();
	}

	@Test
	void queuesPutUrgentFirstThenTheEarliestDueAcrossStatuses() throws Exception {
		CaseApi api = new CaseApi(this.mvc);
		this.clock.fixAt(shanghai(2026, 11, 2, 9, 0));
		String early = dispatched(api, "NORMAL");
		this.clock.fixAt(shanghai(2026, 11, 2, 10, 0));
		String later = dispatched(api, "NORMAL");
		api.ok("dept-lh", later, "sign", "{}");
		this.clock.fixAt(shanghai(2026, 11, 2, 11, 0));
		String urgent = dispatched(api, "URGENT");

		List<UUID> queue = as("dispatcher",
				() -> this.cases
					.queue(CaseFilter.queue(EnumSet.of(CaseStatus.DISPATCHED, CaseStatus.IN_PROGRESS)), 100_000)
					.stream()
					.map(CaseViews.Summary::id)
					.toList());

		assertThat(queue).containsSubsequence(UUID.fromString(urgent), UUID.fromString(early), UUID.fromString(later));
	}

	@Test
	void anOrderPastItsDueIsRedInQueuesAndListsWhileARunningOneIsNot() throws Exception {
		CaseApi api = new CaseApi(this.mvc);
		this.clock.fixAt(shanghai(2026, 11, 3, 9, 0));
		UUID overdue = UUID.fromString(dispatched(api, "NORMAL"));
		this.clock.fixAt(shanghai(2026, 11, 10, 9, 0));
		UUID running = UUID.fromString(dispatched(api, "NORMAL"));

		CaseFilter red = CaseFilter.queue(EnumSet.of(CaseStatus.DISPATCHED, CaseStatus.IN_PROGRESS))
			.withLight(Light.RED);
		List<CaseViews.Summary> queue = as("dispatcher", () -> this.cases.queue(red, 100_000));
		assertThat(queue).extracting(CaseViews.Summary::id).contains(overdue).doesNotContain(running);
		assertThat(queue).extracting(CaseViews.Summary::light).containsOnly(Light.RED);

		CaseViews.Page page = as("dispatcher",
				() -> this.cases.list(CaseFilter.of(null, null, null, null, Light.RED), 0, 200));
		assertThat(page.total()).isPositive();
		assertThat(page.totalCapped()).isFalse();
		assertThat(page.items()).extracting(CaseViews.Summary::light).containsOnly(Light.RED);
	}

	@Test
	void eachNewConcernOnAPageIsOfferedTheEarlierOnesNearItOfItsClassOnly() throws Exception {
		double[] spot = { 31.2440, 121.3935 };
		CaseApi api = new CaseApi(this.mvc);
		UUID first = reportedAt(api, spot, 0, "06010");
		UUID other = reportedAt(api, spot, 0.0001, "02011");
		UUID second = reportedAt(api, spot, 0.0002, "06011");
		UUID far = reportedAt(api, spot, -0.001, "06010");

		var offered = as("dispatcher", () -> this.cases.earlierNearby(List.of(second, first, far)));

		assertThat(offered.get(second)).extracting(CaseViews.Nearby::id)
			.as("the earlier exposed-rubbish report 22 m away, not the other class")
			.contains(first)
			.doesNotContain(other);
		assertThat(offered.get(first)).extracting(CaseViews.Nearby::id)
			.as("a later report is never offered")
			.doesNotContain(second, other);
		assertThat(offered.get(far)).extracting(CaseViews.Nearby::id).as("110 m away").doesNotContain(first, second);
	}

	private static UUID reportedAt(CaseApi api, double[] spot, double north, String category) throws Exception {
		String body = api
			.report("resident1", CaseApi.intake("WEB", new double[] { spot[0] + north, spot[1] }, category, "near"),
					null)
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return UUID.fromString(JsonPath.read(body, "$.id"));
	}

	private static String dispatched(CaseApi api, String priority) throws Exception {
		String id = api.reported("resident1", "06010");
		api.ok("dispatcher", id, "accept",
				"{\"tier\":\"MAJOR\",\"categoryCode\":\"06010\",\"priority\":\"" + priority + "\"}");
		api.ok("dispatcher", id, "dispatch", "{\"departmentCode\":\"LH\"}");
		return id;
	}

	private <T> T as(String username, Supplier<T> call) {
		UserDetails user = this.users.loadUserByUsername(username);
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		try {
			return call.get();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	private static Instant shanghai(int year, int month, int day, int hour, int minute) {
		return LocalDateTime.of(year, month, day, hour, minute).atZone(SHANGHAI).toInstant();
	}

}

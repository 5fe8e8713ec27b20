package org.linli.cases;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.linli.DemoLogins;
import org.linli.LinliTest;
import org.linli.SettableClock;
import org.linli.calendar.WorkingCalendar;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Orders once dispatched: returns and the street's ruling, rework, reopening, deadlines
 * in working time, extensions, the whistle, and concurrent changes.
 */
@LinliTest
class CaseOrderTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	SettableClock clock;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void followSystemClock() {
		this.clock.followSystem();
	}

	@Test
	void returnsAreBoundedAndTheStreetsRulingCannotBeReturned() throws Exception {
		CaseApi api = new CaseApi(this.mvc);
		String id = api.dispatchedToLh();
		api.ok("dept-lh", id, "return", "{\"reason\":\"not ours: it is construction waste\"}")
			.andExpect(jsonPath("$.status").value("REGISTERED"))
			.andExpect(jsonPath("$.orders[0].status").value("RETURNED"))
			.andExpect(jsonPath("$.returnCount").value(1));
		api.ok("dispatcher", id, "dispatch", "{\"departmentCode\":\"CG\"}");
		api.ok("dept-cg", id, "return", "{\"reason\":\"greening handles this\"}")
			.andExpect(jsonPath("$.status").value("AWAITING_RULING"));
		api.act("dispatcher", id, "dispatch", "{\"departmentCode\":\"FG\"}").andExpect(status().isConflict());

		api.ok("dispatcher", id, "rule-return", "{\"departmentCode\":\"LH\",\"note\":\"exposed rubbish is LH\"}")
			.andExpect(jsonPath("$.status").value("DISPATCHED"))
			.andExpect(jsonPath("$.orders[2].binding").value(true));
		api.ok("dept-lh", id, "sign", "{}");
		api.act("dept-lh", id, "return", "{\"reason\":\"still not ours\"}")
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("cases.error.binding-order"));
		api.ok("dept-lh", id, "handle", "{\"result\":\"cleared\"}");
	}

	@Test
	void failedVerificationSendsTheOrderBackForReworkAndCountsIt() throws Exception {
		CaseApi api = new CaseApi(this.mvc);
		String id = api.dispatchedToLh();
		api.ok("dept-lh", id, "sign", "{}");
		api.ok("dept-lh", id, "handle", "{\"result\":\"cleared\"}");
		api.ok("worker1", id, "verify", "{\"passed\":false,\"note\":\"rubbish still there\"}")
			.andExpect(jsonPath("$.status").value("IN_PROGRESS"))
			.andExpect(jsonPath("$.reworkCount").value(1))
			.andExpect(jsonPath("$.orders[0].status").value("SIGNED"))
			.andExpect(jsonPath("$.orders[0].reworkCount").value(1));
		api.ok("dept-lh", id, "handle", "{\"result\":\"cleared properly\"}");
		api.ok("worker1", id, "verify", "{\"passed\":true}").andExpect(jsonPath("$.status").value("CLOSED"));
	}

	@Test
	void dissatisfiedReporterReopensInsideTheWindowButNotAfterIt() throws Exception {
		CaseApi api = new CaseApi(this.mvc);
		String inside = closedCase(api);
		api.act("resident1", inside, "reopen", "{\"reason\":\"not solved\"}").andExpect(status().isConflict());
		api.ok("resident1", inside, "evaluate", "{\"rating\":\"DISSATISFIED\"}");
		api.act("dispatcher", inside, "reopen", "{\"reason\":\"x\"}").andExpect(status().isForbidden());
		api.ok("resident1", inside, "reopen", "{\"reason\":\"not solved\"}")
			.andExpect(jsonPath("$.status").value("REGISTERED"))
			.andExpect(jsonPath("$.reopenCount").value(1))
			.andExpect(jsonPath("$.evaluation").doesNotExist());

		String outside = closedCase(api);
		api.ok("resident1", outside, "evaluate", "{\"rating\":\"DISSATISFIED\"}");
		this.clock.fixAt(Instant.now().plus(Duration.ofDays(8)));
		api.act("resident1", outside, "reopen", "{\"reason\":\"not solved\"}")
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("cases.error.reopen-window"));
	}

	@Test
	void deadlineCountsWorkingTimeAcrossTheNationalDayHolidayAndTheLightFollowsIt() throws Exception {
		CaseApi api = new CaseApi(this.mvc);
		String id = api.reported("resident1", "06010");
		api.ok("dispatcher", id, "accept", "{\"tier\":\"MAJOR\"}");
		// Wednesday 30 September 2026, 15:00: 1 to 7 October are holidays
		this.clock.fixAt(shanghai(2026, 9, 30, 15, 0));
		api.ok("dispatcher", id, "dispatch", "{}")
			.andExpect(jsonPath("$.orders[0].dispatchedAt").value("2026-09-30T07:00:00Z"))
			.andExpect(jsonPath("$.orders[0].signDue").value("2026-09-30T09:00:00Z"))
			.andExpect(jsonPath("$.orders[0].due").value("2026-10-08T07:00:00Z"))
			.andExpect(jsonPath("$.orders[0].light").value("GREEN"));
		// 6 of 7 working hours used
		this.clock.fixAt(shanghai(2026, 10, 8, 14, 0));
		api.read("dispatcher", "cases/" + id).andExpect(jsonPath("$.orders[0].light").value("YELLOW"));
		this.clock.fixAt(shanghai(2026, 10, 8, 16, 0));
		api.read("dispatcher", "cases/" + id).andExpect(jsonPath("$.orders[0].light").value("RED"));
		api.read("dispatcher", "cases?light=RED&size=200").andExpect(jsonPath("$.items[*].id", hasItem(id)));
	}

	@Test
	void deadlineFromFridayAfternoonRunsOverTheWeekend() throws Exception {
		CaseApi api = new CaseApi(this.mvc);
		String id = api.reported("resident1", "06010");
		api.ok("dispatcher", id, "accept", "{\"tier\":\"MAJOR\"}");
		this.clock.fixAt(shanghai(2026, 11, 20, 15, 0));
		api.ok("dispatcher", id, "dispatch", "{}").andExpect(jsonPath("$.orders[0].due").value("2026-11-23T07:00:00Z"));
	}

	@Test
	void approvedExtensionMovesTheDeadlineByWorkingHours() throws Exception {
		CaseApi api = new CaseApi(this.mvc);
		String id = api.reported("resident1", "06010");
		api.ok("dispatcher", id, "accept", "{\"tier\":\"MAJOR\"}");
		this.clock.fixAt(shanghai(2026, 11, 20, 15, 0));
		api.ok("dispatcher", id, "dispatch", "{}");
		this.clock.fixAt(shanghai(2026, 11, 20, 16, 0));
		api.ok("dept-lh", id, "sign", "{}").andExpect(jsonPath("$.orders[0].signedLate").value(false));
		api.ok("dept-lh", id, "request-extension", "{\"workingHours\":3,\"reason\":\"needs a truck\"}")
			.andExpect(jsonPath("$.orders[0].pendingExtensionHours").value(3));
		api.act("dept-lh", id, "decide-extension", "{\"approve\":true}").andExpect(status().isForbidden());
		api.ok("dispatcher", id, "decide-extension", "{\"approve\":true}")
			.andExpect(jsonPath("$.orders[0].due").value("2026-11-24T02:00:00Z"))
			.andExpect(jsonPath("$.orders[0].pendingExtensionHours").doesNotExist());
	}

	@Test
	void approvedSuspensionStopsTheCaseUntilTheDispatcherResumesIt() throws Exception {
		CaseApi api = new CaseApi(this.mvc);
		String id = api.dispatchedToLh();
		api.ok("dept-lh", id, "sign", "{}");
		api.ok("dept-lh", id, "suspend", "{\"reason\":\"waiting for the owner to return\"}")
			.andExpect(jsonPath("$.suspensionPending").value(true));
		api.ok("dispatcher", id, "decide-suspension", "{\"approve\":true}")
			.andExpect(jsonPath("$.status").value("SUSPENDED"));
		api.act("dept-lh", id, "handle", "{\"result\":\"x\"}").andExpect(status().isConflict());
		api.ok("dispatcher", id, "resume", "{}").andExpect(jsonPath("$.status").value("IN_PROGRESS"));
	}

	@Test
	void whistleShowsWhichSummonedDepartmentsReportedIn() throws Exception {
		CaseApi api = new CaseApi(this.mvc);
		String id = api.dispatchedToLh();
		api.ok("dispatcher", id, "escalate",
				"{\"departmentCodes\":[\"CG\",\"PCS\"],\"reason\":\"joint enforcement needed\"}")
			.andExpect(jsonPath("$.summons.length()").value(2));
		api.ok("dept-cg", id, "report-in", "{}");
		api.act("dept-cg", id, "report-in", "{}").andExpect(status().isConflict());
		api.act("dept-fg", id, "report-in", "{}").andExpect(status().isNotFound());
		api.read("dispatcher", "cases/" + id)
			.andExpect(jsonPath("$.summons[?(@.departmentCode == 'CG')].reportedIn").value(hasItem(true)))
			.andExpect(jsonPath("$.summons[?(@.departmentCode == 'PCS')].reportedIn").value(hasItem(false)));
		api.act("dispatcher", id, "escalate", "{\"departmentCodes\":[\"NOPE\"],\"reason\":\"x\"}")
			.andExpect(status().isBadRequest());
	}

	@Test
	void twoConcurrentTransitionsOnOneCaseLetOneWinAndRefuseTheOther() throws Exception {
		CaseApi api = new CaseApi(this.mvc);
		String id = api.reported("resident1", "06010");
		DemoLogins.token(this.mvc, "dispatcher");
		DemoLogins.token(this.mvc, "staff1");
		CountDownLatch start = new CountDownLatch(1);
		Callable<Integer> accept = () -> {
			start.await();
			return api.act("dispatcher", id, "accept", "{\"tier\":\"MAJOR\"}").andReturn().getResponse().getStatus();
		};
		Callable<Integer> reject = () -> {
			start.await();
			return api.act("staff1", id, "reject", "{\"reason\":\"duplicate call\"}")
				.andReturn()
				.getResponse()
				.getStatus();
		};
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			List<Future<Integer>> results = new ArrayList<>(List.of(pool.submit(accept), pool.submit(reject)));
			start.countDown();
			List<Integer> statuses = new ArrayList<>();
			for (Future<Integer> result : results) {
				statuses.add(result.get());
			}
			assertThat(statuses).containsExactlyInAnyOrder(200, 409);
		}
		finally {
			pool.shutdown();
		}
		assertThat(this.jdbc.sql("""
				select count(*) from cases.timeline_entry
				 where case_id = cast(:id as uuid) and action in ('accept', 'reject')""")
			.param("id", id)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void timelineRefusesToBeChanged() throws Exception {
		String id = new CaseApi(this.mvc).reported("resident1", "06010");
		assertThat(org.assertj.core.api.Assertions.catchThrowable(
				() -> this.jdbc.sql("update cases.timeline_entry set note = 'forged' where case_id = cast(:id as uuid)")
					.param("id", id)
					.update()))
			.hasMessageContaining("append-only");
		assertThat(org.assertj.core.api.Assertions
			.catchThrowable(() -> this.jdbc.sql("delete from cases.timeline_entry where case_id = cast(:id as uuid)")
				.param("id", id)
				.update()))
			.hasMessageContaining("append-only");
	}

	private String closedCase(CaseApi api) throws Exception {
		String id = api.dispatchedToLh();
		api.ok("dept-lh", id, "sign", "{}");
		api.ok("dept-lh", id, "handle", "{\"result\":\"cleared\"}");
		api.ok("worker1", id, "verify", "{\"passed\":true}");
		return id;
	}

	private static Instant shanghai(int year, int month, int day, int hour, int minute) {
		return ZonedDateTime.of(year, month, day, hour, minute, 0, 0, WorkingCalendar.ZONE).toInstant();
	}

}

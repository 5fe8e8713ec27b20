package org.linli.cases;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;

import javax.sql.DataSource;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.awaitility.Awaitility;
import org.linli.LinliTest;
import org.linli.SettableClock;
import org.linli.calendar.WorkingCalendar;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

/**
 * Durable overdue timers: every open step of an order and of a whistle is a row of
 * {@code cases.scheduled_tasks} due at the step's due instant. db-scheduler reads "now"
 * from the same settable clock as the cases module, so a test fixes the clock past a due
 * and asks the scheduler to look for due timers instead of waiting for its next poll.
 */
@LinliTest
class CaseOverdueTimerTests {

	private static final String TASK = "cases-overdue";

	/**
	 * Friday 20 November 2026, 15:00 in Shanghai: sign due 17:00, handling due Monday
	 * 15:00.
	 */
	private static final Instant DISPATCHED_AT = shanghai(2026, 11, 20, 15, 0);

	@Autowired
	MockMvc mvc;

	@Autowired
	SettableClock clock;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Scheduler scheduler;

	@Autowired
	Task<Void> overdueTask;

	@Autowired
	DataSource dataSource;

	@Autowired
	ConfigurableApplicationContext context;

	private final List<OrderOverdue> published = new CopyOnWriteArrayList<>();

	private final ApplicationListener<ApplicationEvent> listener = (event) -> {
		if (event instanceof PayloadApplicationEvent<?> payload
				&& payload.getPayload() instanceof OrderOverdue overdue) {
			this.published.add(overdue);
		}
	};

	@BeforeEach
	void listen() {
		this.context.addApplicationListener(this.listener);
	}

	@AfterEach
	void stopListeningAndFollowSystemClock() {
		this.context.removeApplicationListener(this.listener);
		this.clock.followSystem();
	}

	@Test
	void unsignedOrderPastItsSignDueIsMarkedOnceAndGoesUpToTheStreet() throws Exception {
		CaseApi api = new CaseApi(this.mvc);
		String id = dispatchedOnFridayAfternoon(api);
		String signing = instance(id, "SIGNING");
		assertThat(executionTime(signing)).contains(shanghai(2026, 11, 20, 17, 0));

		this.clock.fixAt(shanghai(2026, 11, 20, 17, 30));
		awaitFired(signing);

		assertThat(entries(id, "overdue-signing")).isEqualTo(1);
		assertThat(entries(id, "escalate-street")).isEqualTo(1);
		assertThat(this.jdbc
			.sql("select actor from cases.timeline_entry where case_id = cast(:id as uuid)"
					+ " and action = 'overdue-signing'")
			.param("id", id)
			.query(String.class)
			.single()).isEqualTo("system");
		assertThat(published(id)).singleElement().satisfies((overdue) -> {
			assertThat(overdue.step()).isEqualTo(OrderOverdue.Step.SIGNING);
			assertThat(overdue.departmentCode()).isEqualTo("LH");
			assertThat(overdue.due()).isEqualTo(shanghai(2026, 11, 20, 17, 0));
		});
		api.read("dispatcher", "cases/" + id)
			.andExpect(jsonPath("$.escalatedToStreet").value(true))
			.andExpect(jsonPath("$.orders[0].signOverdueAt").value("2026-11-20T09:30:00Z"));
		for (String told : List.of("dispatcher", "dept-lh")) {
			Awaitility.await()
				.atMost(Duration.ofSeconds(20))
				.untilAsserted(() -> api.read(told, "inbox")
					.andExpect(jsonPath("$.items[?(@.link == '/api/v1/cases/" + id + "')].kind")
						.value(org.hamcrest.Matchers.hasItem("ORDER_OVERDUE"))));
		}

		// the same timer firing again (a retry, a second node) adds nothing
		this.scheduler.schedule(new TaskInstance<Void>(TASK, signing), shanghai(2026, 11, 20, 17, 0));
		awaitFired(signing);
		assertThat(entries(id, "overdue-signing")).isEqualTo(1);
		assertThat(published(id)).hasSize(1);
	}

	@Test
	void orderSignedInTimeGetsNoOverdueEntry() throws Exception {
		CaseApi api = new CaseApi(this.mvc);
		String id = dispatchedOnFridayAfternoon(api);
		this.clock.fixAt(shanghai(2026, 11, 20, 16, 0));
		api.ok("dept-lh", id, "sign", "{}");

		this.clock.fixAt(shanghai(2026, 11, 20, 17, 30));
		awaitFired(instance(id, "SIGNING"));

		assertThat(entries(id, "overdue-signing")).isZero();
		assertThat(published(id)).isEmpty();
		api.read("dispatcher", "cases/" + id).andExpect(jsonPath("$.escalatedToStreet").value(false));
	}

	@Test
	void orderNotHandledByItsDueIsMarkedOnceButOneHandledInTimeIsNot() throws Exception {
		CaseApi api = new CaseApi(this.mvc);
		String late = dispatchedOnFridayAfternoon(api);
		String inTime = dispatchedOnFridayAfternoon(api);
		this.clock.fixAt(shanghai(2026, 11, 20, 16, 0));
		api.ok("dept-lh", late, "sign", "{}");
		api.ok("dept-lh", inTime, "sign", "{}");
		this.clock.fixAt(shanghai(2026, 11, 23, 10, 0));
		api.ok("dept-lh", inTime, "handle", "{\"result\":\"cleared\"}");
		assertThat(executionTime(instance(late, "HANDLING"))).contains(shanghai(2026, 11, 23, 15, 0));

		this.clock.fixAt(shanghai(2026, 11, 23, 15, 30));
		awaitFired(instance(late, "HANDLING"));
		awaitFired(instance(inTime, "HANDLING"));

		assertThat(entries(late, "overdue-handling")).isEqualTo(1);
		assertThat(entries(late, "escalate-street")).isZero();
		assertThat(published(late)).singleElement()
			.satisfies((overdue) -> assertThat(overdue.step()).isEqualTo(OrderOverdue.Step.HANDLING));
		api.read("dispatcher", "cases/" + late)
			.andExpect(jsonPath("$.orders[0].handlingOverdueAt").value("2026-11-23T07:30:00Z"));
		assertThat(entries(inTime, "overdue-handling")).isZero();
		assertThat(published(inTime)).isEmpty();
	}

	@Test
	void approvedExtensionMovesTheHandlingTimer() throws Exception {
		CaseApi api = new CaseApi(this.mvc);
		String id = dispatchedOnFridayAfternoon(api);
		this.clock.fixAt(shanghai(2026, 11, 20, 16, 0));
		api.ok("dept-lh", id, "sign", "{}");
		api.ok("dept-lh", id, "request-extension", "{\"workingHours\":3,\"reason\":\"needs a truck\"}");
		api.ok("dispatcher", id, "decide-extension", "{\"approve\":true}");

		assertThat(executionTime(instance(id, "HANDLING"))).contains(Instant.parse("2026-11-24T02:00:00Z"));
	}

	@Test
	void summonedDepartmentThatDoesNotReportInIsMarkedOnce() throws Exception {
		CaseApi api = new CaseApi(this.mvc);
		String id = dispatchedOnFridayAfternoon(api);
		api.ok("dispatcher", id, "escalate", "{\"departmentCodes\":[\"CG\",\"PCS\"],\"reason\":\"joint enforcement\"}");
		api.ok("dept-cg", id, "report-in", "{}");

		this.clock.fixAt(shanghai(2026, 11, 20, 16, 30));
		awaitFired(reportIn(id, "CG"));
		awaitFired(reportIn(id, "PCS"));

		assertThat(entries(id, "overdue-report-in")).isEqualTo(1);
		assertThat(published(id)).singleElement().satisfies((overdue) -> {
			assertThat(overdue.step()).isEqualTo(OrderOverdue.Step.REPORT_IN);
			assertThat(overdue.departmentCode()).isEqualTo("PCS");
		});
	}

	/**
	 * A timer lives only in its row, so it outlives the process that armed it. The row is
	 * checked first (task, instance, execution time, not picked); then a second scheduler
	 * is built on the same database with nothing in memory but the task definition, as a
	 * node does after a restart. The application's own scheduler keeps polling, so the
	 * two nodes compete for the row: the timeline shows it fired exactly once.
	 */
	@Test
	void timerSurvivesInTheDatabaseAndFiresOnceAcrossTwoNodes() throws Exception {
		CaseApi api = new CaseApi(this.mvc);
		String id = dispatchedOnFridayAfternoon(api);
		String signing = instance(id, "SIGNING");
		assertThat(this.jdbc.sql("""
				select picked from cases.scheduled_tasks where task_name = :task and task_instance = :instance""")
			.param("task", TASK)
			.param("instance", signing)
			.query(Boolean.class)
			.single()).isFalse();
		assertThat(executionTime(signing)).contains(shanghai(2026, 11, 20, 17, 0));

		Scheduler restarted = Scheduler.create(this.dataSource, List.of(this.overdueTask))
			.tableName("cases.scheduled_tasks")
			.schedulerName(new SchedulerName.Fixed("restarted-node"))
			.clock(this.clock::instant)
			.pollingInterval(Duration.ofMillis(200))
			.threads(2)
			.build();
		restarted.start();
		try {
			this.clock.fixAt(shanghai(2026, 11, 20, 17, 30));
			awaitFired(signing, restarted);
		}
		finally {
			restarted.stop();
		}
		assertThat(entries(id, "overdue-signing")).isEqualTo(1);
		assertThat(published(id)).hasSize(1);
	}

	private String dispatchedOnFridayAfternoon(CaseApi api) throws Exception {
		this.clock.fixAt(DISPATCHED_AT);
		return api.dispatchedToLh();
	}

	private String instance(String caseId, String step) {
		String dispatchId = this.jdbc.sql("select id from cases.dispatch where case_id = cast(:id as uuid)")
			.param("id", caseId)
			.query(UUID.class)
			.single()
			.toString();
		return caseId + "/" + dispatchId + "/" + step;
	}

	private String reportIn(String caseId, String departmentCode) {
		Timestamp summonedAt = this.jdbc
			.sql("select summoned_at from cases.summons where case_id = cast(:id as uuid) and department_code = :code")
			.param("id", caseId)
			.param("code", departmentCode)
			.query(Timestamp.class)
			.single();
		return caseId + "/" + departmentCode + "/" + summonedAt.toInstant().toEpochMilli() + "/REPORT_IN";
	}

	private Optional<Instant> executionTime(String instance) {
		return this.jdbc
			.sql("""
					select execution_time from cases.scheduled_tasks where task_name = :task and task_instance = :instance""")
			.param("task", TASK)
			.param("instance", instance)
			.query(Timestamp.class)
			.optional()
			.map(Timestamp::toInstant);
	}

	private void awaitFired(String instance, Scheduler... others) throws InterruptedException {
		await(() -> {
			this.scheduler.triggerCheckForDueExecutions();
			for (Scheduler other : others) {
				other.triggerCheckForDueExecutions();
			}
			return executionTime(instance).isEmpty();
		});
	}

	private static void await(BooleanSupplier done) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
		while (!done.getAsBoolean()) {
			assertThat(System.nanoTime()).as("timer fired within 15 s").isLessThan(deadline);
			Thread.sleep(100);
		}
	}

	private long entries(String caseId, String action) {
		return this.jdbc
			.sql("select count(*) from cases.timeline_entry where case_id = cast(:id as uuid) and action = :action")
			.param("id", caseId)
			.param("action", action)
			.query(Long.class)
			.single();
	}

	private List<OrderOverdue> published(String caseId) {
		return this.published.stream().filter((overdue) -> overdue.caseId().value().toString().equals(caseId)).toList();
	}

	private static Instant shanghai(int year, int month, int day, int hour, int minute) {
		return ZonedDateTime.of(year, month, day, hour, minute, 0, 0, WorkingCalendar.ZONE).toInstant();
	}

}

package org.linli.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;
import java.util.stream.Stream;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.linli.LinliTest;
import org.linli.SettableClock;
import org.linli.calendar.WorkingCalendar;
import org.linli.cases.CaseStatistics.Counts;
import org.linli.cases.CaseStatistics.DepartmentLoad;
import org.linli.cases.CaseStatistics.GridLoad;
import org.linli.cases.CaseStatistics.OpenConcern;
import org.linli.cases.CaseStatistics.OverdueOrder;
import org.linli.cases.CaseStatistics.OverdueOrders;
import org.linli.cases.CaseStatistics.Period;
import org.linli.catalogue.Catalogue;
import org.linli.catalogue.Tier;
import org.linli.shared.InvalidInputException;
import org.linli.shared.NotFoundException;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The figures of an area against concerns created through the API. The concerns are
 * reported on days in March 2024 that no other test uses, so the counts of a period are
 * exactly these; counts of what is open now are compared before and after.
 */
@LinliTest
class CaseStatisticsTests {

	private static final String STREET = "310107005";

	private static final String COMMUNITY = "310107005001";

	@Autowired
	MockMvc mvc;

	@Autowired
	SettableClock clock;

	@Autowired
	CaseStatistics statistics;

	@Autowired
	WorkingCalendar calendar;

	@Autowired
	UserDetailsService users;

	@Autowired
	Catalogue catalogue;

	@AfterEach
	void followSystemClock() {
		this.clock.followSystem();
		SecurityContextHolder.clearContext();
	}

	@Test
	void countsWhatWasReportedInThePeriodByStatusTierCategoryAndChannel() throws Exception {
		CaseApi api = new CaseApi(this.mvc);
		this.clock.fixAt(shanghai(2024, 3, 11, 10, 0));
		String dispatched = reported(api, "resident1", "WEB", "06010");
		api.ok("dispatcher", dispatched, "accept", "{\"tier\":\"MAJOR\",\"categoryCode\":\"06010\"}");
		api.ok("dispatcher", dispatched, "dispatch", "{}");
		reported(api, "resident2", "WEB", "06010");
		String guided = reported(api, "staff1", "WALK_IN", "0.4");
		api.ok("staff1", guided, "accept", "{\"tier\":\"PRIVATE\"}");
		api.ok("staff1", guided, "guide", "{\"guidance\":\"the health centre issues the card\"}");
		reported(api, "dispatcher", "HOTLINE", null);
		this.clock.fixAt(shanghai(2024, 3, 12, 9, 0));
		reported(api, "resident1", "WEB", "06010");

		Counts day = as("leader", () -> this.statistics.counts(STREET, day(2024, 3, 11), 5));

		assertThat(day.reported()).isEqualTo(4);
		assertThat(day.closed()).isEqualTo(1);
		assertThat(day.byStatus()).containsEntry(CaseStatus.REPORTED, 2L)
			.containsEntry(CaseStatus.DISPATCHED, 1L)
			.containsEntry(CaseStatus.CLOSED, 1L)
			.containsEntry(CaseStatus.IN_PROGRESS, 0L)
			.hasSize(CaseStatus.values().length);
		assertThat(day.byStatus().keySet()).containsExactly(CaseStatus.values());
		assertThat(day.byTier()).containsExactly(Map.entry(Tier.MAJOR, 1L), Map.entry(Tier.COMMUNITY, 0L),
				Map.entry(Tier.PRIVATE, 1L));
		assertThat(day.untriaged()).isEqualTo(2);
		assertThat(day.topCategories())
			.extracting(CaseStatistics.CategoryCount::code, CaseStatistics.CategoryCount::name,
					CaseStatistics.CategoryCount::count)
			.containsExactly(tuple("06010", "暴露垃圾", 2L), tuple("0.4", nameOf("0.4"), 1L));
		assertThat(day.uncategorised()).isEqualTo(1);
		assertThat(day.otherCategories()).isZero();
		assertThat(day.byChannel()).containsEntry(Channel.WEB, 2L)
			.containsEntry(Channel.WALK_IN, 1L)
			.containsEntry(Channel.HOTLINE, 1L)
			.containsEntry(Channel.PATROL, 0L);

		Counts topOne = as("admin", () -> this.statistics.counts(COMMUNITY, day(2024, 3, 11), 1));
		assertThat(topOne.topCategories()).extracting(CaseStatistics.CategoryCount::code).containsExactly("06010");
		assertThat(topOne.otherCategories()).isEqualTo(1);

		Counts twoDays = as("leader",
				() -> this.statistics.counts(STREET, new Period(day(2024, 3, 11).from(), day(2024, 3, 12).to()), 5));
		assertThat(twoDays.reported()).isEqualTo(5);
		assertThat(twoDays.byChannel()).containsEntry(Channel.WEB, 3L);
	}

	@Test
	void findsTheOrdersPastTheirDueWithHowLateInWorkingTimePerGridAndDepartment() throws Exception {
		CaseApi api = new CaseApi(this.mvc);
		Instant dispatchedAt = shanghai(2024, 3, 18, 10, 0);
		Instant judgedAt = shanghai(2024, 3, 20, 14, 0);
		this.clock.fixAt(judgedAt);
		OverdueOrders overdueBefore = as("leader", () -> this.statistics.overdueOrders(STREET, 50));
		List<GridLoad> gridsBefore = as("leader", () -> this.statistics.gridLoads(STREET));
		List<DepartmentLoad> departmentsBefore = as("leader", () -> this.statistics.departmentLoads(STREET));

		this.clock.fixAt(dispatchedAt);
		String signed = api.dispatchedToLh();
		api.ok("dept-lh", signed, "sign", "{}");
		String unsigned = api.dispatchedToLh();
		String open = api.reported("resident1", "06010");
		String signedGrid = api.field("dispatcher", signed, "$.gridCode");
		String unsignedGrid = api.field("dispatcher", unsigned, "$.gridCode");
		String openGrid = api.field("dispatcher", open, "$.gridCode");

		this.clock.fixAt(judgedAt);
		OverdueOrders overdue = as("leader", () -> this.statistics.overdueOrders(STREET, 50));
		List<GridLoad> gridsAfter = as("leader", () -> this.statistics.gridLoads(STREET));
		List<DepartmentLoad> departmentsAfter = as("leader", () -> this.statistics.departmentLoads(STREET));

		assertThat(overdue.total()).isEqualTo(overdueBefore.total() + 2);
		List<OverdueOrder> mine = overdue.items()
			.stream()
			.filter((order) -> List.of(signed, unsigned).contains(order.caseId().toString()))
			.toList();
		assertThat(mine).hasSize(2).allSatisfy((order) -> {
			assertThat(order.departmentCode()).isEqualTo("LH");
			assertThat(order.categoryName()).isEqualTo("暴露垃圾");
			assertThat(order.due()).isBefore(judgedAt);
			assertThat(order.late()).isPositive()
				.isEqualTo(this.calendar.workingTimeBetween(order.due(), judgedAt,
						this.calendar.scheduleFor("DEPARTMENT_HANDLER")));
		});
		assertThat(mine).filteredOn(OverdueOrder::signed)
			.extracting((order) -> order.caseId().toString())
			.containsExactly(signed);
		assertThat(overdue.items()).extracting(OverdueOrder::due).isSorted();

		List<String> overdueGrids = Stream.of(signedGrid, unsignedGrid).distinct().toList();
		assertThat(overdueGrids.stream().mapToLong((grid) -> load(gridsAfter, grid).overdue()).sum())
			.as("both orders may lie in one grid")
			.isEqualTo(overdueGrids.stream().mapToLong((grid) -> load(gridsBefore, grid).overdue()).sum() + 2);
		assertThat(load(gridsAfter, openGrid).open()).isGreaterThan(load(gridsBefore, openGrid).open());
		assertThat(total(gridsAfter, GridLoad::open)).isEqualTo(total(gridsBefore, GridLoad::open) + 3);
		assertThat(total(gridsAfter, GridLoad::overdue)).isEqualTo(overdue.total());

		assertThat(department(departmentsAfter, "LH").open()).isEqualTo(department(departmentsBefore, "LH").open() + 2);
		assertThat(department(departmentsAfter, "LH").overdue())
			.isEqualTo(department(departmentsBefore, "LH").overdue() + 2);
		assertThat(departmentsAfter).extracting(DepartmentLoad::overdue).isSortedAccordingTo(Comparator.reverseOrder());

		List<OpenConcern> markers = as("dispatcher", () -> this.statistics.openConcerns(STREET, 2000));
		assertThat(markers).filteredOn((marker) -> List.of(signed, unsigned).contains(marker.caseId().toString()))
			.hasSize(2)
			.allMatch(OpenConcern::overdue);
		assertThat(markers).filteredOn((marker) -> marker.caseId().toString().equals(open))
			.singleElement()
			.satisfies((marker) -> assertThat(marker.overdue()).isFalse())
			.satisfies((marker) -> assertThat(marker.status()).isEqualTo(CaseStatus.REPORTED));
	}

	@Test
	void answersOnlyWhoWorksTheAreaAndTreatsTheRestAsUnknown() {
		Period period = day(2024, 3, 11);
		assertThat(as("staff1", () -> this.statistics.counts(COMMUNITY, period, 5))).isNotNull();
		assertThat(as("admin", () -> this.statistics.gridLoads("310107"))).isNotNull();
		assertNotFound("staff1", () -> this.statistics.counts(STREET, period, 5));
		assertNotFound("staff1", () -> this.statistics.gridLoads("310107005002"));
		assertNotFound("leader", () -> this.statistics.departmentLoads("310107"));
		assertNotFound("dept-cg", () -> this.statistics.overdueOrders(STREET, 10));
		assertNotFound("resident1", () -> this.statistics.openConcerns(STREET, 10));
		assertNotFound("admin", () -> this.statistics.gridLoads("310107999"));
		assertNotFound("admin", () -> this.statistics.gridLoads("31010700500100"));
		assertNotFound("admin", () -> this.statistics.gridLoads("31010700%"));
		assertThatThrownBy(() -> new Period(period.to(), period.from())).isInstanceOf(InvalidInputException.class);
	}

	private String reported(CaseApi api, String user, String channel, String category) throws Exception {
		String body = api.report(user, CaseApi.intake(channel, CaseApi.freshSpot(), category, "statistics"), null)
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JsonPath.read(body, "$.id");
	}

	private String nameOf(String categoryCode) {
		return this.catalogue.findByCode(categoryCode).orElseThrow().name();
	}

	private void assertNotFound(String user, Supplier<Object> call) {
		assertThatThrownBy(() -> as(user, call)).as(user).isInstanceOf(NotFoundException.class);
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

	private static GridLoad load(List<GridLoad> loads, String grid) {
		return loads.stream()
			.filter((load) -> load.gridCode().equals(grid))
			.findFirst()
			.orElse(new GridLoad(grid, 0, 0));
	}

	private static long total(List<GridLoad> loads, ToLongFunction<GridLoad> figure) {
		return loads.stream().mapToLong(figure).sum();
	}

	private static DepartmentLoad department(List<DepartmentLoad> loads, String code) {
		return loads.stream()
			.filter((load) -> load.departmentCode().equals(code))
			.findFirst()
			.orElse(new DepartmentLoad(code, 0, 0));
	}

	private static Period day(int year, int month, int day) {
		LocalDate date = LocalDate.of(year, month, day);
		return new Period(date.atStartOfDay(WorkingCalendar.ZONE).toInstant(),
				date.plusDays(1).atStartOfDay(WorkingCalendar.ZONE).toInstant());
	}

	private static Instant shanghai(int year, int month, int day, int hour, int minute) {
		return LocalDateTime.of(year, month, day, hour, minute).atZone(WorkingCalendar.ZONE).toInstant();
	}

}

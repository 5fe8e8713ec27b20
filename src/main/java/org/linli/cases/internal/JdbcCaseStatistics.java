package org.linli.cases.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.linli.area.AreaLevel;
import org.linli.area.Areas;
import org.linli.calendar.WorkingCalendar;
import org.linli.cases.CaseId;
import org.linli.cases.CaseStatistics;
import org.linli.cases.CaseStatus;
import org.linli.cases.Channel;
import org.linli.cases.Priority;
import org.linli.catalogue.Catalogue;
import org.linli.catalogue.Category;
import org.linli.catalogue.Tier;
import org.linli.identity.CurrentUser;
import org.linli.identity.Role;
import org.linli.identity.Scope;
import org.linli.shared.NotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The figures of an area as a handful of grouped queries over the grid-code prefix (a
 * range of the grid index, see migration V2_1_6), never by loading cases.
 */
@Service
@Transactional(readOnly = true)
class JdbcCaseStatistics implements CaseStatistics {

	static final int MAX_ROWS = 2000;

	static final int MAX_CATEGORIES = 50;

	private static final Role[] AREA_ROLES = { Role.GRID_WORKER, Role.COMMUNITY_STAFF, Role.DISPATCHER, Role.LEADER };

	private static final String OPEN_CASE = "c.status not in ('CLOSED', 'REJECTED', 'MERGED')";

	private static final String OPEN_ORDER = "d.status in ('DISPATCHED', 'SIGNED')";

	/**
	 * The area's open concerns (only they have open orders), first and on their own: an
	 * area holds a small share of all open orders, so its cases lead to their orders by
	 * the open-order index rather than every open order to its case.
	 */
	private static final String WITH_ORDERS = """
			with area_open as materialized (
			  select c.id, c.number, c.grid_code, c.category_code, c.priority, c.status from cases.case c
			   where c.grid_code like :area and c.status not in ('CLOSED', 'REJECTED', 'MERGED'))
			""";

	/** An open order past due whose clock runs: its concern is not suspended. */
	private static final String OVERDUE_ORDER = OPEN_ORDER
			+ " and d.due < :now and c.status in ('DISPATCHED', 'IN_PROGRESS')";

	private final JdbcClient jdbc;

	private final Areas areas;

	private final Catalogue catalogue;

	private final WorkingCalendar calendar;

	private final Clock clock;

	JdbcCaseStatistics(JdbcClient jdbc, Areas areas, Catalogue catalogue, WorkingCalendar calendar, Clock clock) {
		this.jdbc = jdbc;
		this.areas = areas;
		this.catalogue = catalogue;
		this.calendar = calendar;
		this.clock = clock;
	}

	@Override
	public Counts counts(String areaCode, Period period, int topCategories) {
		String area = areaPattern(areaCode);
		Map<CaseStatus, Long> byStatus = zeros(CaseStatus.class);
		Map<Tier, Long> byTier = zeros(Tier.class);
		Map<Channel, Long> byChannel = zeros(Channel.class);
		List<CategoryTally> categories = new ArrayList<>();
		long[] untriagedAndUncategorised = new long[2];
		this.jdbc.sql("""
				select grouping(c.status) as by_status, grouping(c.tier) as by_tier, grouping(c.channel) as by_channel,
				       c.status, c.tier, c.channel, c.category_code, count(*) as n
				  from cases.case c
				 where c.grid_code like :area and c.reported_at >= :from and c.reported_at < :to
				 group by grouping sets ((c.status), (c.tier), (c.channel), (c.category_code))""")
			.param("area", area)
			.param("from", Timestamp.from(period.from()))
			.param("to", Timestamp.from(period.to()))
			.query((rs) -> {
				long count = rs.getLong("n");
				if (rs.getInt("by_status") == 0) {
					byStatus.merge(CaseStatus.valueOf(rs.getString("status")), count, Long::sum);
				}
				else if (rs.getInt("by_tier") == 0) {
					String tier = rs.getString("tier");
					if (tier == null) {
						untriagedAndUncategorised[0] += count;
					}
					else {
						byTier.merge(Tier.valueOf(tier), count, Long::sum);
					}
				}
				else if (rs.getInt("by_channel") == 0) {
					byChannel.merge(Channel.valueOf(rs.getString("channel")), count, Long::sum);
				}
				else if (rs.getString("category_code") == null) {
					untriagedAndUncategorised[1] += count;
				}
				else {
					categories.add(new CategoryTally(rs.getString("category_code"), count));
				}
			});
		long closed = this.jdbc.sql("""
				select count(*) from cases.case c
				 where c.grid_code like :area and c.closed_at >= :from and c.closed_at < :to
				   and c.status = 'CLOSED'""")
			.param("area", area)
			.param("from", Timestamp.from(period.from()))
			.param("to", Timestamp.from(period.to()))
			.query(Long.class)
			.single();
		categories.sort(Comparator.comparingLong(CategoryTally::count).reversed().thenComparing(CategoryTally::code));
		int top = Math.clamp(topCategories, 0, MAX_CATEGORIES);
		List<CategoryCount> topCounts = categories.stream()
			.limit(top)
			.map((tally) -> new CategoryCount(tally.code(), categoryName(tally.code()), tally.count()))
			.toList();
		long other = categories.stream().skip(top).mapToLong(CategoryTally::count).sum();
		long reported = byStatus.values().stream().mapToLong(Long::longValue).sum();
		return new Counts(reported, closed, byStatus, byTier, untriagedAndUncategorised[0], topCounts, other,
				untriagedAndUncategorised[1], byChannel);
	}

	@Override
	public List<GridLoad> gridLoads(String areaCode) {
		return this.jdbc
			.sql("select c.grid_code, count(*) as open, count(*) filter (where exists ("
					+ "select 1 from cases.dispatch d where d.case_id = c.id and " + OVERDUE_ORDER + ")) as overdue"
					+ " from cases.case c where c.grid_code like :area and " + OPEN_CASE
					+ " group by c.grid_code order by c.grid_code")
			.param("area", areaPattern(areaCode))
			.param("now", now())
			.query((rs, row) -> new GridLoad(rs.getString(1), rs.getLong(2), rs.getLong(3)))
			.list();
	}

	@Override
	public List<DepartmentLoad> departmentLoads(String areaCode) {
		return this.jdbc.sql(WITH_ORDERS + """
				select d.department_code, count(*) as open,
				       count(*) filter (where d.due < :now and c.status in ('DISPATCHED', 'IN_PROGRESS')) as overdue
				  from cases.dispatch d join area_open c on c.id = d.case_id
				 where d.status in ('DISPATCHED', 'SIGNED')
				 group by d.department_code order by overdue desc, open desc, d.department_code""")
			.param("area", areaPattern(areaCode))
			.param("now", now())
			.query((rs, row) -> new DepartmentLoad(rs.getString(1), rs.getLong(2), rs.getLong(3)))
			.list();
	}

	@Override
	public OverdueOrders overdueOrders(String areaCode, int limit) {
		String area = areaPattern(areaCode);
		Instant now = this.clock.instant();
		String schedule = this.calendar.scheduleFor(CaseService.DEPARTMENT_ROLE);
		String from = " from cases.dispatch d join area_open c on c.id = d.case_id where " + OVERDUE_ORDER;
		long total = this.jdbc.sql(WITH_ORDERS + "select count(*)" + from)
			.param("area", area)
			.param("now", Timestamp.from(now))
			.query(Long.class)
			.single();
		List<OverdueOrder> items = this.jdbc
			.sql(WITH_ORDERS + "select c.id, c.number, c.grid_code, c.category_code, c.priority, d.department_code,"
					+ " d.signed_at is not null as signed, d.due" + from + " order by d.due, c.number limit :limit")
			.param("area", area)
			.param("now", Timestamp.from(now))
			.param("limit", Math.clamp(limit, 0, MAX_ROWS))
			.query((rs, row) -> {
				Instant due = rs.getTimestamp("due").toInstant();
				String category = rs.getString("category_code");
				return new OverdueOrder(new CaseId(rs.getObject("id", UUID.class)), rs.getString("number"),
						rs.getString("grid_code"), category, (category != null) ? categoryName(category) : null,
						Priority.valueOf(rs.getString("priority")), rs.getString("department_code"),
						rs.getBoolean("signed"), due, this.calendar.workingTimeBetween(due, now, schedule));
			})
			.list();
		return new OverdueOrders(items, total);
	}

	@Override
	public List<OpenConcern> openConcerns(String areaCode, int limit) {
		Map<String, String> names = new HashMap<>();
		return this.jdbc
			.sql("select c.id, c.number, c.lat, c.lon, c.status, c.tier, c.category_code, c.priority,"
					+ " exists (select 1 from cases.dispatch d where d.case_id = c.id and " + OVERDUE_ORDER
					+ ") as overdue" + " from cases.case c where c.grid_code like :area and " + OPEN_CASE
					+ " order by c.reported_at desc, c.id limit :limit")
			.param("area", areaPattern(areaCode))
			.param("now", now())
			.param("limit", Math.clamp(limit, 0, MAX_ROWS))
			.query((rs, row) -> {
				String tier = rs.getString("tier");
				String category = rs.getString("category_code");
				return new OpenConcern(new CaseId(rs.getObject("id", UUID.class)), rs.getString("number"),
						rs.getDouble("lat"), rs.getDouble("lon"), CaseStatus.valueOf(rs.getString("status")),
						(tier != null) ? Tier.valueOf(tier) : null,
						(category != null) ? names.computeIfAbsent(category, this::categoryName) : null,
						Priority.valueOf(rs.getString("priority")), rs.getBoolean("overdue"));
			})
			.list();
	}

	/**
	 * The LIKE pattern of the concerns in the area; an area the caller does not work in
	 * is as unknown as one that does not exist.
	 */
	private String areaPattern(String areaCode) {
		Scope scope = CurrentUser.scope();
		boolean works = scope.isAdmin() || (scope.hasAny(AREA_ROLES) && scope.covers(areaCode));
		boolean known = AreaLevel.ofCode(areaCode).filter((level) -> level != AreaLevel.BUILDING).isPresent()
				&& this.areas.find(areaCode).isPresent();
		if (!works || !known) {
			throw new NotFoundException("area.error.not-found", areaCode);
		}
		return areaCode + "%";
	}

	private String categoryName(String code) {
		return this.catalogue.findByCode(code).map(Category::name).orElse(code);
	}

	private Timestamp now() {
		return Timestamp.from(this.clock.instant());
	}

	private static <E extends Enum<E>> Map<E, Long> zeros(Class<E> type) {
		Map<E, Long> counts = new EnumMap<>(type);
		for (E value : type.getEnumConstants()) {
			counts.put(value, 0L);
		}
		return counts;
	}

	private record CategoryTally(String code, long count) {
	}

}

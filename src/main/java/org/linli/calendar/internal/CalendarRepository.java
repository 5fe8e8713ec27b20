package org.linli.calendar.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.linli.calendar.SpecialDay;
import org.linli.calendar.WorkingPeriod;
import org.linli.calendar.WorkingSchedule;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The stored calendar: special days, working schedules with their periods, and the
 * role-to-schedule mapping.
 */
@Repository
public class CalendarRepository {

	private final JdbcClient jdbc;

	CalendarRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<SpecialDay> specialDays() {
		return this.jdbc.sql("select day, kind, name from calendar.special_day order by day")
			.query(CalendarRepository::specialDay)
			.list();
	}

	public List<SpecialDay> specialDays(int year) {
		return this.jdbc.sql("select day, kind, name from calendar.special_day where day between ? and ? order by day")
			.params(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))
			.query(CalendarRepository::specialDay)
			.list();
	}

	/**
	 * Replaces one year's special days; concurrent replacements of the same year take
	 * turns.
	 */
	public void replaceSpecialDays(int year, List<SpecialDay> days) {
		this.jdbc.sql("lock table calendar.special_day in exclusive mode").update();
		this.jdbc.sql("delete from calendar.special_day where day between ? and ?")
			.params(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))
			.update();
		for (SpecialDay day : days) {
			this.jdbc.sql("insert into calendar.special_day (day, kind, name) values (?, ?, ?)")
				.params(day.date(), day.kind().name(), day.name())
				.update();
		}
	}

	public List<WorkingSchedule> schedules() {
		Map<String, String> names = new LinkedHashMap<>();
		this.jdbc.sql("select code, name from calendar.working_schedule order by code").query(rs -> {
			names.put(rs.getString("code"), rs.getString("name"));
		});
		Map<String, List<WorkingPeriod>> periods = new LinkedHashMap<>();
		this.jdbc.sql("select schedule_code, starts_at, ends_at from calendar.working_period order by starts_at")
			.query(rs -> {
				periods.computeIfAbsent(rs.getString("schedule_code"), code -> new ArrayList<>())
					.add(new WorkingPeriod(rs.getObject("starts_at", LocalTime.class),
							rs.getObject("ends_at", LocalTime.class)));
			});
		return names.entrySet()
			.stream()
			.map(entry -> new WorkingSchedule(entry.getKey(), entry.getValue(),
					periods.getOrDefault(entry.getKey(), List.of())))
			.toList();
	}

	public boolean scheduleExists(String code) {
		return this.jdbc.sql("select exists (select 1 from calendar.working_schedule where code = ?)")
			.param(code)
			.query(Boolean.class)
			.single();
	}

	public void saveSchedule(WorkingSchedule schedule) {
		this.jdbc.sql("""
				insert into calendar.working_schedule (code, name) values (?, ?)
				on conflict (code) do update set name = excluded.name
				""").params(schedule.code(), schedule.name()).update();
		this.jdbc.sql("delete from calendar.working_period where schedule_code = ?").param(schedule.code()).update();
		for (WorkingPeriod period : schedule.periods()) {
			this.jdbc.sql("insert into calendar.working_period (schedule_code, starts_at, ends_at) values (?, ?, ?)")
				.params(schedule.code(), period.start(), period.end())
				.update();
		}
	}

	public Map<String, String> roleSchedules() {
		Map<String, String> mapping = new LinkedHashMap<>();
		this.jdbc.sql("select role, schedule_code from calendar.role_schedule order by role").query(rs -> {
			mapping.put(rs.getString("role"), rs.getString("schedule_code"));
		});
		return mapping;
	}

	public void assignSchedule(String role, String scheduleCode) {
		this.jdbc.sql("""
				insert into calendar.role_schedule (role, schedule_code) values (?, ?)
				on conflict (role) do update set schedule_code = excluded.schedule_code
				""").params(role, scheduleCode).update();
	}

	private static SpecialDay specialDay(ResultSet rs, int row) throws SQLException {
		return new SpecialDay(rs.getObject("day", LocalDate.class), SpecialDay.Kind.valueOf(rs.getString("kind")),
				rs.getString("name"));
	}

}

package org.linli.deliberation.internal;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.linli.deliberation.Committee;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who sits on the council, the owners' committee and the supervisory committee of an
 * area, by account. A member acts for every matter whose scope lies in that area.
 */
@Component
class Committees {

	private final JdbcClient jdbc;

	Committees(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	record Member(String areaCode, Committee committee, String username, String appointedBy, Instant appointedAt) {
	}

	/** The committees the person sits on for a matter of this scope. */
	Set<Committee> of(String username, String scopeCode) {
		Set<Committee> committees = EnumSet.noneOf(Committee.class);
		if (username == null) {
			return committees;
		}
		this.jdbc.sql("""
				select distinct committee from deliberation.committee_member
				 where username = :username and :scope like area_code || '%'""")
			.param("username", username)
			.param("scope", scopeCode)
			.query(String.class)
			.list()
			.forEach((name) -> committees.add(Committee.valueOf(name)));
		return committees;
	}

	/** Members of the committees of the area and of the areas above it. */
	List<Member> serving(String areaCode) {
		return this.jdbc.sql("""
				select area_code, committee, username, appointed_by, appointed_at from deliberation.committee_member
				 where :area like area_code || '%' order by committee, area_code, username""")
			.param("area", areaCode)
			.query((rs, row) -> new Member(rs.getString(1), Committee.valueOf(rs.getString(2)), rs.getString(3),
					rs.getString(4), rs.getTimestamp(5).toInstant()))
			.list();
	}

	boolean appoint(String areaCode, Committee committee, String username, String by, Instant at) {
		return this.jdbc.sql("""
				insert into deliberation.committee_member (area_code, committee, username, appointed_by, appointed_at)
				values (:area, :committee, :username, :by, :at) on conflict do nothing""")
			.param("area", areaCode)
			.param("committee", committee.name())
			.param("username", username)
			.param("by", by)
			.param("at", MatterRepository.timestamp(at))
			.update() == 1;
	}

	boolean dismiss(String areaCode, Committee committee, String username) {
		return this.jdbc.sql("""
				delete from deliberation.committee_member
				 where area_code = :area and committee = :committee and username = :username""")
			.param("area", areaCode)
			.param("committee", committee.name())
			.param("username", username)
			.update() == 1;
	}

}

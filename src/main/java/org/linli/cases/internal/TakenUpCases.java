package org.linli.cases.internal;

import java.sql.Timestamp;

import org.linli.cases.CaseTakenUp;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Notes on a concern's timeline that it was taken up elsewhere (a residents' matter), so
 * the link runs both ways.
 */
@Component
class TakenUpCases {

	private final JdbcClient jdbc;

	TakenUpCases(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@ApplicationModuleListener
	void on(CaseTakenUp event) {
		this.jdbc.sql("""
				insert into cases.timeline_entry (case_id, at, actor, action, note)
				select id, :at, :actor, 'taken-up', :reference from cases.case where id = :id""")
			.param("at", Timestamp.from(event.at()))
			.param("actor", event.actor())
			.param("reference", event.reference())
			.param("id", event.id().value())
			.update();
	}

}

package org.linli.cases.internal;

import java.time.Instant;

import org.linli.calendar.WorkingCalendar;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Draws case numbers (year, street, six digits) from the street's counter in a
 * transaction of their own, so that the counter's row is locked for microseconds rather
 * than until the intake commits.
 * <p>
 * That transaction commits asynchronously (it does not wait for its WAL flush). This is
 * safe: a case stored with the number commits synchronously later, and flushing its
 * commit record flushes the counter's earlier one with it — so after a crash, either the
 * counter kept the number or no stored case has it.
 */
@Component
class CaseNumbers {

	private final JdbcClient jdbc;

	private final TransactionTemplate ownTransaction;

	CaseNumbers(JdbcClient jdbc, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	String next(String streetCode, Instant now) {
		int year = now.atZone(WorkingCalendar.ZONE).getYear();
		Integer value = this.ownTransaction.execute((status) -> {
			this.jdbc.sql("set local synchronous_commit = off").update();
			return this.jdbc.sql("""
					insert into cases.number_sequence (street_code, year, last_value) values (:street, :year, 1)
					on conflict (street_code, year) do update set last_value = cases.number_sequence.last_value + 1
					returning last_value""")
				.param("street", streetCode)
				.param("year", year)
				.query(Integer.class)
				.single();
		});
		return "%d%s%06d".formatted(year, streetCode, value);
	}

}

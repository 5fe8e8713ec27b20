package org.linli.cases.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

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

	/**
	 * One number for each wanted, in order; one statement per street and year, however
	 * many numbers it gives out.
	 */
	List<String> next(List<Wanted> wanted) {
		Map<Wanted, List<Integer>> positions = new TreeMap<>(
				Comparator.comparing(Wanted::streetCode).thenComparing(Wanted::year));
		for (int i = 0; i < wanted.size(); i++) {
			positions.computeIfAbsent(wanted.get(i), (key) -> new ArrayList<>()).add(i);
		}
		String[] numbers = new String[wanted.size()];
		this.ownTransaction.executeWithoutResult((status) -> {
			this.jdbc.sql("set local synchronous_commit = off").update();
			positions.forEach((street, at) -> {
				int last = this.jdbc
					.sql("""
							insert into cases.number_sequence (street_code, year, last_value) values (:street, :year, :count)
							on conflict (street_code, year)
							do update set last_value = cases.number_sequence.last_value + excluded.last_value
							returning last_value""")
					.param("street", street.streetCode())
					.param("year", street.year())
					.param("count", at.size())
					.query(Integer.class)
					.single();
				for (int n = 0; n < at.size(); n++) {
					numbers[at.get(n)] = "%d%s%06d".formatted(street.year(), street.streetCode(),
							last - at.size() + 1 + n);
				}
			});
		});
		return List.of(numbers);
	}

	/** A number wanted in a street for a concern reported at a time (its year counts). */
	record Wanted(String streetCode, int year) {

		Wanted(String streetCode, Instant at) {
			this(streetCode, at.atZone(WorkingCalendar.ZONE).getYear());
		}

	}

}

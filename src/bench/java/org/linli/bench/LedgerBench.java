package org.linli.bench;

import java.time.LocalDate;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.linli.LinliApplication;
import org.linli.ledger.internal.GroupBy;
import org.linli.ledger.internal.LedgerQueries;
import org.linli.ledger.internal.LedgerQueryTimer;
import org.linli.ledger.internal.SyntheticLedger;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * Loads 10 million synthetic cases into the ledger's tables of a throw-away embedded
 * PostgreSQL (COPY), then times the indicator query for one street and for the whole
 * district over a year, as {@code bench ledger_indicators_… ms} lines. System property
 * {@code cases} changes the number of cases.
 */
@SpringBootTest(classes = LinliApplication.class)
@ActiveProfiles("test")
class LedgerBench {

	@Autowired
	DataSource dataSource;

	@Autowired
	LedgerQueries queries;

	@Test
	void indicatorsForAStreetAndADistrictOverTenMillionCases() throws Exception {
		int cases = Integer.getInteger("cases", 10_000_000);
		long start = System.nanoTime();
		long rows = new SyntheticLedger(this.dataSource).load(cases);
		System.out.printf("bench ledger_load_cases %d cases%n", cases);
		System.out.printf("bench ledger_load_s %.1f s%n", (System.nanoTime() - start) / 1e9);
		System.out.printf("bench ledger_summary_rows %d rows%n", rows);
		LocalDate from = LocalDate.of(2025, 1, 1);
		LocalDate to = LocalDate.of(2025, 12, 31);
		System.out.printf("bench ledger_street_cases_2025 %d cases%n",
				LedgerQueryTimer.collected(this.queries, SyntheticLedger.STREET, from, to));
		print("ledger_indicators_street_ms", SyntheticLedger.STREET, from, to, GroupBy.NONE);
		print("ledger_indicators_district_ms", SyntheticLedger.DISTRICT, from, to, GroupBy.NONE);
		print("ledger_indicators_street_by_community_ms", SyntheticLedger.STREET, from, to, GroupBy.COMMUNITY);
		print("ledger_indicators_street_by_grid_ms", SyntheticLedger.STREET, from, to, GroupBy.GRID);
		print("ledger_indicators_district_by_department_ms", SyntheticLedger.DISTRICT, from, to, GroupBy.DEPARTMENT);
		print("ledger_indicators_street_by_month_ms", SyntheticLedger.STREET, from, to, GroupBy.MONTH);
	}

	private void print(String name, String area, LocalDate from, LocalDate to, GroupBy groupBy) {
		System.out.printf("bench %s %.1f ms%n", name,
				LedgerQueryTimer.medianMillis(this.queries, area, from, to, groupBy, 5));
	}

}

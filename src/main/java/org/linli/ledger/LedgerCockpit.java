package org.linli.ledger;

import java.time.LocalDate;

import org.linli.ledger.internal.GroupBy;
import org.linli.ledger.internal.LedgerQueries;
import org.linli.ledger.internal.Rankings;

import org.springframework.stereotype.Component;

/**
 * What the leader cockpit embeds: the fragment
 * {@code ledger/fragments :: rankings(areaCode)} calls this bean ({@code @ledgerCockpit})
 * for this month's rankings of departments and communities, with the change since last
 * month, within the signed-in caller's scope.
 */
@Component
public class LedgerCockpit {

	private final LedgerQueries queries;

	private final Rankings rankings;

	LedgerCockpit(LedgerQueries queries, Rankings rankings) {
		this.queries = queries;
		this.rankings = rankings;
	}

	public Rankings.Ranking departments(String areaCode) {
		LocalDate today = this.queries.today();
		return this.rankings.rank(areaCode, GroupBy.DEPARTMENT, today.withDayOfMonth(1), today);
	}

	public Rankings.Ranking communities(String areaCode) {
		LocalDate today = this.queries.today();
		return this.rankings.rank(areaCode, GroupBy.COMMUNITY, today.withDayOfMonth(1), today);
	}

}

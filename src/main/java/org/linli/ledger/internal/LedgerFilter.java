package org.linli.ledger.internal;

import java.time.LocalDate;

import org.linli.cases.CaseStatus;
import org.linli.cases.Channel;
import org.linli.catalogue.Tier;

/**
 * Filters of the community ledger: the area (any level, by prefix), days reported from
 * and to (inclusive), and optionally status, tier, channel, category and department. Null
 * means any.
 */
public record LedgerFilter(String areaCode, LocalDate from, LocalDate to, CaseStatus status, Tier tier, Channel channel,
		String categoryCode, String departmentCode) {

}

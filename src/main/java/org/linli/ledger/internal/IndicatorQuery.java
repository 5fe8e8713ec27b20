package org.linli.ledger.internal;

import java.time.LocalDate;

/**
 * Figures asked for: an area (district, street, community or grid code), optionally one
 * department, the days from {@code from} to {@code to} inclusive, split by
 * {@code groupBy}.
 */
public record IndicatorQuery(String areaCode, String departmentCode, LocalDate from, LocalDate to, GroupBy groupBy) {

}

package org.linli.cases.internal;

import org.linli.calendar.WorkingCalendar.Light;
import org.linli.cases.CaseStatus;
import org.linli.catalogue.Tier;

/** Filters for the case list; null means any. */
public record CaseFilter(CaseStatus status, Tier tier, String gridCode, String departmentCode, Light light) {

}

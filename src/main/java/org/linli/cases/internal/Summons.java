package org.linli.cases.internal;

import java.time.Instant;

/**
 * A department summoned by the street's whistle, and whether and when it reported in.
 */
final class Summons {

	final String departmentCode;

	final String reason;

	final Instant summonedAt;

	final Instant due;

	Instant reportedAt;

	String reportedBy;

	Instant overdueAt;

	Summons(String departmentCode, String reason, Instant summonedAt, Instant due) {
		this.departmentCode = departmentCode;
		this.reason = reason;
		this.summonedAt = summonedAt;
		this.due = due;
	}

}

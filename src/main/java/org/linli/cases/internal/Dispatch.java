package org.linli.cases.internal;

import java.time.Instant;
import java.util.UUID;

/**
 * One order to one department. A binding order is one the street ruled on: the department
 * cannot return it.
 */
final class Dispatch {

	final UUID id;

	final String departmentCode;

	final boolean binding;

	final String note;

	final Instant dispatchedAt;

	final Instant signDue;

	DispatchStatus status;

	Instant due;

	Instant signedAt;

	Instant handledAt;

	String result;

	String returnReason;

	int reworkCount;

	Integer extensionHours;

	String extensionReason;

	Instant signOverdueAt;

	Instant handlingOverdueAt;

	Dispatch(UUID id, String departmentCode, boolean binding, String note, Instant dispatchedAt, Instant signDue,
			DispatchStatus status, Instant due) {
		this.id = id;
		this.departmentCode = departmentCode;
		this.binding = binding;
		this.note = note;
		this.dispatchedAt = dispatchedAt;
		this.signDue = signDue;
		this.status = status;
		this.due = due;
	}

}

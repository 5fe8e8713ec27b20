package org.linli.cases.internal;

/**
 * Where one order stands: sent, signed for, handled (awaiting verification), finished
 * (verified), or returned by the department.
 */
enum DispatchStatus {

	DISPATCHED, SIGNED, HANDLED, FINISHED, RETURNED;

	/** Sent or signed for: its deadline is running. */
	boolean isRunning() {
		return this == DISPATCHED || this == SIGNED;
	}

	boolean isActive() {
		return this == DISPATCHED || this == SIGNED || this == HANDLED;
	}

}

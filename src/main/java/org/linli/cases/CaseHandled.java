package org.linli.cases;

import java.time.Instant;

/** A result is reported; {@code departmentCode} is null when the community handled it. */
public record CaseHandled(CaseId id, String number, String gridCode, String departmentCode,
		Instant at) implements CaseEvent {

}

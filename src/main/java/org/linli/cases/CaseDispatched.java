package org.linli.cases;

import java.time.Instant;
import java.util.UUID;

public record CaseDispatched(CaseId id, String number, UUID dispatchId, String departmentCode, Instant due,
		Instant at) implements CaseEvent {

}

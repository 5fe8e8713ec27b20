package org.linli.cases;

import java.time.Instant;
import java.util.UUID;

public record CaseReturned(CaseId id, String number, String streetCode, UUID dispatchId, String departmentCode,
		boolean awaitingRuling, Instant at) implements CaseEvent {

}

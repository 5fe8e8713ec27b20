package org.linli.cases;

import java.time.Instant;
import java.util.UUID;

public record CaseSigned(CaseId id, UUID dispatchId, String departmentCode, Instant at) implements CaseEvent {

}

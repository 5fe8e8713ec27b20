package org.linli.cases;

import java.time.Instant;

public record CaseReworked(CaseId id, String departmentCode, Instant at) implements CaseEvent {

}

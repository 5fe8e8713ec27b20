package org.linli.cases;

import java.time.Instant;

public record CaseHandled(CaseId id, String departmentCode, Instant at) {

}

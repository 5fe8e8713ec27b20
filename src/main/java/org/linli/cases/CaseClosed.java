package org.linli.cases;

import java.time.Instant;

public record CaseClosed(CaseId id, Instant at) {

}

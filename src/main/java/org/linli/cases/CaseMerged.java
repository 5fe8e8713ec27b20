package org.linli.cases;

import java.time.Instant;

public record CaseMerged(CaseId id, CaseId intoCaseId, Instant at) implements CaseEvent {

}

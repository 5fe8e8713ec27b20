package org.linli.cases;

import java.time.Instant;

public record CaseResumed(CaseId id, Instant at) implements CaseEvent {

}

package org.linli.cases;

import java.time.Instant;

public record CaseRejected(CaseId id, Instant at) implements CaseEvent {

}

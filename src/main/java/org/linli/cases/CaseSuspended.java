package org.linli.cases;

import java.time.Instant;

public record CaseSuspended(CaseId id, Instant at) implements CaseEvent {

}

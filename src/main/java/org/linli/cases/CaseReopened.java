package org.linli.cases;

import java.time.Instant;

public record CaseReopened(CaseId id, Instant at) implements CaseEvent {

}

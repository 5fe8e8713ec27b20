package org.linli.cases;

import java.time.Instant;

public record CaseEvaluated(CaseId id, Rating rating, Instant at) implements CaseEvent {

}

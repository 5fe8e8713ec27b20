package org.linli.cases;

import java.time.Instant;

public record CaseReported(CaseId id, String number, String gridCode, String categoryCode,
		Instant at) implements CaseEvent {

}

package org.linli.cases;

import java.time.Instant;
import java.util.List;

public record CaseEscalated(CaseId id, List<String> departmentCodes, Instant at) implements CaseEvent {

	public CaseEscalated {
		departmentCodes = List.copyOf(departmentCodes);
	}

}

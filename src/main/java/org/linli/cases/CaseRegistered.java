package org.linli.cases;

import java.time.Instant;

import org.linli.catalogue.Tier;

public record CaseRegistered(CaseId id, Tier tier, String categoryCode, Instant at) implements CaseEvent {

}

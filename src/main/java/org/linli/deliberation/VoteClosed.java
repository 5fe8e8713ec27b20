package org.linli.deliberation;

import java.time.Instant;
import java.util.UUID;

public record VoteClosed(UUID id, String number, String scopeCode, VotingRule rule, VoteOutcome outcome, Instant at) {

}

package org.linli.cases;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.linli.catalogue.Tier;

/**
 * Where a concern stands after a change, with what happened to it so far: published after
 * every change of a case, so a read model can replace what it knows of the case instead
 * of replaying the thin step events. {@code version} grows with every stored change; a
 * listener keeps the highest it has seen. Holds no personal data of the reporter.
 */
public record CaseFacts(CaseId id, int version, String number, String gridCode, String communityCode, String streetCode,
		Channel channel, String categoryCode, Tier tier, CaseStatus status, String description, String address,
		String guidance, Instant reportedAt, Instant registeredAt, Instant closedAt, Instant suspendedAt,
		int suspensions, int returns, int reworks, int reopenings, Instant claimedAt, Rating rating,
		Instant evaluatedAt, List<Order> orders, List<Verification> verifications, List<Evaluation> evaluations) {

	public CaseFacts {
		orders = List.copyOf(orders);
		verifications = List.copyOf(verifications);
		evaluations = List.copyOf(evaluations);
	}

	/** One order (工单) to one department, in the order dispatched. */
	public record Order(UUID id, String departmentCode, Instant dispatchedAt, Instant due, Instant signedAt,
			Instant handledAt, boolean returned, int extensions, int reworks, String result) {

	}

	/**
	 * A result reported and its check on site: {@code verifiedAt} and {@code passed} are
	 * null while the check is outstanding.
	 */
	public record Verification(Instant handledAt, Instant verifiedAt, Boolean passed) {

	}

	/**
	 * Every rating given, also those a reopening cleared ({@code rating} is only the
	 * current one).
	 */
	public record Evaluation(Instant at, Rating rating) {

	}

}

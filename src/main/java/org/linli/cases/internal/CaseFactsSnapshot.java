package org.linli.cases.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.linli.cases.CaseFacts;
import org.linli.cases.Rating;

/**
 * Builds the {@link CaseFacts} of a stored case: its state, and from its timeline the
 * steps the state does not keep (each handling and its check, approved extensions and
 * suspensions, the claim).
 */
final class CaseFactsSnapshot {

	private CaseFactsSnapshot() {
	}

	static CaseFacts of(Case stored, List<TimelineEntry> timeline) {
		List<Dispatch> dispatches = stored.dispatches.stream()
			.sorted(Comparator.comparing((Dispatch order) -> order.dispatchedAt))
			.toList();
		int[] extensions = new int[dispatches.size()];
		List<CaseFacts.Verification> verifications = new ArrayList<>();
		List<CaseFacts.Evaluation> evaluations = new ArrayList<>();
		Instant handled = null;
		Instant claimedAt = null;
		int suspensions = 0;
		for (TimelineEntry entry : timeline) {
			switch (entry.action()) {
				case "handle" -> handled = entry.at();
				case "verify-passed", "verify-failed" -> {
					if (handled != null) {
						verifications.add(new CaseFacts.Verification(handled, entry.at(),
								entry.action().equals("verify-passed")));
						handled = null;
					}
				}
				case "extension-approved" -> {
					int order = orderAt(dispatches, entry.at());
					if (order >= 0) {
						extensions[order]++;
					}
				}
				case "suspension-approved" -> suspensions++;
				case "claim" -> claimedAt = entry.at();
				case "evaluate" -> evaluations.add(new CaseFacts.Evaluation(entry.at(), rating(entry.note())));
				default -> {
				}
			}
		}
		if (handled != null) {
			verifications.add(new CaseFacts.Verification(handled, null, null));
		}
		List<CaseFacts.Order> orders = new ArrayList<>();
		for (int i = 0; i < dispatches.size(); i++) {
			Dispatch order = dispatches.get(i);
			orders.add(new CaseFacts.Order(order.id, order.departmentCode, order.dispatchedAt, order.due,
					order.signedAt, order.handledAt, order.status == DispatchStatus.RETURNED, extensions[i],
					order.reworkCount, order.result));
		}
		return new CaseFacts(stored.id, stored.version, stored.number, stored.gridCode, stored.communityCode,
				stored.streetCode, stored.channel, stored.categoryCode, stored.tier, stored.status, stored.description,
				stored.address, stored.guidance, stored.reportedAt, stored.registeredAt, stored.closedAt,
				stored.suspendedAt, suspensions, stored.returnCount, stored.reworkCount, stored.reopenCount, claimedAt,
				stored.rating, stored.evaluatedAt, orders, verifications, evaluations);
	}

	/** An evaluation's timeline note is the rating's name, then the comment if any. */
	private static Rating rating(String note) {
		int colon = note.indexOf(':');
		return Rating.valueOf((colon < 0) ? note : note.substring(0, colon));
	}

	/** The last order dispatched at or before the instant, -1 if none. */
	private static int orderAt(List<Dispatch> dispatches, Instant at) {
		int found = -1;
		for (int i = 0; i < dispatches.size(); i++) {
			if (!dispatches.get(i).dispatchedAt.isAfter(at)) {
				found = i;
			}
		}
		return found;
	}

}

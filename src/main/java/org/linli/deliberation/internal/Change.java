package org.linli.deliberation.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.linli.deliberation.Choice;
import org.linli.deliberation.Satisfaction;

/**
 * A record a transition adds beside the matter's own row; the repository stores each in
 * the same transaction as the matter.
 */
sealed interface Change {

	record NewComment(String author, String body, Instant at) implements Change {
	}

	record HiddenComment(long commentId, String by, String reason, Instant at) implements Change {
	}

	record NewMeeting(MeetingKind kind, Instant scheduledAt, String place, String agenda, String by,
			Instant at) implements Change {
	}

	record Minutes(long meetingId, int attendance, String attendees, String minutes, String by,
			Instant at) implements Change {
	}

	record Electorate(List<Voter> voters) implements Change {

		public Electorate {
			voters = List.copyOf(voters);
		}

	}

	record NewBallot(long householdId, Choice choice, String castBy, boolean proxy, String note,
			Instant at) implements Change {
	}

	record NewCostPlan(CostPlan plan) implements Change {
	}

	record Pledge(long householdId, String by, Instant at) implements Change {
	}

	record Payment(long householdId, long amountFen, String by, Instant at) implements Change {
	}

	record NewTask(String title, String owner, LocalDate dueOn, String by, Instant at) implements Change {
	}

	record TaskDone(long taskId, String by, Instant at) implements Change {
	}

	record NewQuote(String supplier, long amountFen, String note, String by, Instant at) implements Change {
	}

	record Progress(String note, List<UUID> photoIds, String by, Instant at) implements Change {

		public Progress {
			photoIds = List.copyOf(photoIds);
		}

	}

	record Supervision(SupervisionKind kind, String note, String by, Instant at) implements Change {
	}

	record Rating(long householdId, Satisfaction satisfaction, String comment, String by,
			Instant at) implements Change {
	}

	record ConventionArticle(String areaCode, String title, String body, Long supersedes, String by,
			Instant at) implements Change {
	}

}

package org.linli.deliberation.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.linli.area.Area;
import org.linli.area.Areas;
import org.linli.deliberation.MatterStage;
import org.linli.deliberation.MatterStatus;
import org.linli.deliberation.Satisfaction;
import org.linli.identity.Accounts;
import org.linli.identity.CurrentUser;
import org.linli.identity.Scope;
import org.linli.resident.HouseholdSummary;
import org.linli.shared.Messages;

import org.springframework.stereotype.Component;

/**
 * Builds what a reader sees of a matter: its six stages, the vote as it stands for the
 * reader's household, meetings, work, supervision, ratings, and the actions the reader
 * may take next.
 */
@Component
class MatterDetails {

	private final MatterRepository repository;

	private final MatterReads reads;

	private final Seats seats;

	private final Accounts accounts;

	private final Messages messages;

	private final Areas areas;

	MatterDetails(MatterRepository repository, MatterReads reads, Seats seats, Accounts accounts, Messages messages,
			Areas areas) {
		this.repository = repository;
		this.reads = reads;
		this.seats = seats;
		this.accounts = accounts;
		this.messages = messages;
		this.areas = areas;
	}

	MatterViews.Summary summary(MatterReads.Row row) {
		return new MatterViews.Summary(row.id(), row.number(), row.title(), row.scopeCode(), areaName(row.scopeCode()),
				row.status(), row.status().stage(), row.raisedAt(), row.closesAt());
	}

	MatterViews.Detail of(Matter matter, Set<Seat> held) {
		Names names = names(held);
		Scope scope = CurrentUser.scope();
		MatterViews.Vote vote = null;
		if (matter.rule != null) {
			Optional<HouseholdSummary> home = this.seats.household(scope)
				.filter((household) -> household.buildingCode().startsWith(matter.scopeCode));
			Optional<Voter> voter = home.flatMap((household) -> this.repository.voter(matter.id, household.id()));
			String voteAs = home.isEmpty() ? null : voter.isEmpty() ? "NOT_IN_ELECTORATE"
					: (matter.rule.isOwnersVote() && !voter.get().ownerOccupied()) ? "TENANT" : "VOTE";
			vote = new MatterViews.Vote(matter.rule, (matter.quorum != null) ? matter.quorum.toString() : null,
					(matter.approval != null) ? matter.approval.toString() : null, names.of(matter.voteOpenedBy),
					matter.voteOpenedAt, matter.closesAt, matter.voteClosedAt, matter.outcome,
					this.repository.electorateSize(matter.id), this.repository.householdsVoted(matter.id),
					voter.flatMap((found) -> this.repository.lastChoice(matter.id, found.householdId())).orElse(null),
					voteAs);
		}
		Optional<HouseholdSummary> home = this.seats.household(scope);
		Map<Satisfaction, Long> counts = this.reads.ratings(matter.id);
		MatterViews.Ratings ratings = new MatterViews.Ratings(counts.values().stream().mapToLong(Long::longValue).sum(),
				counts, home.map((household) -> this.reads.ratingOf(matter.id, household.id())).orElse(null));
		List<String> actions = new ArrayList<>();
		for (Action action : Action.values()) {
			if (matter.allows(action) && action.takenBy(held)) {
				actions.add(action.key());
			}
		}
		return new MatterViews.Detail(matter.id, matter.number, matter.title, matter.description, matter.scopeCode,
				areaName(matter.scopeCode), matter.status,
				this.messages.get("deliberation.status." + matter.status.name()), matter.status.stage(), stages(matter),
				names.of(matter.raisedBy), matter.raisedAt, matter.caseId, matter.caseNumber,
				(matter.screenedBy != null) ? new MatterViews.Screening(names.of(matter.screenedBy),
						matter.screeningNote, matter.duplicateOf) : null,
				(matter.putToVote != null) ? new MatterViews.Council(matter.putToVote, matter.councilReasons,
						names.of(matter.councilBy), matter.councilAt) : null,
				vote, this.reads.meetings(matter.id).stream().map((meeting) -> named(meeting, names)).toList(),
				matter.costPlanSet, this.reads.tasks(matter.id),
				this.reads.quotes(matter.id, matter.chosenQuoteId)
					.stream()
					.map((quote) -> new MatterViews.Quote(quote.id(), quote.supplier(), quote.amount(), quote.note(),
							names.of(quote.addedBy()), quote.addedAt(), quote.chosen()))
					.toList(),
				matter.chosenQuoteId, matter.quoteReason,
				this.reads.progress(matter.id)
					.stream()
					.map((progress) -> new MatterViews.Progress(progress.id(), progress.note(),
							names.of(progress.reportedBy()), progress.reportedAt(), progress.photoIds()))
					.toList(),
				this.reads.supervision(matter.id)
					.stream()
					.map((check) -> new MatterViews.Supervision(check.kind(), check.note(), names.of(check.by()),
							check.at()))
					.toList(),
				ratings, actions, held.stream().sorted().toList(), matter.version);
	}

	private static MatterViews.Meeting named(MatterViews.Meeting meeting, Names names) {
		return new MatterViews.Meeting(meeting.id(), meeting.kind(), meeting.scheduledAt(), meeting.place(),
				meeting.agenda(), names.of(meeting.scheduledBy()), meeting.attendance(), meeting.attendees(),
				meeting.minutes(), names.of(meeting.recordedBy()), meeting.recordedAt());
	}

	/**
	 * Done, current or ahead for each stage; a matter that stopped shows its stage as
	 * stopped, a closed one all done.
	 */
	private static List<MatterViews.StageView> stages(Matter matter) {
		MatterStage current = matter.status.stage();
		List<MatterViews.StageView> stages = new ArrayList<>();
		for (MatterStage stage : MatterStage.values()) {
			String state;
			if (matter.status == MatterStatus.CLOSED || stage.ordinal() < current.ordinal()) {
				state = "DONE";
			}
			else if (stage == current) {
				state = matter.status.isDropped() ? "STOPPED" : "CURRENT";
			}
			else {
				state = matter.status.isDropped() ? "SKIPPED" : "AHEAD";
			}
			stages.add(new MatterViews.StageView(stage, state));
		}
		return stages;
	}

	/** Names unmasked, for the supervisory committee's audit and committee lists. */
	Names plainNames() {
		return new Names(this.accounts, false);
	}

	Names names(Set<Seat> held) {
		return new Names(this.accounts,
				!CurrentUser.scope().isAdmin() && !held.contains(Seat.STAFF) && !held.contains(Seat.SUPERVISOR));
	}

	String areaName(String code) {
		return this.areas.find(code).map(Area::name).orElse(code);
	}

}

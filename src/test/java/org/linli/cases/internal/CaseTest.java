package org.linli.cases.internal;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.linli.area.Location;
import org.linli.cases.CaseClosed;
import org.linli.cases.CaseStatus;
import org.linli.cases.Channel;
import org.linli.cases.Priority;
import org.linli.cases.Rating;
import org.linli.catalogue.Tier;
import org.linli.shared.ConflictException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CaseTest {

	private static final Instant NOW = Instant.parse("2026-11-20T07:00:00Z");

	private static final Location LOCATION = new Location("310107005001001", "grid", "310107005001", "community",
			"310107005", "street");

	@Test
	void aCaseCannotBeDispatchedBeforeItIsAccepted() {
		Case reported = reported();
		assertThatThrownBy(() -> reported.dispatch("dispatcher", "LH", null, NOW, NOW, NOW))
			.isInstanceOf(ConflictException.class);
		assertThat(reported.status).isEqualTo(CaseStatus.REPORTED);
		assertThat(reported.newEntries).extracting(TimelineEntry::action).containsExactly("report");
	}

	@Test
	void onlyAMajorAffairIsDispatchedAndOnlyACommunityAffairGoesToTheCommittee() {
		Case community = accepted(Tier.COMMUNITY);
		assertThatThrownBy(() -> community.dispatch("dispatcher", "LH", null, NOW, NOW, NOW))
			.isInstanceOf(ConflictException.class);
		Case major = accepted(Tier.MAJOR);
		assertThatThrownBy(() -> major.assignToCommunity("staff1", NOW)).isInstanceOf(ConflictException.class);
		assertThatThrownBy(() -> major.guide("staff1", "go there", null, NOW)).isInstanceOf(ConflictException.class);
	}

	@Test
	void theLastAllowedReturnLeavesTheCaseToTheStreetsRuling() {
		Case major = accepted(Tier.MAJOR);
		major.dispatch("dispatcher", "LH", null, NOW, NOW, NOW);
		major.returnOrder("dept-lh", "not ours", 2, NOW);
		assertThat(major.status).isEqualTo(CaseStatus.REGISTERED);
		major.dispatch("dispatcher", "CG", null, NOW, NOW, NOW);
		major.returnOrder("dept-cg", "not ours either", 2, NOW);
		assertThat(major.status).isEqualTo(CaseStatus.AWAITING_RULING);
		assertThatThrownBy(() -> major.dispatch("dispatcher", "FG", null, NOW, NOW, NOW))
			.isInstanceOf(ConflictException.class);
		major.ruleOnReturn("dispatcher", "LH", null, NOW, NOW, NOW);
		assertThatThrownBy(() -> major.returnOrder("dept-lh", "again", 2, NOW)).isInstanceOf(ConflictException.class);
	}

	@Test
	void closingPublishesCaseClosedAndOnlyOneEvaluationIsTaken() {
		Case major = accepted(Tier.MAJOR);
		major.dispatch("dispatcher", "LH", null, NOW, NOW, NOW);
		major.sign("dept-lh", NOW);
		major.handle("dept-lh", "done", NOW);
		major.verify("worker1", true, null, NOW);
		assertThat(major.events).hasAtLeastOneElementOfType(CaseClosed.class);
		major.evaluate("resident1", Rating.SATISFIED, null, NOW);
		assertThatThrownBy(() -> major.evaluate("resident1", Rating.DISSATISFIED, null, NOW))
			.isInstanceOf(ConflictException.class);
	}

	@Test
	void reopeningNeedsADissatisfiedRatingWithinTheWindow() {
		Case major = accepted(Tier.PRIVATE);
		major.guide("staff1", "see the guide", null, NOW);
		major.evaluate("resident1", Rating.DISSATISFIED, null, NOW);
		Instant late = NOW.plus(Duration.ofDays(7)).plusSeconds(1);
		assertThatThrownBy(() -> major.reopen("resident1", "no", Duration.ofDays(7), late))
			.isInstanceOf(ConflictException.class);
		major.reopen("resident1", "no", Duration.ofDays(7), NOW.plus(Duration.ofDays(7)));
		assertThat(major.status).isEqualTo(CaseStatus.REGISTERED);
		assertThat(major.rating).isNull();
	}

	private static Case reported() {
		return Case.report(new NewCase(Channel.WEB, "text", 31.2455, 121.3925, null, LOCATION, "06010", "resident1",
				ReporterContact.NONE, null, "resident1", null, null), "2026310107005000001", "token", NOW);
	}

	private static Case accepted(Tier tier) {
		Case reported = reported();
		reported.accept("staff1", tier, "06010", Priority.NORMAL, NOW);
		return reported;
	}

}

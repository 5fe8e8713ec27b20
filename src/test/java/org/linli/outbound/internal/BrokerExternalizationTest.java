package org.linli.outbound.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.linli.cases.CaseClosed;
import org.linli.cases.CaseDispatched;
import org.linli.cases.CaseId;
import org.linli.cases.OrderOverdue;
import org.linli.outbound.CaseEventMessage;

import org.springframework.modulith.events.EventExternalizationConfiguration;
import org.springframework.modulith.events.RoutingTarget;

import static org.assertj.core.api.Assertions.assertThat;

/** What goes to the broker when externalization is on: case events only, as messages. */
class BrokerExternalizationTest {

	private final EventExternalizationConfiguration configuration = OutboundConfiguration
		.externalization("linli.case-events");

	@Test
	void caseEventsGoToTheTopicKeyedByCaseAsTheWebhookMessage() {
		CaseId caseId = CaseId.random();
		UUID dispatchId = UUID.randomUUID();
		CaseDispatched event = new CaseDispatched(caseId, "2026310107005000042", dispatchId, "LH",
				Instant.parse("2026-11-23T09:00:00Z"), Instant.parse("2026-11-22T08:00:00Z"));

		assertThat(this.configuration.supports(event)).isTrue();
		RoutingTarget target = this.configuration.determineTarget(event);
		assertThat(target.getTarget()).isEqualTo("linli.case-events");
		assertThat(target.getKey()).isEqualTo(caseId.toString());

		CaseEventMessage message = (CaseEventMessage) this.configuration.map(event);
		assertThat(message.type()).isEqualTo("case.dispatched");
		assertThat(message.caseId()).isEqualTo(caseId.value());
		assertThat(message.occurredAt()).isEqualTo(Instant.parse("2026-11-22T08:00:00Z"));
		assertThat(message.data()).containsEntry("departmentCode", "LH")
			.containsEntry("dispatchId", dispatchId.toString())
			.containsEntry("due", "2026-11-23T09:00:00Z");
		assertThat(message.id()).isEqualTo(CaseEventMessage.of(event).orElseThrow().id());
		assertThat(this.configuration.getHeadersFor(message)).containsEntry("linli_event_type", "case.dispatched");
	}

	@Test
	void residentsUsernamesStayInside() {
		CaseEventMessage closed = CaseEventMessage
			.of(new CaseClosed(CaseId.random(), "2026310107005000044", "resident1", List.of("resident2"),
					Instant.parse("2026-11-22T11:00:00Z")))
			.orElseThrow();
		assertThat(closed.type()).isEqualTo("case.closed");
		assertThat(closed.data()).containsOnlyKeys("id", "number", "at");
	}

	@Test
	void otherEventsStayInside() {
		assertThat(this.configuration.supports("a string")).isFalse();
		assertThat(this.configuration.supports(new OutboundProperties(1, null, null, null, "t"))).isFalse();
	}

	@Test
	void anOverdueStepIsTypedAndDatedByItsDue() {
		OrderOverdue overdue = new OrderOverdue(CaseId.random(), "2026310107005000043", "310107005", null, "CG",
				OrderOverdue.Step.REPORT_IN, Instant.parse("2026-11-22T10:00:00Z"));
		CaseEventMessage message = CaseEventMessage.of(overdue).orElseThrow();
		assertThat(message.type()).isEqualTo("order.overdue");
		assertThat(message.occurredAt()).isEqualTo(Instant.parse("2026-11-22T10:00:00Z"));
		assertThat(message.data()).containsEntry("step", "REPORT_IN").containsEntry("dispatchId", null);
	}

}

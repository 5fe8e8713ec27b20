package org.linli.outbound.internal;

import java.time.Duration;
import java.util.Map;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

import org.linli.outbound.CaseEventMessage;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.EventExternalizationConfiguration;
import org.springframework.modulith.events.RoutingTarget;

@Configuration(proxyBeanMethods = false)
class OutboundConfiguration {

	/** Sends due webhook deliveries every few seconds, on one node at a time. */
	@Bean
	RecurringTask<Void> webhookTask(WebhookSender sender) {
		return Tasks.recurring("outbound-webhooks", FixedDelay.of(Duration.ofSeconds(5)))
			.execute((instance, context) -> sender.sendDue());
	}

	/**
	 * With {@code spring.modulith.events.externalization.enabled=true} and a broker
	 * module on the classpath (Kafka by default; AMQP by swapping the dependency), Spring
	 * Modulith publishes every case event to the topic, keyed by case id, as the same
	 * JSON as a webhook body. The publication registry keeps an event until the broker
	 * acknowledged it.
	 */
	@Bean
	@ConditionalOnProperty(name = "spring.modulith.events.externalization.enabled", havingValue = "true")
	EventExternalizationConfiguration caseEventExternalization(OutboundProperties properties) {
		return externalization(properties.topic());
	}

	static EventExternalizationConfiguration externalization(String topic) {
		return EventExternalizationConfiguration.externalizing()
			.select(CaseEventMessage::isCaseEvent)
			.routeAll((event) -> RoutingTarget.forTarget(topic).andKey(message(event).caseId().toString()))
			.headers((event) -> Map.of("linli_event_type", message(event).type(), "linli_event_id",
					message(event).id().toString()))
			.mapping(OutboundConfiguration::message)
			.build();
	}

	/** The message of an event; routing sees the event, headers may see the message. */
	private static CaseEventMessage message(Object event) {
		return (event instanceof CaseEventMessage message) ? message : CaseEventMessage.of(event).orElseThrow();
	}

}

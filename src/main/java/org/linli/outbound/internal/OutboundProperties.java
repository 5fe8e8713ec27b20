package org.linli.outbound.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param maxAttempts attempts at one webhook delivery before it waits for an
 * administrator
 * @param backoff the wait after the first failed attempt, doubled after each further one
 * @param maxBackoff the longest wait between attempts
 * @param timeout how long one attempt may take
 * @param topic the broker topic (Kafka) or exchange (AMQP) case events go to when
 * externalization is on; the key is the case id
 */
@ConfigurationProperties("linli.outbound")
public record OutboundProperties(@DefaultValue("10") int maxAttempts, @DefaultValue("30s") Duration backoff,
		@DefaultValue("6h") Duration maxBackoff, @DefaultValue("10s") Duration timeout,
		@DefaultValue("linli.case-events") String topic) {

	/** The wait before the next attempt after {@code attempts} failed ones. */
	Duration waitAfter(int attempts) {
		Duration wait = this.backoff.multipliedBy(1L << Math.min(Math.max(attempts - 1, 0), 20));
		return (wait.compareTo(this.maxBackoff) > 0) ? this.maxBackoff : wait;
	}

}

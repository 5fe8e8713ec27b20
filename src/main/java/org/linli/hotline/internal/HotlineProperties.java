package org.linli.hotline.internal;

import java.time.Duration;
import java.util.Locale;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param maxAttempts attempts at one callback before it waits for an administrator
 * @param backoff the wait after the first failed attempt, doubled after each further one
 * @param maxBackoff the longest wait between attempts
 * @param timeout how long one attempt may take
 * @param locale the language of the texts sent back to the hotline
 * @param importMaxRows the most tickets one file may hold
 */
@ConfigurationProperties("linli.hotline")
public record HotlineProperties(@DefaultValue("8") int maxAttempts, @DefaultValue("30s") Duration backoff,
		@DefaultValue("1h") Duration maxBackoff, @DefaultValue("10s") Duration timeout,
		@DefaultValue("zh-CN") Locale locale, @DefaultValue("5000") int importMaxRows) {

	/** The wait before the next attempt after {@code attempts} failed ones. */
	Duration waitAfter(int attempts) {
		Duration wait = this.backoff.multipliedBy(1L << Math.min(Math.max(attempts - 1, 0), 20));
		return (wait.compareTo(this.maxBackoff) > 0) ? this.maxBackoff : wait;
	}

}

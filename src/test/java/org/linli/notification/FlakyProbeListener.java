package org.linli.notification;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A listener that fails on the first delivery of each probe and succeeds on the next, as
 * a notifier would while its channel is down.
 */
@Component
class FlakyProbeListener {

	private final Set<String> failed = ConcurrentHashMap.newKeySet();

	private final Set<String> delivered = ConcurrentHashMap.newKeySet();

	@ApplicationModuleListener
	public void on(InboxProbe probe) {
		if (this.failed.add(probe.token())) {
			throw new IllegalStateException("channel down for " + probe.token());
		}
		this.delivered.add(probe.token());
	}

	public boolean hasFailed(String token) {
		return this.failed.contains(token);
	}

	public boolean hasDelivered(String token) {
		return this.delivered.contains(token);
	}

}

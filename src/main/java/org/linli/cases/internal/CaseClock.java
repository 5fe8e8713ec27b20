package org.linli.cases.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock that follows the system clock unless set to a fixed instant (tests do that to
 * dispatch at a known moment).
 */
public final class CaseClock extends Clock {

	private final Clock system;

	private final AtomicReference<Instant> fixed = new AtomicReference<>();

	CaseClock(Clock system) {
		this.system = system;
	}

	public void fixAt(Instant instant) {
		this.fixed.set(instant);
	}

	public void followSystem() {
		this.fixed.set(null);
	}

	@Override
	public ZoneId getZone() {
		return this.system.getZone();
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return this.system.withZone(zone);
	}

	@Override
	public Instant instant() {
		Instant instant = this.fixed.get();
		return (instant != null) ? instant : this.system.instant();
	}

}

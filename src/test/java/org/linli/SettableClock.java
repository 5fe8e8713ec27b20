package org.linli;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The system clock, unless a test fixes it at an instant to judge deadlines at a known
 * moment. Every {@link LinliTest} context uses it wherever the application asks for a
 * {@link Clock}.
 */
public final class SettableClock extends Clock {

	private final AtomicReference<Instant> fixed = new AtomicReference<>();

	public void fixAt(Instant instant) {
		this.fixed.set(instant);
	}

	public void followSystem() {
		this.fixed.set(null);
	}

	@Override
	public ZoneId getZone() {
		return ZoneId.of("UTC");
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return Clock.system(zone);
	}

	@Override
	public Instant instant() {
		Instant instant = this.fixed.get();
		return (instant != null) ? instant : Instant.now();
	}

}

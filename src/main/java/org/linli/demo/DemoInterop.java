package org.linli.demo;

import org.linli.hotline.HotlineKeys;
import org.linli.open311.Open311Keys;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The keys other systems use against the demo, registered on every start of the
 * {@code demo} profile (also on a database loaded before they existed).
 */
@Component
@Profile("demo")
class DemoInterop implements ApplicationRunner {

	static final String OPEN311_KEY = "linli-demo-open311";

	static final String HOTLINE_KEY = "linli-demo-hotline";

	private final Open311Keys open311Keys;

	private final HotlineKeys hotlineKeys;

	DemoInterop(Open311Keys open311Keys, HotlineKeys hotlineKeys) {
		this.open311Keys = open311Keys;
		this.hotlineKeys = hotlineKeys;
	}

	@Override
	public void run(ApplicationArguments args) {
		this.open311Keys.registerKnown("demo", OPEN311_KEY);
		this.hotlineKeys.registerKnown("demo", HOTLINE_KEY);
	}

}

package org.linli.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.util.StopWatch;

/**
 * Loads the demo street on the first start of the {@code demo} profile and tells the
 * newcomer where to go.
 */
@Component
@Profile("demo")
class DemoLoader implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoLoader.class);

	private final DemoStreet street;

	private final Environment environment;

	DemoLoader(DemoStreet street, Environment environment) {
		this.street = street;
		this.environment = environment;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.street.isLoaded()) {
			log.info("Demo street already loaded; keeping the stored data");
			return;
		}
		StopWatch watch = this.street.load();
		log.info("Demo street loaded in {} ms: {}", watch.getTotalTimeMillis(), watch.shortSummary());
		if (log.isDebugEnabled()) {
			log.debug(watch.prettyPrint());
		}
	}

	@EventListener(ApplicationReadyEvent.class)
	void announce() {
		String port = this.environment.getProperty("local.server.port", "8080");
		log.info("""

				  Linli is running at http://localhost:{}
				  Demo logins, all with the password {}:
				    admin, leader, dispatcher, staff1, staff2, worker1, worker2,
				    dept-cg, dept-lh, dept-fg, dept-pcs, resident1, resident2
				  API documentation: http://localhost:{}/swagger-ui.html
				""", port, DemoStreet.PASSWORD, port);
	}

}

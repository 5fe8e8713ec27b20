package org.linli.cases.internal;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class CasesConfiguration {

	/**
	 * The clock every case transition reads "now" from; the tests put a settable one in
	 * its place to judge deadlines at a known instant.
	 */
	@Bean
	Clock casesClock() {
		return Clock.systemUTC();
	}

}

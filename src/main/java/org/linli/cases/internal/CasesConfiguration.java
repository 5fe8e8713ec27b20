package org.linli.cases.internal;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class CasesConfiguration {

	/**
	 * The clock every case transition reads "now" from; tests fix it to judge deadlines
	 * at a known instant without touching other modules' time.
	 */
	@Bean
	CaseClock casesClock() {
		return new CaseClock(Clock.systemUTC());
	}

}

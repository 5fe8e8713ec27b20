package org.linli.ledger.internal;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The local evaluation rules a district may set.
 *
 * @param registrationWorkingHours working hours from report to registration that count as
 * on time (按时立案)
 * @param verificationWorkingHours working hours from a reported result to the check on
 * site that count as on time (按时核实)
 * @param scoreWeights the composite score's weights by indicator name (e.g.
 * {@code ON_TIME_REGISTRATION_RATE: 25}); only rates may carry weight
 * @param publicAreaCode the street or district the public evaluation page shows when none
 * is asked for
 */
@ConfigurationProperties("linli.ledger")
public record LedgerProperties(@DefaultValue("2") int registrationWorkingHours,
		@DefaultValue("8") int verificationWorkingHours, Map<Indicator, Double> scoreWeights,
		@DefaultValue("310107005") String publicAreaCode) {

	public LedgerProperties {
		scoreWeights = (scoreWeights == null || scoreWeights.isEmpty()) ? Map.of(Indicator.ON_TIME_REGISTRATION_RATE,
				25.0, Indicator.ACCURATE_REGISTRATION_RATE, 40.0, Indicator.ON_TIME_CLOSURE_RATE, 35.0)
				: Map.copyOf(scoreWeights);
	}

}

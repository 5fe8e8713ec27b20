package org.linli.resident.internal;

import org.linli.shared.privacy.FieldCipher;
import org.linli.shared.privacy.NameMask;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ResidentConfiguration {

	/**
	 * Refuses to start without a proper data key: personal data must never be stored
	 * unencrypted.
	 */
	@Bean
	PersonalData personalData(@Value("${linli.security.data-key:}") String dataKey) {
		return new PersonalData(FieldCipher.fromBase64Key(dataKey, "linli/resident/field-encryption/v1",
				"linli/resident/blind-index/v1"));
	}

	@Bean
	NameMask nameMask() {
		return NameMask.standard();
	}

}

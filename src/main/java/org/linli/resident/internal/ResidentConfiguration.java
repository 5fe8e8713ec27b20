package org.linli.resident.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;

@Configuration(proxyBeanMethods = false)
class ResidentConfiguration {

	/**
	 * Refuses to start without a proper data key: personal data must never be stored
	 * unencrypted.
	 */
	@Bean
	PersonalData personalData(@Value("${linli.security.data-key:}") String dataKey) {
		return new PersonalData(FieldCipher.fromBase64Key(dataKey));
	}

	@Bean
	NameMask nameMask() throws IOException {
		String text = new ClassPathResource("resident/compound-surnames.txt")
			.getContentAsString(StandardCharsets.UTF_8);
		Set<String> surnames = text.lines()
			.map(String::strip)
			.filter((line) -> !line.isEmpty() && !line.startsWith("#"))
			.collect(Collectors.toSet());
		return new NameMask(surnames);
	}

}

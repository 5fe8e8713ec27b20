package org.linli.open311.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * GeoReport is a public API of its own: no session, no CSRF token (a client posts with
 * its {@code api_key}, checked by the method itself), no login.
 */
@Configuration(proxyBeanMethods = false)
class Open311Security {

	@Bean
	@Order(0)
	SecurityFilterChain open311Chain(HttpSecurity http) {
		http.securityMatcher("/open311/**")
			.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll())
			.csrf((csrf) -> csrf.disable())
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
		return http.build();
	}

}

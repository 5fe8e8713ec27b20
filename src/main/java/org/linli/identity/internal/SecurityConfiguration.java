package org.linli.identity.internal;

import java.time.Clock;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Stream;

import com.github.benmanes.caffeine.cache.Ticker;
import com.nimbusds.jose.jwk.source.ImmutableSecret;

import org.linli.shared.web.StaticResources;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.MappedJwtClaimSetConverter;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Two doors to one set of accounts: the API under {@code /api/**} takes stateless bearer
 * tokens, the pages take a form login with a session and CSRF protection. Which records a
 * signed-in person may see is not decided here but by each module against
 * {@link org.linli.identity.Scope}, the same for both doors.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	static final String[] PUBLIC_API = { "/api/v1/auth/token", "/api/v1/areas/locate", "/api/v1/cases/nearby" };

	/**
	 * Residents may report a concern with photos and follow it by its private link
	 * without an account.
	 */
	static final String[] PUBLIC_CASE_API = { "/api/v1/cases", "/api/v1/track/**", "/api/v1/photos" };

	/** The resident's report form and private tracking page need no account either. */
	static final String[] PUBLIC_CASE_PAGES = { "/report", "/report/**", "/track/**", "/areas/outline.geojson" };

	static final String[] PUBLIC_PAGES = Stream
		.concat(Stream.of("/", "/login", "/error", "/favicon.ico", "/actuator/health", "/v3/api-docs/**",
				"/swagger-ui/**", "/swagger-ui.html", "/public/**"), Arrays.stream(StaticResources.paths()))
		.toArray(String[]::new);

	@Bean
	@Order(1)
	SecurityFilterChain apiChain(HttpSecurity http, JwtDecoder decoder, BearerUserConverter converter,
			ProblemResponses problems) {
		http.securityMatcher("/api/**")
			.authorizeHttpRequests((requests) -> requests.requestMatchers(HttpMethod.POST, PUBLIC_API[0])
				.permitAll()
				.requestMatchers(HttpMethod.GET, PUBLIC_API[1], PUBLIC_API[2])
				.permitAll()
				.requestMatchers(HttpMethod.POST, PUBLIC_CASE_API[0], PUBLIC_CASE_API[2])
				.permitAll()
				.requestMatchers(PUBLIC_CASE_API[1])
				.permitAll()
				.anyRequest()
				.authenticated())
			.csrf((csrf) -> csrf.disable())
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.oauth2ResourceServer(
					(server) -> server.jwt((jwt) -> jwt.decoder(decoder).jwtAuthenticationConverter(converter))
						.authenticationEntryPoint(problems)
						.accessDeniedHandler(problems))
			.exceptionHandling(
					(exceptions) -> exceptions.authenticationEntryPoint(problems).accessDeniedHandler(problems));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain pageChain(HttpSecurity http) {
		http.authorizeHttpRequests((requests) -> requests.requestMatchers(PUBLIC_PAGES)
			.permitAll()
			.requestMatchers(PUBLIC_CASE_PAGES)
			.permitAll()
			.anyRequest()
			.authenticated())
			.formLogin((form) -> form.loginPage("/login").defaultSuccessUrl("/home", true).permitAll())
			.logout((logout) -> logout.logoutSuccessUrl("/login?logout"))
			.headers((headers) -> headers
				.contentSecurityPolicy((csp) -> csp.policyDirectives("default-src 'self'; img-src 'self' data: blob:; "
						+ "style-src 'self'; script-src 'self'; object-src 'none'; frame-ancestors 'none'; "
						+ "base-uri 'self'; form-action 'self'"))
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)));
		return http.build();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return new DelegatingPasswordEncoder("argon2", Map.of("argon2",
				Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(), "bcrypt", new BCryptPasswordEncoder()));
	}

	@Bean
	AuthenticationManager authenticationManager(AccountStore accounts, PasswordEncoder passwordEncoder,
			org.springframework.security.authentication.AuthenticationEventPublisher events) {
		DaoAuthenticationProvider provider = new DaoAuthenticationProvider(accounts);
		provider.setPasswordEncoder(passwordEncoder);
		ProviderManager manager = new ProviderManager(provider);
		manager.setAuthenticationEventPublisher(events);
		return manager;
	}

	@Bean
	JwtEncoder jwtEncoder(SecurityProperties properties) {
		return new NimbusJwtEncoder(new ImmutableSecret<>(properties.tokenKey()));
	}

	/**
	 * Our issuer is a plain name ({@link TokenIssuer}); left to the default claim
	 * converter, every request would first fail to read it as a URL.
	 */
	@Bean
	JwtDecoder jwtDecoder(SecurityProperties properties) {
		NimbusJwtDecoder decoder = NimbusJwtDecoder.withSecretKey(properties.tokenKey())
			.macAlgorithm(MacAlgorithm.HS256)
			.build();
		decoder.setClaimSetConverter(
				MappedJwtClaimSetConverter.withDefaults(Map.of(JwtClaimNames.ISS, (issuer) -> issuer)));
		return new RememberingJwtDecoder(decoder, Clock.systemUTC(), Ticker.systemTicker());
	}

}

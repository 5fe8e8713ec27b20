package org.linli.hotline.internal;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.ObjectMapper;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

import org.linli.shared.Messages;

/**
 * A hotline system sends tickets with {@code X-Hotline-Key} instead of a person's bearer
 * token. Calls carrying the header go through this chain: a valid key authenticates as a
 * hotline client (authority {@code HOTLINE_CLIENT}, no person, so no first-contact
 * owner), an invalid one is refused with 401.
 */
@Configuration(proxyBeanMethods = false)
class HotlineKeySecurity {

	static final String HEADER = "X-Hotline-Key";

	static final String AUTHORITY = "HOTLINE_CLIENT";

	@Bean
	@Order(0)
	SecurityFilterChain hotlineKeyChain(HttpSecurity http, Keys keys, Messages messages, LocaleResolver locales,
			ObjectMapper json) {
		http.securityMatcher(
				(request) -> request.getRequestURI().startsWith(request.getContextPath() + "/api/v1/hotline/")
						&& request.getHeader(HEADER) != null)
			.authorizeHttpRequests((requests) -> requests.anyRequest().authenticated())
			.csrf((csrf) -> csrf.disable())
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.addFilterBefore(new KeyFilter(keys, messages, locales, json), AnonymousAuthenticationFilter.class);
		return http.build();
	}

	static final class KeyFilter extends OncePerRequestFilter {

		private final Keys keys;

		private final Messages messages;

		private final LocaleResolver locales;

		private final ObjectMapper json;

		KeyFilter(Keys keys, Messages messages, LocaleResolver locales, ObjectMapper json) {
			this.keys = keys;
			this.messages = messages;
			this.locales = locales;
			this.json = json;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			String client = this.keys.check(request.getHeader(HEADER)).orElse(null);
			if (client == null) {
				LocaleContextHolder.setLocale(this.locales.resolveLocale(request));
				ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED,
						this.messages.get("hotline.error.api-key"));
				problem.setProperty("code", "hotline.error.api-key");
				response.setStatus(HttpStatus.UNAUTHORIZED.value());
				response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
				response.setCharacterEncoding("UTF-8");
				this.json.writeValue(response.getOutputStream(), problem);
				LocaleContextHolder.resetLocaleContext();
				return;
			}
			SecurityContextHolder.getContext().setAuthentication(new HotlineClient(client));
			chain.doFilter(request, response);
		}

	}

	/** A hotline system, named after its key. */
	static final class HotlineClient extends AbstractAuthenticationToken {

		private final String name;

		HotlineClient(String name) {
			super(List.of(new SimpleGrantedAuthority(AUTHORITY)));
			this.name = name;
			setAuthenticated(true);
		}

		@Override
		public Object getCredentials() {
			return null;
		}

		@Override
		public Object getPrincipal() {
			return "hotline:" + this.name;
		}

	}

}

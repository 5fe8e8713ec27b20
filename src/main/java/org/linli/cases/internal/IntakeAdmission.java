package org.linli.cases.internal;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.linli.shared.OverloadedException;
import org.linli.shared.web.ProblemWriter;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Admits a report sent to Linli's own intake ({@code POST /api/v1/cases}, {@code POST
 * /report}) before anything else is done for it — before authentication, which reads the
 * account from the database. Under a flood, requests beyond the gate are answered 503 at
 * once instead of queueing for database connections ahead of the gate.
 */
@Configuration(proxyBeanMethods = false)
class IntakeAdmission {

	/** After the request context (locale) is set, before Spring Security. */
	private static final int ORDER = -104;

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> intakeAdmissionFilter(IntakeGate gate, ProblemWriter problems) {
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(
				new Filter(gate, problems));
		registration.addUrlPatterns("/api/v1/cases", "/report");
		registration.setOrder(ORDER);
		return registration;
	}

	static final class Filter extends OncePerRequestFilter {

		private final IntakeGate gate;

		private final ProblemWriter problems;

		Filter(IntakeGate gate, ProblemWriter problems) {
			this.gate = gate;
			this.problems = problems;
		}

		@Override
		protected boolean shouldNotFilter(HttpServletRequest request) {
			return !"POST".equals(request.getMethod());
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			IntakeGate.Pass pass;
			try {
				pass = this.gate.enter();
			}
			catch (OverloadedException ex) {
				response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(ex.retryAfterSeconds()));
				this.problems.write(request, response, HttpStatus.SERVICE_UNAVAILABLE, ex.messageKey(), ex.args());
				return;
			}
			try (pass) {
				chain.doFilter(request, response);
			}
		}

	}

}

package org.linli.cases.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.linli.shared.Messages;
import org.linli.shared.OverloadedException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
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
	FilterRegistrationBean<OncePerRequestFilter> intakeAdmissionFilter(IntakeGate gate, Messages messages,
			JsonMapper json) {
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(
				new Filter(gate, messages, json));
		registration.addUrlPatterns("/api/v1/cases", "/report");
		registration.setOrder(ORDER);
		return registration;
	}

	static final class Filter extends OncePerRequestFilter {

		private final IntakeGate gate;

		private final Messages messages;

		private final JsonMapper json;

		Filter(IntakeGate gate, Messages messages, JsonMapper json) {
			this.gate = gate;
			this.messages = messages;
			this.json = json;
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
				refuse(response, ex);
				return;
			}
			try (pass) {
				chain.doFilter(request, response);
			}
		}

		private void refuse(HttpServletResponse response, OverloadedException ex) throws IOException {
			ObjectNode problem = this.json.createObjectNode();
			problem.put("type", "about:blank");
			problem.put("title", this.messages.get("error.title.503"));
			problem.put("status", HttpStatus.SERVICE_UNAVAILABLE.value());
			problem.put("detail", this.messages.get(ex));
			problem.put("code", ex.messageKey());
			response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
			response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(ex.retryAfterSeconds()));
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.setCharacterEncoding(StandardCharsets.UTF_8.name());
			response.getWriter().write(this.json.writeValueAsString(problem));
		}

	}

}

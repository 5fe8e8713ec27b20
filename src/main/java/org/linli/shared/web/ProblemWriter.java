package org.linli.shared.web;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.ObjectMapper;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Writes the same localised problem details as every other API error, for requests
 * answered by a filter before Spring MVC handles them (security, intake admission). The
 * language is the one the pages and the API resolve for the request.
 */
@Component
public class ProblemWriter {

	private final MessageSource messages;

	private final LocaleResolver localeResolver;

	private final ObjectMapper json;

	ProblemWriter(MessageSource messages, LocaleResolver localeResolver, ObjectMapper json) {
		this.messages = messages;
		this.localeResolver = localeResolver;
		this.json = json;
	}

	public void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String key,
			Object... args) throws IOException {
		Locale locale = this.localeResolver.resolveLocale(request);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
				this.messages.getMessage(key, args, key, locale));
		problem.setTitle(this.messages.getMessage("error.title." + status.value(), null, locale));
		problem.setProperty("code", key);
		problem.setInstance(URI.create(request.getRequestURI()));
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		this.json.writeValue(response.getOutputStream(), problem);
	}

}

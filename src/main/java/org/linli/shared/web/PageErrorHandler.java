package org.linli.shared.web;

import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.linli.shared.ConflictException;
import org.linli.shared.ForbiddenException;
import org.linli.shared.InvalidInputException;
import org.linli.shared.LocalizedException;
import org.linli.shared.Messages;
import org.linli.shared.NotFoundException;
import org.linli.shared.OverloadedException;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * Renders the error page, in the viewer's language, for failures of page controllers.
 * Form validation errors are not handled here: page controllers show them next to their
 * fields.
 */
@Order(Ordered.LOWEST_PRECEDENCE)
@ControllerAdvice(annotations = Controller.class)
class PageErrorHandler {

	private final Messages messages;

	PageErrorHandler(Messages messages) {
		this.messages = messages;
	}

	@ExceptionHandler(NotFoundException.class)
	ModelAndView notFound(NotFoundException ex) {
		return page(HttpStatus.NOT_FOUND, ex);
	}

	@ExceptionHandler(ForbiddenException.class)
	ModelAndView forbidden(ForbiddenException ex) {
		return page(HttpStatus.FORBIDDEN, ex);
	}

	@ExceptionHandler(AccessDeniedException.class)
	ModelAndView accessDenied() {
		return page(HttpStatus.FORBIDDEN, this.messages.get("error.forbidden"));
	}

	/** A page's bad query parameter (form fields are answered by their own pages). */
	@ExceptionHandler(InvalidInputException.class)
	ModelAndView invalid(InvalidInputException ex) {
		return page(HttpStatus.BAD_REQUEST,
				ex.problems()
					.stream()
					.map((problem) -> this.messages.get(problem.messageKey(), problem.args()))
					.collect(Collectors.joining(" ")));
	}

	@ExceptionHandler(ConflictException.class)
	ModelAndView conflict(ConflictException ex) {
		return page(HttpStatus.CONFLICT, ex);
	}

	@ExceptionHandler(OverloadedException.class)
	ModelAndView overloaded(OverloadedException ex, HttpServletResponse response) {
		response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(ex.retryAfterSeconds()));
		return page(HttpStatus.SERVICE_UNAVAILABLE, ex);
	}

	private ModelAndView page(HttpStatus status, LocalizedException ex) {
		return page(status, this.messages.get(ex));
	}

	private ModelAndView page(HttpStatus status, String detail) {
		ModelAndView view = new ModelAndView("error", status);
		view.addObject("status", status.value());
		view.addObject("detail", detail);
		return view;
	}

}

package org.linli.shared.web;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.linli.shared.ConflictException;
import org.linli.shared.FieldProblem;
import org.linli.shared.ForbiddenException;
import org.linli.shared.InvalidInputException;
import org.linli.shared.LocalizedException;
import org.linli.shared.Messages;
import org.linli.shared.NotFoundException;
import org.linli.shared.OverloadedException;
import org.linli.shared.TooManyRequestsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every failure of an API call into RFC 9457 problem details whose {@code detail}
 * is in the caller's language. Anything unexpected is logged and answered as a 500
 * without internals.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(annotations = RestController.class)
class ApiProblemHandler extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiProblemHandler.class);

	private final Messages messages;

	ApiProblemHandler(Messages messages) {
		this.messages = messages;
	}

	@ExceptionHandler(NotFoundException.class)
	ProblemDetail notFound(NotFoundException ex) {
		return problem(HttpStatus.NOT_FOUND, ex);
	}

	@ExceptionHandler(ForbiddenException.class)
	ProblemDetail forbidden(ForbiddenException ex) {
		return problem(HttpStatus.FORBIDDEN, ex);
	}

	@ExceptionHandler(AccessDeniedException.class)
	ProblemDetail accessDenied(AccessDeniedException ex) {
		return problem(HttpStatus.FORBIDDEN, "error.forbidden");
	}

	@ExceptionHandler(AuthenticationException.class)
	ResponseEntity<ProblemDetail> authenticationFailed(AuthenticationException ex) {
		String key = switch (ex) {
			case LockedException locked -> "error.login.locked";
			case DisabledException disabled -> "error.login.disabled";
			default -> "error.login.failed";
		};
		return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
			.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
			.body(problem(HttpStatus.UNAUTHORIZED, key));
	}

	@ExceptionHandler(ConflictException.class)
	ProblemDetail conflict(ConflictException ex) {
		return problem(HttpStatus.CONFLICT, ex);
	}

	@ExceptionHandler(TooManyRequestsException.class)
	ResponseEntity<ProblemDetail> tooMany(TooManyRequestsException ex) {
		return retryLater(problem(HttpStatus.TOO_MANY_REQUESTS, ex), ex.retryAfterSeconds());
	}

	@ExceptionHandler(OverloadedException.class)
	ResponseEntity<ProblemDetail> overloaded(OverloadedException ex) {
		return retryLater(problem(HttpStatus.SERVICE_UNAVAILABLE, ex), ex.retryAfterSeconds());
	}

	/**
	 * No database connection came in time: the request changed nothing and may be sent
	 * again.
	 */
	@ExceptionHandler(CannotGetJdbcConnectionException.class)
	ResponseEntity<ProblemDetail> noConnection(CannotGetJdbcConnectionException ex) {
		log.warn("No database connection: {}", ex.getMessage());
		return retryLater(problem(HttpStatus.SERVICE_UNAVAILABLE, "error.busy"), 5);
	}

	private static ResponseEntity<ProblemDetail> retryLater(ProblemDetail problem, long seconds) {
		return ResponseEntity.status(problem.getStatus())
			.header(HttpHeaders.RETRY_AFTER, String.valueOf(seconds))
			.body(problem);
	}

	@ExceptionHandler(InvalidInputException.class)
	ProblemDetail invalid(InvalidInputException ex) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, ex);
		problem.setProperty("errors", ex.problems().stream().map(this::fieldError).toList());
		return problem;
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ProblemDetail typeMismatch(MethodArgumentTypeMismatchException ex) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "error.invalid-input");
		problem.setProperty("errors",
				List.of(fieldError(new FieldProblem(ex.getName(), "error.field.malformed", ex.getValue()))));
		return problem;
	}

	@ExceptionHandler(Exception.class)
	ProblemDetail unexpected(Exception ex) {
		log.error("Unexpected failure", ex);
		return problem(HttpStatus.INTERNAL_SERVER_ERROR, "error.unexpected");
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "error.invalid-input");
		problem.setProperty("errors",
				ex.getBindingResult()
					.getFieldErrors()
					.stream()
					.map(error -> Map.of("field", error.getField(), "detail", this.messages.get(error)))
					.toList());
		return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(problem);
	}

	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
			HttpStatusCode statusCode, WebRequest request) {
		if (body instanceof ProblemDetail problem) {
			problem.setDetail(this.messages.get("error.http." + statusCode.value()));
			problem.setType(URI.create("about:blank"));
		}
		return super.handleExceptionInternal(ex, body, headers, statusCode, request);
	}

	private Map<String, String> fieldError(FieldProblem problem) {
		return Map.of("field", problem.field(), "detail", this.messages.get(problem.messageKey(), problem.args()));
	}

	private ProblemDetail problem(HttpStatus status, LocalizedException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, this.messages.get(ex));
		problem.setTitle(this.messages.get("error.title." + status.value()));
		problem.setProperty("code", ex.messageKey());
		return problem;
	}

	private ProblemDetail problem(HttpStatus status, String key) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, this.messages.get(key));
		problem.setTitle(this.messages.get("error.title." + status.value()));
		problem.setProperty("code", key);
		return problem;
	}

}

package org.linli.open311.web;

import java.util.List;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import org.linli.open311.internal.GeoReport;
import org.linli.open311.internal.GeoReportException;
import org.linli.open311.internal.RequestFilter;
import org.linli.open311.web.GeoReportWriter.Format;
import org.linli.shared.Messages;
import org.linli.shared.OverloadedException;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * GeoReport v2 at {@code /open311/v2/}, each method as {@code .xml} and {@code .json}.
 * Reading is open to anyone; posting a request needs an {@code api_key}. Errors answer in
 * the specification's {@code errors} document, in the requested format.
 */
@RestController
@RequestMapping("/open311/v2")
class GeoReportController {

	private static final Logger log = LoggerFactory.getLogger(GeoReportController.class);

	private final GeoReport geoReport;

	private final ObjectMapper json;

	private final Messages messages;

	GeoReportController(GeoReport geoReport, ObjectMapper json, Messages messages) {
		this.geoReport = geoReport;
		this.json = json;
		this.messages = messages;
	}

	@GetMapping("/discovery.{format}")
	ResponseEntity<byte[]> discovery(@PathVariable String format) {
		String endpoint = ServletUriComponentsBuilder.fromCurrentContextPath().path("/open311/v2").toUriString();
		return answer(format, "discovery", () -> this.geoReport.discovery(endpoint));
	}

	@GetMapping("/services.{format}")
	ResponseEntity<byte[]> services(@PathVariable String format,
			@RequestParam(name = "jurisdiction_id", required = false) String jurisdictionId) {
		return answer(format, "services", () -> this.geoReport.services(jurisdictionId));
	}

	@GetMapping("/services/{code:[^.]+}.{format}")
	ResponseEntity<byte[]> definition(@PathVariable String code, @PathVariable String format,
			@RequestParam(name = "jurisdiction_id", required = false) String jurisdictionId) {
		return answer(format, "service_definition", () -> this.geoReport.definition(jurisdictionId, code));
	}

	@PostMapping("/requests.{format}")
	ResponseEntity<byte[]> post(@PathVariable String format, HttpServletRequest request,
			@RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
		return answer(format, "service_requests", () -> this.geoReport.post(request.getParameterMap(), idempotencyKey));
	}

	@GetMapping("/requests.{format}")
	ResponseEntity<byte[]> requests(@PathVariable String format,
			@RequestParam(name = "jurisdiction_id", required = false) String jurisdictionId,
			@RequestParam(name = "service_request_id", required = false) String serviceRequestIds,
			@RequestParam(name = "service_code", required = false) String serviceCodes,
			@RequestParam(name = "start_date", required = false) String startDate,
			@RequestParam(name = "end_date", required = false) String endDate,
			@RequestParam(required = false) String status, @RequestParam(required = false) String page,
			@RequestParam(name = "page_size", required = false) String pageSize) {
		RequestFilter filter = new RequestFilter(jurisdictionId, serviceRequestIds, serviceCodes, startDate, endDate,
				status, page, pageSize);
		return answer(format, "service_requests", () -> this.geoReport.requests(filter));
	}

	@GetMapping("/requests/{id:[^.]+}.{format}")
	ResponseEntity<byte[]> request(@PathVariable String id, @PathVariable String format,
			@RequestParam(name = "jurisdiction_id", required = false) String jurisdictionId) {
		return answer(format, "service_requests", () -> this.geoReport.request(jurisdictionId, id));
	}

	@GetMapping("/tokens/{token:[^.]+}.{format}")
	ResponseEntity<byte[]> token(@PathVariable String token, @PathVariable String format,
			@RequestParam(name = "jurisdiction_id", required = false) String jurisdictionId) {
		return answer(format, "service_requests", () -> this.geoReport.token(jurisdictionId, token));
	}

	@GetMapping("/servicerequestupdates.{format}")
	ResponseEntity<byte[]> updates(@PathVariable String format,
			@RequestParam(name = "jurisdiction_id", required = false) String jurisdictionId,
			@RequestParam(name = "start_date", required = false) String startDate,
			@RequestParam(name = "end_date", required = false) String endDate,
			@RequestParam(required = false) String page,
			@RequestParam(name = "page_size", required = false) String pageSize) {
		RequestFilter filter = new RequestFilter(jurisdictionId, null, null, startDate, endDate, null, page, pageSize);
		return answer(format, "service_request_updates", () -> this.geoReport.updates(filter));
	}

	@PostMapping("/servicerequestupdates.{format}")
	ResponseEntity<byte[]> postUpdate(@PathVariable String format, HttpServletRequest request) {
		return answer(format, "service_request_updates", () -> this.geoReport.postUpdate(request.getParameterMap()));
	}

	@ExceptionHandler(GeoReportException.class)
	ResponseEntity<byte[]> refused(GeoReportException ex, HttpServletRequest request) {
		return errors(Format.of(suffix(request)), ex.status(), ex.descriptions());
	}

	/** Intake is full: the spec's error body, with when to try again. */
	@ExceptionHandler(OverloadedException.class)
	ResponseEntity<byte[]> busy(OverloadedException ex, HttpServletRequest request) {
		ResponseEntity<byte[]> answer = errors(Format.of(suffix(request)), 503, List.of(this.messages.get(ex)));
		return ResponseEntity.status(answer.getStatusCode())
			.headers(answer.getHeaders())
			.header(HttpHeaders.RETRY_AFTER, String.valueOf(ex.retryAfterSeconds()))
			.body(answer.getBody());
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<byte[]> failed(Exception ex, HttpServletRequest request) {
		log.error("Open311 call {} failed", request.getRequestURI(), ex);
		return errors(Format.of(suffix(request)), 500, List.of(this.messages.get("open311.error.internal")));
	}

	private ResponseEntity<byte[]> answer(String format, String root, Supplier<JsonNode> document) {
		if (!Format.supported(format)) {
			throw new GeoReportException(400, this.messages.get("open311.error.format", format));
		}
		return GeoReportWriter.write(Format.of(format), 200, root, document.get(), this.json);
	}

	private ResponseEntity<byte[]> errors(Format format, int status, List<String> descriptions) {
		ArrayNode errors = JsonNodeFactory.instance.arrayNode();
		for (String description : descriptions) {
			ObjectNode error = errors.addObject();
			error.put("code", status);
			error.put("description", description);
		}
		return GeoReportWriter.write(format, status, "errors", errors, this.json);
	}

	private static String suffix(HttpServletRequest request) {
		String uri = request.getRequestURI();
		return uri.substring(uri.lastIndexOf('.') + 1);
	}

}

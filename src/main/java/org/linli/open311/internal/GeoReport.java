package org.linli.open311.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import org.linli.area.Area;
import org.linli.area.Areas;
import org.linli.calendar.WorkingCalendar;
import org.linli.cases.CaseId;
import org.linli.cases.CaseIntake;
import org.linli.cases.CaseStatus;
import org.linli.cases.CaseStatusQuery;
import org.linli.cases.CaseStatusReads;
import org.linli.cases.CaseStatusUpdate;
import org.linli.cases.CaseStatusView;
import org.linli.cases.Channel;
import org.linli.cases.ExternalReport;
import org.linli.cases.IntakeReceipt;
import org.linli.catalogue.Tier;
import org.linli.department.Departments;
import org.linli.open311.internal.Open311Requests.Submitted;
import org.linli.open311.internal.ResidentServices.AttributeValue;
import org.linli.open311.internal.ResidentServices.ResidentService;
import org.linli.open311.internal.ResidentServices.ServiceAttribute;
import org.linli.shared.ConflictException;
import org.linli.shared.InvalidInputException;
import org.linli.shared.Messages;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The GeoReport v2 methods, answering with the document each one returns as a tree of the
 * specification's field names; {@code GeoReportWriter} turns it into XML or JSON.
 * <p>
 * What the public feed shows: concerns classified under a published service's category
 * (private affairs never), and every request posted here. Only a posted request shows its
 * description and address (its author published them); for the others the point is
 * rounded to about 100 m.
 */
@Service
@Transactional(readOnly = true)
public class GeoReport {

	static final String SPECIFICATION = "http://wiki.open311.org/GeoReport_v2";

	static final List<String> FORMATS = List.of("text/xml", "application/json");

	private static final DateTimeFormatter W3C = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

	private static final Pattern ATTRIBUTE = Pattern.compile("attribute\\[([^\\]]+)\\](\\[\\])?");

	private static final Pattern MEDIA_URL = Pattern.compile("https?://\\S{1,490}");

	private static final int MAX_IDS = 100;

	private static final int DESCRIPTION_MAX = 4000;

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final int UPDATE_ID_MAX = 64;

	/** FixMyStreet's extended statuses a client may post an update with. */
	private static final Set<String> UPDATE_STATUSES = Set.of("OPEN", "CLOSED", "FIXED", "IN_PROGRESS",
			"ACTION_SCHEDULED", "INVESTIGATING", "DUPLICATE", "NOT_COUNCILS_RESPONSIBILITY", "NO_FURTHER_ACTION",
			"INTERNAL_REFERRAL", "REOPEN");

	private static final Set<String> RESOLVED_STATUSES = Set.of("CLOSED", "FIXED", "DUPLICATE",
			"NOT_COUNCILS_RESPONSIBILITY", "NO_FURTHER_ACTION");

	/** The staff's language, in which a concern's own text is written too. */
	private static final Locale STAFF = Locale.SIMPLIFIED_CHINESE;

	private final ResidentServices services;

	private final ApiKeys keys;

	private final Open311Requests requests;

	private final RequestUpdates updates;

	private final CaseIntake intake;

	private final CaseStatusReads reads;

	private final Departments departments;

	private final Areas areas;

	private final Messages messages;

	private final MessageSource messageSource;

	private final Clock clock;

	private final Open311Properties properties;

	private final ObjectMapper json;

	private final JsonNodeFactory nodes = JsonNodeFactory.instance;

	GeoReport(ResidentServices services, ApiKeys keys, Open311Requests requests, RequestUpdates updates,
			CaseIntake intake, CaseStatusReads reads, Departments departments, Areas areas, Messages messages,
			MessageSource messageSource, Clock clock, Open311Properties properties, ObjectMapper json) {
		this.services = services;
		this.keys = keys;
		this.requests = requests;
		this.updates = updates;
		this.intake = intake;
		this.reads = reads;
		this.departments = departments;
		this.areas = areas;
		this.messages = messages;
		this.messageSource = messageSource;
		this.clock = clock;
		this.properties = properties;
		this.json = json;
	}

	public ObjectNode discovery(String endpointUrl) {
		ObjectNode discovery = this.nodes.objectNode();
		discovery.put("changeset", this.properties.changeset());
		text(discovery, "contact", blankToNull(this.properties.contact()));
		text(discovery, "key_service", blankToNull(this.properties.keyService()));
		ObjectNode endpoint = discovery.putArray("endpoints").addObject();
		endpoint.put("specification", SPECIFICATION);
		endpoint.put("url", endpointUrl);
		endpoint.put("changeset", this.properties.changeset());
		endpoint.put("type", "production");
		ArrayNode formats = endpoint.putArray("formats");
		FORMATS.forEach(formats::add);
		return discovery;
	}

	public ArrayNode services(String jurisdictionId) {
		checkJurisdiction(jurisdictionId);
		boolean english = english();
		ArrayNode list = this.nodes.arrayNode();
		for (ResidentService service : this.services.all()) {
			ObjectNode node = list.addObject();
			node.put("service_code", service.code());
			node.put("service_name", service.name(english));
			node.put("description", service.category().description(english));
			node.put("metadata", !service.attributes().isEmpty());
			node.put("type", "realtime");
			node.put("keywords", service.category().keywords(english));
			node.put("group", service.category().group(english));
		}
		return list;
	}

	public ObjectNode definition(String jurisdictionId, String serviceCode) {
		checkJurisdiction(jurisdictionId);
		ResidentService service = this.services.find(serviceCode)
			.orElseThrow(() -> new GeoReportException(404,
					this.messages.get("open311.error.service-not-found", serviceCode)));
		boolean english = english();
		ObjectNode definition = this.nodes.objectNode();
		definition.put("service_code", service.code());
		ArrayNode attributes = definition.putArray("attributes");
		for (ServiceAttribute attribute : service.attributes()) {
			ObjectNode node = attributes.addObject();
			node.put("variable", attribute.variable());
			node.put("code", attribute.code());
			node.put("datatype", attribute.datatype());
			node.put("required", attribute.required());
			text(node, "datatype_description",
					english ? attribute.datatypeDescriptionEn() : attribute.datatypeDescription());
			node.put("order", attribute.order());
			node.put("description", english ? attribute.descriptionEn() : attribute.description());
			if (attribute.isList()) {
				ArrayNode values = node.putArray("values");
				for (AttributeValue value : attribute.values()) {
					ObjectNode valueNode = values.addObject();
					valueNode.put("key", value.key());
					valueNode.put("name", english ? value.nameEn() : value.name());
				}
			}
		}
		return definition;
	}

	/**
	 * POST requests: the API key is checked first (403), then every parameter (400, all
	 * problems at once), then the concern is taken in like any other.
	 */
	@Transactional
	public ArrayNode post(Map<String, String[]> parameters, String idempotencyKey) {
		checkJurisdiction(single(parameters, "jurisdiction_id"));
		UUID keyId = this.keys.check(single(parameters, "api_key"))
			.orElseThrow(() -> new GeoReportException(403, this.messages.get("open311.error.api-key")));
		List<String> problems = new ArrayList<>();
		String serviceCode = single(parameters, "service_code");
		ResidentService service = null;
		if (serviceCode == null) {
			problems.add(this.messages.get("open311.error.service-code-required"));
		}
		else {
			service = this.services.find(serviceCode).orElse(null);
			if (service == null) {
				problems.add(this.messages.get("open311.error.service-not-found", serviceCode));
			}
		}
		Double lat = coordinate(parameters, "lat", 90, problems);
		Double lon = coordinate(parameters, "long", 180, problems);
		if ((lat == null || lon == null) && problems.isEmpty()) {
			problems.add(this.messages.get("open311.error.location-required"));
		}
		String description = single(parameters, "description");
		if (description != null && description.length() > DESCRIPTION_MAX) {
			problems.add(this.messages.get("open311.error.description-too-long", DESCRIPTION_MAX));
		}
		String mediaUrl = single(parameters, "media_url");
		if (mediaUrl != null && !MEDIA_URL.matcher(mediaUrl).matches()) {
			problems.add(this.messages.get("open311.error.media-url"));
		}
		Map<String, List<String>> answers = (service != null) ? attributes(parameters, service, problems) : Map.of();
		if (!problems.isEmpty()) {
			throw new GeoReportException(400, problems);
		}
		String text = concernText(service, description, answers);
		String name = String.join("",
				Arrays.asList(single(parameters, "last_name"), single(parameters, "first_name"))
					.stream()
					.filter(Objects::nonNull)
					.toList());
		String key = (idempotencyKey != null && !idempotencyKey.isBlank()) ? "key:" + idempotencyKey.strip() : null;
		IntakeReceipt receipt = take(new ExternalReport(Channel.OPEN311, null, lat, lon,
				single(parameters, "address_string"), text, service.categoryCode(), name.isEmpty() ? null : name,
				single(parameters, "phone"), key, null, null));
		String token = this.requests.save(receipt.id(), receipt.number(), newToken(), service.code(), keyId,
				this.json.writeValueAsString(answers), mediaUrl, this.clock.instant());
		ArrayNode answer = this.nodes.arrayNode();
		ObjectNode created = answer.addObject();
		created.put("service_request_id", receipt.number());
		created.put("token", token);
		created.put("service_notice", notice(receipt));
		created.putNull("account_id");
		return answer;
	}

	public ArrayNode request(String jurisdictionId, String serviceRequestId) {
		checkJurisdiction(jurisdictionId);
		ArrayNode found = render(published(this.reads.findByNumbers(List.of(serviceRequestId))));
		if (found.isEmpty()) {
			throw new GeoReportException(404, this.messages.get("open311.error.request-not-found", serviceRequestId));
		}
		return found;
	}

	public ArrayNode token(String jurisdictionId, String token) {
		checkJurisdiction(jurisdictionId);
		String number = (token != null && token.length() <= 64) ? this.requests.numberOfToken(token).orElse(null)
				: null;
		if (number == null) {
			throw new GeoReportException(404, this.messages.get("open311.error.token-not-found", token));
		}
		ArrayNode answer = this.nodes.arrayNode();
		ObjectNode node = answer.addObject();
		node.put("service_request_id", number);
		node.put("token", token);
		return answer;
	}

	/**
	 * GET requests: a list of ids overrides every other filter; otherwise the window,
	 * service codes, status and page select newest first.
	 */
	public ArrayNode requests(RequestFilter filter) {
		checkJurisdiction(filter.jurisdictionId());
		if (filter.serviceRequestIds() != null && !filter.serviceRequestIds().isBlank()) {
			List<String> numbers = split(filter.serviceRequestIds());
			if (numbers.size() > MAX_IDS) {
				throw new GeoReportException(400, this.messages.get("open311.error.too-many-ids", MAX_IDS));
			}
			return render(published(this.reads.findByNumbers(numbers)));
		}
		List<String> problems = new ArrayList<>();
		Window window = window(filter, problems);
		Boolean open = status(filter.status(), problems);
		Page page = page(filter, problems);
		List<ResidentService> all = this.services.all();
		List<ResidentService> selected = selectedServices(filter.serviceCodes(), all, problems);
		if (!problems.isEmpty()) {
			throw new GeoReportException(400, problems);
		}
		Set<String> codes = selected.stream().map(ResidentService::code).collect(Collectors.toSet());
		boolean everyService = selected.size() == all.size();
		List<String> categories = selected.stream().map(ResidentService::categoryCode).distinct().toList();
		List<CaseId> posted = everyService ? List.of() : this.requests.postedUnder(codes,
				window.from().minus(1, ChronoUnit.DAYS), window.to().plus(1, ChronoUnit.DAYS));
		List<Channel> channels = everyService ? List.of(Channel.OPEN311) : List.of();
		List<CaseStatusView> found = this.reads.search(new CaseStatusQuery(categories, channels, posted, window.from(),
				window.to(), open, page.offset(), page.size()));
		List<Shown> shown = published(found).stream().filter((row) -> codes.contains(row.service().code())).toList();
		return render(shown);
	}

	/**
	 * GET servicerequestupdates (FixMyStreet's extension): the public steps of the feed's
	 * concerns in the window, oldest first, with FixMyStreet's extended statuses.
	 */
	public ArrayNode updates(RequestFilter filter) {
		checkJurisdiction(filter.jurisdictionId());
		List<String> problems = new ArrayList<>();
		Window window = window(filter, problems);
		Page page = page(filter, problems);
		if (!problems.isEmpty()) {
			throw new GeoReportException(400, problems);
		}
		List<String> categories = this.services.all().stream().map(ResidentService::categoryCode).distinct().toList();
		List<CaseStatusUpdate> updates = this.reads.updates(new CaseStatusQuery(categories, List.of(Channel.OPEN311),
				List.of(), window.from(), window.to(), null, page.offset(), page.size()));
		ArrayNode list = this.nodes.arrayNode();
		for (CaseStatusUpdate update : updates) {
			ObjectNode node = list.addObject();
			node.put("update_id", String.valueOf(update.id()));
			node.put("service_request_id", update.number());
			node.put("status", UpdateStatus.of(update.step()));
			node.put("updated_datetime", w3c(update.at()));
			node.put("description", update.text());
			node.putNull("media_url");
			node.put("external_status_code", update.step());
		}
		return list;
	}

	/**
	 * POST servicerequestupdates (FixMyStreet's extension): a resident's comment on a
	 * request becomes a note on the concern's timeline, once per client key and the
	 * client's {@code update_id} ({@code update_id_ext} from older FixMyStreet versions).
	 * The status the client sends is the resident's word, recorded with the note: it
	 * neither closes nor reopens the concern.
	 */
	@Transactional
	public ArrayNode postUpdate(Map<String, String[]> parameters) {
		checkJurisdiction(single(parameters, "jurisdiction_id"));
		UUID keyId = this.keys.check(single(parameters, "api_key"))
			.orElseThrow(() -> new GeoReportException(403, this.messages.get("open311.error.api-key")));
		List<String> problems = new ArrayList<>();
		String number = single(parameters, "service_request_id");
		if (number == null) {
			problems.add(this.messages.get("open311.error.request-id-required"));
		}
		String clientId = (single(parameters, "update_id") != null) ? single(parameters, "update_id")
				: single(parameters, "update_id_ext");
		if (clientId == null) {
			problems.add(this.messages.get("open311.error.update-id-required"));
		}
		else if (clientId.length() > UPDATE_ID_MAX) {
			problems.add(this.messages.get("open311.error.update-id", UPDATE_ID_MAX));
		}
		String description = single(parameters, "description");
		if (description == null) {
			problems.add(this.messages.get("open311.error.description-required"));
		}
		else if (description.length() > DESCRIPTION_MAX) {
			problems.add(this.messages.get("open311.error.description-too-long", DESCRIPTION_MAX));
		}
		String status = single(parameters, "status");
		if (status != null) {
			status = status.toUpperCase(Locale.ROOT);
			if (!UPDATE_STATUSES.contains(status)) {
				problems.add(this.messages.get("open311.error.update-status", single(parameters, "status")));
			}
		}
		Instant updatedAt = updatedAt(single(parameters, "updated_datetime"), problems);
		List<String> mediaUrls = mediaUrls(parameters, problems);
		if (!problems.isEmpty()) {
			throw new GeoReportException(400, problems);
		}
		Shown shown = published(this.reads.findByNumbers(List.of(number))).stream()
			.findFirst()
			.orElseThrow(
					() -> new GeoReportException(404, this.messages.get("open311.error.request-not-found", number)));
		CaseStatusView view = shown.view();
		Long updateId = this.updates
			.claim(keyId, clientId, view.id(), view.number(), status, updatedAt, this.clock.instant())
			.orElse(null);
		if (updateId == null) {
			RequestUpdates.Posted posted = this.updates.find(keyId, clientId).orElseThrow();
			if (!posted.caseId().equals(view.id())) {
				throw new GeoReportException(400, this.messages.get("open311.error.update-id-used", clientId));
			}
			updateId = posted.id();
		}
		else {
			String note = noteText(description, mediaUrls, status, view.isOpen());
			refusedAs400(() -> this.intake.addExternalNote(view.id(), Channel.OPEN311, keyId + "/" + clientId, note));
		}
		ArrayNode answer = this.nodes.arrayNode();
		ObjectNode created = answer.addObject();
		created.put("update_id", "note-" + updateId);
		created.putNull("account_id");
		return answer;
	}

	/**
	 * The note in the staff's language: the resident's words, their photos, and the
	 * status they gave, with what it does not do.
	 */
	private String noteText(String description, List<String> mediaUrls, String status, boolean caseOpen) {
		StringBuilder text = new StringBuilder(description);
		mediaUrls.forEach((url) -> text.append('\n').append(staffText("open311.note.media", url)));
		if (status != null) {
			boolean resolved = RESOLVED_STATUSES.contains(status);
			String key = resolved ? (caseOpen ? "open311.note.resolved-open" : "open311.note.resolved")
					: (caseOpen ? "open311.note.unresolved" : "open311.note.unresolved-closed");
			text.append('\n').append(staffText(key, status));
		}
		return text.toString();
	}

	private String staffText(String key, Object... args) {
		return this.messageSource.getMessage(key, args, STAFF);
	}

	private Instant updatedAt(String text, List<String> problems) {
		if (text == null) {
			return null;
		}
		try {
			return OffsetDateTime.parse(text).toInstant();
		}
		catch (DateTimeParseException ex) {
			problems.add(this.messages.get("open311.error.date", "updated_datetime", text));
			return null;
		}
	}

	/** mySociety's extension lets an update carry several {@code media_url}. */
	private List<String> mediaUrls(Map<String, String[]> parameters, List<String> problems) {
		String[] given = parameters.getOrDefault("media_url", new String[0]);
		List<String> urls = Arrays.stream(given)
			.filter((url) -> url != null && !url.isBlank())
			.map(String::strip)
			.distinct()
			.toList();
		if (urls.stream().anyMatch((url) -> !MEDIA_URL.matcher(url).matches())) {
			problems.add(this.messages.get("open311.error.media-url"));
		}
		return urls;
	}

	private IntakeReceipt take(ExternalReport report) {
		return refusedAs400(() -> this.intake.take(report));
	}

	/** What the cases module refuses is a bad request in GeoReport's terms. */
	private <T> T refusedAs400(Supplier<T> call) {
		try {
			return call.get();
		}
		catch (InvalidInputException ex) {
			List<String> problems = ex.problems()
				.stream()
				.map((problem) -> this.messages.get(problem.messageKey(), problem.args()))
				.toList();
			throw new GeoReportException(400, problems.isEmpty() ? List.of(this.messages.get(ex)) : problems);
		}
		catch (ConflictException ex) {
			throw new GeoReportException(400, this.messages.get(ex));
		}
	}

	/**
	 * The answers given as {@code attribute[code]=value} (a multi-value list also as
	 * {@code attribute[code][]=value} or the parameter repeated), checked against the
	 * service definition. Attributes the service does not define are ignored: clients
	 * such as FixMyStreet send their own.
	 */
	private Map<String, List<String>> attributes(Map<String, String[]> parameters, ResidentService service,
			List<String> problems) {
		Map<String, List<String>> given = new LinkedHashMap<>();
		parameters.forEach((name, values) -> {
			Matcher matcher = ATTRIBUTE.matcher(name);
			if (matcher.matches()) {
				Arrays.stream(values)
					.filter((value) -> value != null && !value.isBlank())
					.forEach((value) -> given.computeIfAbsent(matcher.group(1), (code) -> new ArrayList<>())
						.add(value.strip()));
			}
		});
		Map<String, List<String>> answers = new LinkedHashMap<>();
		for (ServiceAttribute attribute : service.attributes()) {
			List<String> values = given.getOrDefault(attribute.code(), List.of());
			if (values.isEmpty()) {
				if (attribute.required()) {
					problems.add(this.messages.get("open311.error.attribute-required", attribute.code()));
				}
				continue;
			}
			if (!"multivaluelist".equals(attribute.datatype()) && values.size() > 1) {
				problems.add(this.messages.get("open311.error.attribute-single", attribute.code()));
				continue;
			}
			for (String value : values) {
				if (!valid(attribute, value)) {
					problems.add(this.messages.get("open311.error.attribute-value", attribute.code(), value));
				}
			}
			answers.put(attribute.code(), values);
		}
		return answers;
	}

	private static boolean valid(ServiceAttribute attribute, String value) {
		return switch (attribute.datatype()) {
			case "singlevaluelist", "multivaluelist" -> attribute.value(value).isPresent();
			case "number" -> value.matches("-?[0-9]{1,12}(\\.[0-9]{1,6})?");
			case "datetime" -> parses(value);
			case "string" -> value.length() <= 200;
			default -> value.length() <= 1000;
		};
	}

	private static boolean parses(String value) {
		try {
			OffsetDateTime.parse(value);
			return true;
		}
		catch (DateTimeParseException ex) {
			return false;
		}
	}

	/**
	 * The concern's text: the description (the service's name when none was given)
	 * followed by one line per answered attribute, in the jurisdiction's language.
	 */
	private static String concernText(ResidentService service, String description, Map<String, List<String>> answers) {
		StringBuilder text = new StringBuilder((description != null) ? description : service.name());
		answers.forEach((code, values) -> {
			ServiceAttribute attribute = service.attribute(code).orElseThrow();
			String shown = values.stream()
				.map((value) -> attribute.value(value).map(AttributeValue::name).orElse(value))
				.collect(Collectors.joining(", "));
			text.append('\n').append(attribute.description()).append(' ').append(shown);
		});
		return text.toString();
	}

	private String notice(IntakeReceipt receipt) {
		String notice = this.messages.get("open311.notice.received", receipt.number());
		if (!receipt.possibleDuplicates().isEmpty()) {
			notice = notice + " " + this.messages.get("open311.notice.possible-duplicates",
					String.join(", ", receipt.possibleDuplicates()));
		}
		return notice;
	}

	/** The views the feed may show, each with the service it is listed under. */
	private List<Shown> published(List<CaseStatusView> views) {
		List<ResidentService> all = this.services.all();
		Map<String, ResidentService> byCode = all.stream()
			.collect(Collectors.toMap(ResidentService::code, Function.identity()));
		Map<String, ResidentService> byCategory = new LinkedHashMap<>();
		all.forEach((service) -> byCategory.putIfAbsent(service.categoryCode(), service));
		Map<CaseId, Submitted> submitted = this.requests.submitted(views.stream().map(CaseStatusView::id).toList());
		List<Shown> shown = new ArrayList<>();
		for (CaseStatusView view : views) {
			Submitted posted = submitted.get(view.id());
			if (posted != null && byCode.containsKey(posted.serviceCode())) {
				shown.add(new Shown(view, byCode.get(posted.serviceCode()), posted));
			}
			else if (view.categoryCode() != null && view.tier() != Tier.PRIVATE
					&& byCategory.containsKey(view.categoryCode())) {
				shown.add(new Shown(view, byCategory.get(view.categoryCode()), null));
			}
		}
		return shown;
	}

	private ArrayNode render(List<Shown> shown) {
		boolean english = english();
		ArrayNode list = this.nodes.arrayNode();
		for (Shown row : shown) {
			CaseStatusView view = row.view();
			boolean posted = row.posted() != null;
			ObjectNode node = list.addObject();
			node.put("service_request_id", view.number());
			node.put("status", view.isOpen() ? "open" : "closed");
			text(node, "status_notes", view.publicNote());
			node.put("service_name", row.service().name(english));
			node.put("service_code", row.service().code());
			text(node, "description", posted ? view.description() : null);
			text(node, "agency_responsible", agency(view, english));
			node.putNull("service_notice");
			node.put("requested_datetime", w3c(view.reportedAt()));
			text(node, "updated_datetime", w3c(view.updatedAt()));
			text(node, "expected_datetime", w3c(view.expectedAt()));
			text(node, "address", posted ? view.address() : null);
			node.putNull("address_id");
			node.putNull("zipcode");
			node.put("lat", posted ? view.lat() : rounded(view.lat()));
			node.put("long", posted ? view.lon() : rounded(view.lon()));
			text(node, "media_url", posted ? row.posted().mediaUrl() : null);
		}
		return list;
	}

	/**
	 * The department with the order, or the residents' committee for a community affair.
	 */
	private String agency(CaseStatusView view, boolean english) {
		if (view.departmentCode() != null) {
			return this.departments.find(view.departmentCode())
				.map((department) -> english ? department.nameEn() : department.name())
				.orElse(view.departmentCode());
		}
		if (view.status() == CaseStatus.COMMUNITY_HANDLING || view.tier() == Tier.COMMUNITY) {
			return this.areas.find(view.communityCode()).map(Area::name).orElse(null);
		}
		return null;
	}

	private Window window(RequestFilter filter, List<String> problems) {
		try {
			return Window.of(filter.startDate(), filter.endDate(), this.properties.window(), this.clock.instant());
		}
		catch (Window.Invalid ex) {
			problems.add(this.messages.get(ex.key(), ex.args()));
			return new Window(Instant.EPOCH, Instant.EPOCH);
		}
	}

	private Boolean status(String text, List<String> problems) {
		if (text == null || text.isBlank()) {
			return null;
		}
		Set<String> statuses = new LinkedHashSet<>();
		for (String status : split(text)) {
			String given = status.toLowerCase(Locale.ROOT);
			if (!given.equals("open") && !given.equals("closed")) {
				problems.add(this.messages.get("open311.error.status", status));
			}
			statuses.add(given);
		}
		return (statuses.size() == 1) ? statuses.contains("open") : null;
	}

	private List<ResidentService> selectedServices(String text, List<ResidentService> all, List<String> problems) {
		if (text == null || text.isBlank()) {
			return all;
		}
		List<ResidentService> selected = new ArrayList<>();
		for (String code : split(text)) {
			all.stream()
				.filter((service) -> service.code().equals(code))
				.findFirst()
				.ifPresentOrElse(selected::add,
						() -> problems.add(this.messages.get("open311.error.service-not-found", code)));
		}
		return selected;
	}

	private Page page(RequestFilter filter, List<String> problems) {
		int max = this.properties.maxRows();
		Integer page = number(filter.page(), 1, 1, Integer.MAX_VALUE / max, "page", problems);
		Integer size = number(filter.pageSize(), max, 1, max, "page_size", problems);
		if (page == null || size == null) {
			return new Page(0, max);
		}
		return new Page((page - 1) * size, size);
	}

	private Integer number(String text, int fallback, int min, int max, String name, List<String> problems) {
		if (text == null || text.isBlank()) {
			return fallback;
		}
		try {
			int value = Integer.parseInt(text.strip());
			if (value >= min && value <= max) {
				return value;
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		problems.add(this.messages.get("open311.error.number", name, min, max));
		return null;
	}

	private Double coordinate(Map<String, String[]> parameters, String name, double limit, List<String> problems) {
		String text = single(parameters, name);
		if (text == null) {
			return null;
		}
		try {
			double value = Double.parseDouble(text);
			if (value >= -limit && value <= limit) {
				return value;
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		problems.add(this.messages.get("open311.error.coordinate", name));
		return null;
	}

	private void checkJurisdiction(String jurisdictionId) {
		if (jurisdictionId != null && !jurisdictionId.isBlank()
				&& !jurisdictionId.strip().equals(this.properties.jurisdictionId())) {
			throw new GeoReportException(404,
					this.messages.get("open311.error.jurisdiction-not-found", jurisdictionId.strip()));
		}
	}

	private static boolean english() {
		return "en".equals(LocaleContextHolder.getLocale().getLanguage());
	}

	private static String single(Map<String, String[]> parameters, String name) {
		String[] values = parameters.get(name);
		if (values == null || values.length == 0 || values[0] == null || values[0].isBlank()) {
			return null;
		}
		return values[0].strip();
	}

	private static List<String> split(String text) {
		return Arrays.stream(text.split(",")).map(String::strip).filter((part) -> !part.isEmpty()).distinct().toList();
	}

	private static void text(ObjectNode node, String name, String value) {
		if (value == null) {
			node.putNull(name);
		}
		else {
			node.put(name, value);
		}
	}

	static String w3c(Instant instant) {
		return (instant != null) ? W3C.format(instant.truncatedTo(ChronoUnit.SECONDS).atZone(WorkingCalendar.ZONE))
				: null;
	}

	private static double rounded(double degrees) {
		return Math.round(degrees * 1000) / 1000.0;
	}

	private static String newToken() {
		byte[] bytes = new byte[16];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	private record Shown(CaseStatusView view, ResidentService service, Submitted posted) {
	}

	private record Page(int offset, int size) {
	}

}

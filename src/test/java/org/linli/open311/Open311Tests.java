package org.linli.open311;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.linli.DemoLogins;
import org.linli.LinliTest;
import org.linli.SettableClock;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * GeoReport v2: every method in XML and JSON, checked against the schemas; the API key;
 * every error the specification assigns; the filters and the default window; a posted
 * request that becomes a routed concern.
 */
@LinliTest
class Open311Tests {

	static final String KEY = "linli-demo-open311";

	/** The centres of the twelve grids of community 310107005003, used in turn. */
	private static final AtomicInteger SPOTS = new AtomicInteger();

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SettableClock clock;

	@Test
	void discoveryNamesTheEndpointAndBothFormats() throws Exception {
		JsonNode json = json("discovery", "/discovery.json", 200);
		assertThat(json.at("/endpoints/0/url").asText()).endsWith("/open311/v2");
		assertThat(json.at("/endpoints/0/formats").toString()).contains("text/xml", "application/json");
		assertThat(xml("discovery", "discovery", "/discovery.xml", 200)).isEqualTo(json);
	}

	@Test
	void servicesAreTheResidentServicesInBothFormatsAndLanguages() throws Exception {
		JsonNode json = json("services", "/services.json", 200);
		assertThat(json.size()).isGreaterThanOrEqualTo(15);
		JsonNode rubbish = service(json, "exposed-rubbish");
		assertThat(rubbish.get("service_name").asText()).isEqualTo("垃圾没人清运");
		assertThat(rubbish.get("metadata").asBoolean()).isTrue();
		assertThat(rubbish.get("type").asText()).isEqualTo("realtime");
		assertThat(service(json, "fire-lane").get("metadata").asBoolean()).isFalse();
		assertThat(xml("services", "services", "/services.xml", 200)).isEqualTo(json);

		String english = body(get("/open311/v2/services.json").header("Accept-Language", "en"), 200);
		assertThat(service(GeoReportDocuments.json(english), "exposed-rubbish").get("service_name").asText())
			.isEqualTo("Rubbish left uncollected");
	}

	@Test
	void serviceDefinitionListsTheAttributesWithTheirValues() throws Exception {
		JsonNode json = json("service-definition", "/services/broken-streetlight.json", 200);
		assertThat(json.get("service_code").asText()).isEqualTo("broken-streetlight");
		JsonNode problem = json.at("/attributes/0");
		assertThat(problem.get("code").asText()).isEqualTo("problem");
		assertThat(problem.get("datatype").asText()).isEqualTo("singlevaluelist");
		assertThat(problem.get("required").asBoolean()).isTrue();
		assertThat(problem.get("order").asInt()).isEqualTo(1);
		assertThat(problem.at("/values/0/key").asText()).isEqualTo("out");
		assertThat(xml("service-definition", "service_definition", "/services/broken-streetlight.xml", 200))
			.isEqualTo(json);
	}

	@Test
	void anUnknownServiceIsNotFoundInBothFormats() throws Exception {
		JsonNode json = json("errors", "/services/no-such-service.json", 404);
		assertThat(json.at("/0/code").asInt()).isEqualTo(404);
		assertThat(xml("errors", "errors", "/services/no-such-service.xml", 404)).isEqualTo(json);
	}

	@Test
	void anotherJurisdictionOrAnUnknownFormatIsRefused() throws Exception {
		json("errors", "/services.json?jurisdiction_id=elsewhere", 404);
		xml("errors", "errors", "/requests.xml?jurisdiction_id=elsewhere", 404);
		json("services", "/services.json?jurisdiction_id=linli", 200);
		xml("errors", "errors", "/services.csv", 400);
	}

	@Test
	void postingNeedsAnIssuedUnrevokedApiKey() throws Exception {
		double[] spot = spot();
		JsonNode missing = GeoReportDocuments.json(body(postRequest("json", null, spot, "exposed-rubbish"), 403));
		GeoReportDocuments.assertValid("errors.json", missing);
		assertThat(missing.at("/0/code").asInt()).isEqualTo(403);
		xmlBody("errors", "errors", body(postRequest("xml", "not-a-key", spot, "exposed-rubbish"), 403));

		String issued = body(post("/api/v1/open311/keys").contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"test client\"}")
			.with(DemoLogins.as(this.mvc, "admin")), 201);
		String key = JsonPath.read(issued, "$.key");
		String id = JsonPath.read(issued, "$.view.id");
		body(postRequest("json", key, spot, "exposed-rubbish"), 200);
		this.mvc.perform(delete("/api/v1/open311/keys/" + id).with(DemoLogins.as(this.mvc, "admin")))
			.andExpect(status().isNoContent());
		body(postRequest("json", key, spot(), "exposed-rubbish"), 403);

		this.mvc
			.perform(post("/api/v1/open311/keys").contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"sneaky\"}")
				.with(DemoLogins.as(this.mvc, "dispatcher")))
			.andExpect(status().isForbidden());
		assertThat(this.jdbc.sql(
				"select count(*) from open311.api_key where key_hash = encode(sha256(convert_to(:key, 'UTF8')), 'hex')")
			.param("key", key)
			.query(Long.class)
			.single()).as("only the hash is stored").isEqualTo(1);
	}

	@Test
	void aPostWithBadParametersNamesEveryProblem() throws Exception {
		MockHttpServletRequestBuilder bad = post("/open311/v2/requests.json")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.param("api_key", KEY)
			.param("lat", "north")
			.param("media_url", "ftp://example.org/x.jpg");
		JsonNode errors = GeoReportDocuments.json(body(bad, 400));
		GeoReportDocuments.assertValid("errors.json", errors);
		assertThat(errors.size()).isEqualTo(3);

		double[] spot = spot();
		MockHttpServletRequestBuilder attributes = postRequest("xml", KEY, spot, "broken-streetlight")
			.param("attribute[pole_number]", "A-17");
		JsonNode missing = xmlBody("errors", "errors", body(attributes, 400));
		assertThat(missing.at("/0/description").asText()).contains("problem");
		body(postRequest("json", KEY, spot, "broken-streetlight").param("attribute[problem]", "exploded"), 400);
		body(postRequest("json", KEY, spot, "no-such-service"), 400);
		body(postRequest("json", KEY, new double[] { 40.0, 116.4 }, "exposed-rubbish"), 400);
		body(post("/open311/v2/requests.json").param("api_key", KEY)
			.param("service_code", "exposed-rubbish")
			.param("address_string", "only an address"), 400);
	}

	@Test
	void aPostedRequestBecomesARoutedConcernAndReportsItsProgress() throws Exception {
		double[] spot = spot();
		String created = body(postRequest("xml", KEY, spot, "broken-streetlight").param("attribute[problem]", "out")
			.param("attribute[pole_number]", "CY-0815")
			.param("description", "The lamp at the corner has been dark for a week")
			.param("first_name", "Lei")
			.param("last_name", "Wang")
			.param("phone", "13912345678")
			.param("email", "wang.lei@example.org")
			.param("media_url", "https://example.org/lamp.jpg"), 200);
		JsonNode receipt = xmlBody("request-created", "service_requests", created);
		String number = receipt.at("/0/service_request_id").asText();
		String token = receipt.at("/0/token").asText();
		assertThat(receipt.at("/0/service_notice").asText()).contains(number);

		Map<String, Object> stored = this.jdbc
			.sql("select id, channel, grid_code, category_code, description, reporter_phone_masked from cases.case"
					+ " where number = :number")
			.param("number", number)
			.query()
			.singleRow();
		assertThat(stored.get("channel")).isEqualTo("OPEN311");
		assertThat((String) stored.get("grid_code")).startsWith("310107005003");
		assertThat(stored.get("category_code")).isEqualTo("01037");
		assertThat((String) stored.get("description")).contains("dark for a week", "CY-0815", "不亮");
		assertThat(stored.get("reporter_phone_masked")).isEqualTo("139****5678");
		String caseId = stored.get("id").toString();

		JsonNode reported = GeoReportDocuments.json(body(get("/open311/v2/requests/" + number + ".json"), 200));
		GeoReportDocuments.assertValid("requests.json", reported);
		assertThat(reported.at("/0/status").asText()).isEqualTo("open");
		assertThat(reported.at("/0/service_code").asText()).isEqualTo("broken-streetlight");
		assertThat(reported.at("/0/lat").asDouble()).isEqualTo(spot[0]);
		assertThat(reported.at("/0/media_url").asText()).isEqualTo("https://example.org/lamp.jpg");
		assertThat(reported.at("/0/requested_datetime").asText()).endsWith("+08:00");
		assertThat(reported.toString()).doesNotContain("13912345678", "wang.lei");

		act(caseId, "accept", "{\"tier\":\"MAJOR\",\"categoryCode\":\"01037\"}");
		act(caseId, "dispatch", "{\"departmentCode\":\"LH\"}");
		String inXml = body(get("/open311/v2/requests/" + number + ".xml"), 200);
		JsonNode dispatched = xmlBody("requests", "service_requests", inXml);
		assertThat(dispatched.at("/0/agency_responsible").asText()).isEqualTo("绿化市容");
		assertThat(dispatched.at("/0/expected_datetime").isNull()).isFalse();
		assertThat(dispatched.at("/0/status_notes").asText()).isEqualTo("您反映的问题已交给负责的部门。");
		assertThat(xmlBody("requests", "service_requests", inXml))
			.isEqualTo(GeoReportDocuments.json(body(get("/open311/v2/requests/" + number + ".json"), 200)));

		JsonNode byToken = GeoReportDocuments.json(body(get("/open311/v2/tokens/" + token + ".json"), 200));
		GeoReportDocuments.assertValid("token.json", byToken);
		assertThat(byToken.at("/0/service_request_id").asText()).isEqualTo(number);
		assertThat(xml("token", "service_requests", "/tokens/" + token + ".xml", 200)).isEqualTo(byToken);

		JsonNode updates = json("service-request-updates", "/servicerequestupdates.json", 200);
		assertThat(updates.findValuesAsText("service_request_id")).contains(number);
		assertThat(xml("service-request-updates", "service_request_updates", "/servicerequestupdates.xml", 200)
			.findValuesAsText("status")).contains("ACTION_SCHEDULED");
	}

	@Test
	void aRetriedPostWithTheSameIdempotencyKeyAnswersTheSameRequest() throws Exception {
		double[] spot = spot();
		String key = UUID.randomUUID().toString();
		String first = body(postRequest("json", KEY, spot, "fire-lane").header("Idempotency-Key", key), 200);
		String again = body(postRequest("json", KEY, spot, "fire-lane").header("Idempotency-Key", key), 200);
		assertThat(JsonPath.<String>read(again, "$[0].service_request_id"))
			.isEqualTo(JsonPath.<String>read(first, "$[0].service_request_id"));
		assertThat(JsonPath.<String>read(again, "$[0].token")).isEqualTo(JsonPath.<String>read(first, "$[0].token"));
	}

	@Test
	void unknownRequestsAndTokensAreNotFound() throws Exception {
		json("errors", "/requests/2026310107005999999.json", 404);
		xml("errors", "errors", "/requests/2026310107005999999.xml", 404);
		json("errors", "/tokens/no-such-token.json", 404);
		xml("errors", "errors", "/tokens/no-such-token.xml", 404);
	}

	@Test
	void theListFiltersByIdServiceStatusAndDates() throws Exception {
		String rubbish = posted("exposed-rubbish");
		String noise = posted("noise");
		String closed = posted("piled-clutter");
		reject(closed);

		JsonNode byIds = json("requests",
				"/requests.json?service_request_id=" + rubbish + "," + closed + "&service_code=noise&status=open", 200);
		assertThat(byIds.findValuesAsText("service_request_id")).as("ids override every other filter")
			.containsExactlyInAnyOrder(rubbish, closed);

		assertThat(numbers("/requests.json?service_code=noise")).contains(noise).doesNotContain(rubbish, closed);
		assertThat(numbers("/requests.json?service_code=noise,exposed-rubbish")).contains(noise, rubbish);
		assertThat(numbers("/requests.json?status=closed")).contains(closed).doesNotContain(rubbish, noise);
		assertThat(numbers("/requests.json?status=open")).contains(rubbish, noise).doesNotContain(closed);
		assertThat(numbers("/requests.json?status=open,closed")).contains(rubbish, noise, closed);

		String today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString();
		assertThat(numbers("/requests.json?start_date=" + today)).contains(rubbish);
		assertThat(numbers("/requests.json?end_date=2020-01-01T00:00:00Z")).doesNotContain(rubbish);
		assertThat(xml("requests", "service_requests", "/requests.xml?service_code=noise", 200)
			.findValuesAsText("service_request_id")).contains(noise);
	}

	@Test
	void theListRefusesBadFiltersWithEveryProblem() throws Exception {
		JsonNode errors = json("errors",
				"/requests.json?start_date=yesterday&status=pending&page=0&service_code=nothing", 400);
		assertThat(errors.size()).isEqualTo(4);
		json("errors", "/requests.json?start_date=2026-01-01T00:00:00Z&end_date=2026-06-01T00:00:00Z", 400);
		json("errors", "/requests.json?start_date=2026-06-01T00:00:00Z&end_date=2026-01-01T00:00:00Z", 400);
		xml("errors", "errors", "/requests.xml?page_size=5000", 400);
		json("errors", "/servicerequestupdates.json?end_date=soon", 400);
	}

	@Test
	void theDefaultWindowIsTheLastNinetyDaysAndPagesSplitTheList() throws Exception {
		Instant old = Instant.now().minus(Duration.ofDays(120));
		String oldNumber;
		try {
			this.clock.fixAt(old);
			oldNumber = posted("dirty-road");
		}
		finally {
			this.clock.followSystem();
		}
		String recent = posted("dirty-road");
		assertThat(numbers("/requests.json?service_code=dirty-road")).contains(recent).doesNotContain(oldNumber);
		String start = java.time.format.DateTimeFormatter.ISO_INSTANT.format(old.minus(Duration.ofDays(1)));
		assertThat(numbers("/requests.json?service_code=dirty-road&start_date=" + start)).contains(oldNumber)
			.doesNotContain(recent);

		posted("dirty-road");
		List<String> all = numbers("/requests.json?service_code=dirty-road");
		assertThat(all).hasSizeGreaterThanOrEqualTo(2);
		assertThat(numbers("/requests.json?service_code=dirty-road&page_size=1&page=1")).containsExactly(all.get(0));
		assertThat(numbers("/requests.json?service_code=dirty-road&page_size=1&page=2")).containsExactly(all.get(1));
	}

	@Test
	void concernsFromOtherChannelsShowNeitherTextNorExactPlace() throws Exception {
		String body = body(post("/api/v1/cases").contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"channel":"WEB","description":"rubbish behind building 3, call me on 13800001111","lat":31.24396,
					 "lon":121.40095,"address":"Room 502","categoryCode":"06010"}""")
			.with(DemoLogins.as(this.mvc, "resident1")), 201);
		String number = JsonPath.read(body, "$.number");
		JsonNode shown = json("requests", "/requests/" + number + ".json", 200);
		assertThat(shown.at("/0/service_code").asText()).isEqualTo("exposed-rubbish");
		assertThat(shown.at("/0/description").isNull()).isTrue();
		assertThat(shown.at("/0/address").isNull()).isTrue();
		assertThat(shown.at("/0/lat").asDouble()).isEqualTo(31.244);

		String privateAffair = JsonPath
			.read(body(post("/api/v1/cases").contentType(MediaType.APPLICATION_JSON).content("""
					{"channel":"WEB","description":"family quarrel","lat":31.24306,"lon":121.39884,
					 "categoryCode":"06010"}""").with(DemoLogins.as(this.mvc, "resident1")), 201), "$.id");
		act(privateAffair, "accept", "{\"tier\":\"PRIVATE\",\"categoryCode\":\"06010\"}");
		String privateNumber = this.jdbc.sql("select number from cases.case where id = cast(:id as uuid)")
			.param("id", privateAffair)
			.query(String.class)
			.single();
		json("errors", "/requests/" + privateNumber + ".json", 404);
		assertThat(numbers("/requests.json?service_code=exposed-rubbish")).contains(number)
			.doesNotContain(privateNumber);
	}

	@Test
	void aCommentPostedAsAnUpdateBecomesOneNoteOnTheConcernInBothFormats() throws Exception {
		String number = posted("bin-overflow");
		String clientId = "fms-" + UUID.randomUUID();
		MockHttpServletRequestBuilder update = postUpdate("json", KEY, number, clientId).param("status", "OPEN")
			.param("description", "Still overflowing this morning")
			.param("updated_datetime", "2026-11-22T08:00:00+08:00")
			.param("first_name", "Lei")
			.param("email", "wang.lei@example.org")
			.param("media_url", "https://example.org/bin.jpg");
		JsonNode first = GeoReportDocuments.json(body(update, 200));
		GeoReportDocuments.assertValid("update-created.json", first);
		String updateId = first.at("/0/update_id").asText();
		JsonNode again = GeoReportDocuments.json(body(update, 200));
		assertThat(again.at("/0/update_id").asText()).as("a retry answers the same update").isEqualTo(updateId);

		List<String> notes = notes(number);
		assertThat(notes).singleElement()
			.asString()
			.contains("Still overflowing this morning", "https://example.org/bin.jpg", "仍未解决（OPEN）")
			.doesNotContain("wang.lei");

		String inXml = body(postUpdate("xml", KEY, number, null).param("update_id_ext", "fms-" + UUID.randomUUID())
			.param("description", "Photo added"), 200);
		JsonNode xml = xmlBody("update-created", "service_request_updates", inXml);
		assertThat(xml.at("/0/update_id").asText()).startsWith("note-").isNotEqualTo(updateId);
		assertThat(inXml).contains("<service_request_updates><request_update><update_id>");
		assertThat(notes(number)).hasSize(2);
	}

	@Test
	void theStatusOfAnUpdateIsTheResidentsWordAndNeitherClosesNorReopens() throws Exception {
		String open = posted("flyposting");
		body(postUpdate("json", KEY, open, "fms-" + UUID.randomUUID()).param("status", "FIXED")
			.param("description", "Someone cleaned it"), 200);
		assertThat(caseStatus(open)).isEqualTo("REPORTED");
		assertThat(notes(open)).singleElement().asString().contains("已解决（FIXED）", "不会办结");

		String closed = posted("flyposting");
		reject(closed);
		body(postUpdate("json", KEY, closed, "fms-" + UUID.randomUUID()).param("status", "open")
			.param("description", "The adverts are back"), 200);
		assertThat(caseStatus(closed)).isEqualTo("REJECTED");
		assertThat(notes(closed)).singleElement().asString().contains("仍未解决（OPEN）", "已办结");
	}

	@Test
	void aBadUpdateIsRefusedAsTheSpecificationAssigns() throws Exception {
		String number = posted("noise");
		JsonNode forbidden = GeoReportDocuments
			.json(body(postUpdate("json", null, number, "x1").param("description", "too loud"), 403));
		GeoReportDocuments.assertValid("errors.json", forbidden);
		xmlBody("errors", "errors",
				body(postUpdate("xml", "not-a-key", number, "x1").param("description", "too loud"), 403));

		JsonNode everything = xmlBody("errors", "errors",
				body(post("/open311/v2/servicerequestupdates.xml").param("api_key", KEY)
					.param("description", "   ")
					.param("status", "SOLVED")
					.param("updated_datetime", "yesterday"), 400));
		assertThat(everything.size()).as(everything.toString()).isEqualTo(5);
		assertThat(everything.at("/0/code").asInt()).isEqualTo(400);

		String clientId = "fms-" + UUID.randomUUID();
		JsonNode unknown = GeoReportDocuments
			.json(body(postUpdate("json", KEY, "2026310107005999999", clientId).param("description", "hello"), 404));
		assertThat(unknown.at("/0/code").asInt()).isEqualTo(404);
		body(postUpdate("json", KEY, number, clientId).param("description", "hello"), 200);
		body(postUpdate("json", KEY, posted("noise"), clientId).param("description", "hello"), 400);
		assertThat(notes(number)).hasSize(1);
	}

	private List<String> notes(String number) {
		return this.jdbc.sql("""
				select e.note from cases.timeline_entry e join cases.case c on c.id = e.case_id
				 where c.number = :number and e.action = 'external-note' order by e.id""")
			.param("number", number)
			.query(String.class)
			.list();
	}

	private String caseStatus(String number) {
		return this.jdbc.sql("select status from cases.case where number = :number")
			.param("number", number)
			.query(String.class)
			.single();
	}

	private static MockHttpServletRequestBuilder postUpdate(String format, String key, String number, String updateId) {
		MockHttpServletRequestBuilder request = post("/open311/v2/servicerequestupdates." + format)
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.param("service_request_id", number);
		if (key != null) {
			request.param("api_key", key);
		}
		if (updateId != null) {
			request.param("update_id", updateId);
		}
		return request;
	}

	private String posted(String service) throws Exception {
		String created = body(postRequest("json", KEY, spot(), service), 200);
		return JsonPath.read(created, "$[0].service_request_id");
	}

	private void reject(String number) throws Exception {
		String id = this.jdbc.sql("select id::text from cases.case where number = :number")
			.param("number", number)
			.query(String.class)
			.single();
		act(id, "reject", "{\"reason\":\"private land, not a public matter\"}");
	}

	private void act(String caseId, String action, String json) throws Exception {
		body(post("/api/v1/cases/" + caseId + "/" + action).contentType(MediaType.APPLICATION_JSON)
			.content(json)
			.with(DemoLogins.as(this.mvc, "dispatcher")), 200);
	}

	private List<String> numbers(String path) throws Exception {
		return json("requests", path, 200).findValuesAsText("service_request_id");
	}

	private static MockHttpServletRequestBuilder postRequest(String format, String key, double[] spot, String service) {
		MockHttpServletRequestBuilder request = post("/open311/v2/requests." + format)
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.param("service_code", service)
			.param("lat", String.valueOf(spot[0]))
			.param("long", String.valueOf(spot[1]))
			.param("address_string", "Lane 3, Meiling Road");
		if (key != null) {
			request.param("api_key", key);
		}
		return request;
	}

	/** The next grid centre of community 310107005003, about 100 m from the last. */
	private static double[] spot() {
		int spot = SPOTS.getAndIncrement() % 12;
		return new double[] { 31.24576 - (spot / 3) * 0.0009, 121.39884 + (spot % 3) * 0.00105 };
	}

	private static JsonNode service(JsonNode services, String code) {
		for (JsonNode service : services) {
			if (service.get("service_code").asText().equals(code)) {
				return service;
			}
		}
		throw new AssertionError("no service " + code);
	}

	private JsonNode json(String schema, String path, int status) throws Exception {
		MockHttpServletResponse response = this.mvc.perform(get("/open311/v2" + path)).andReturn().getResponse();
		assertThat(response.getContentType()).isEqualToIgnoringCase("application/json; charset=utf-8");
		JsonNode document = GeoReportDocuments.json(checked(response, status));
		GeoReportDocuments.assertValid(schema + ".json", document);
		return document;
	}

	private JsonNode xml(String schema, String root, String path, int status) throws Exception {
		MockHttpServletResponse response = this.mvc.perform(get("/open311/v2" + path)).andReturn().getResponse();
		assertThat(response.getContentType()).isEqualToIgnoringCase("text/xml; charset=utf-8");
		return xmlBody(schema, root, checked(response, status));
	}

	private static JsonNode xmlBody(String schema, String root, String body) {
		JsonNode document = GeoReportDocuments.xml(body, root);
		GeoReportDocuments.assertValid(schema + ".json", document);
		return document;
	}

	private String body(MockHttpServletRequestBuilder request, int status) throws Exception {
		return checked(this.mvc.perform(request).andReturn().getResponse(), status);
	}

	private static String checked(MockHttpServletResponse response, int status) throws Exception {
		String body = response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(response.getStatus()).as(body).isEqualTo(status);
		return body;
	}

}

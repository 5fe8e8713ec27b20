package org.linli.hotline;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.jayway.jsonpath.JsonPath;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.linli.DemoLogins;
import org.linli.LinliTest;
import org.linli.SettableClock;
import org.linli.hotline.internal.CallbackSender;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

/**
 * The 12345 connector: tickets become hotline concerns once per ticket number, one by one
 * or from CSV and XLSX exports; the category table maps the hotline's categories; status
 * changes and the final reply go back through the outbox, retried until the hotline takes
 * them or an administrator steps in.
 */
@LinliTest
class HotlineTests {

	private static final String KEY = "linli-demo-hotline";

	private static final String SECRET = "hotline-shared-secret";

	private static final Duration WAIT = Duration.ofSeconds(20);

	/** The centres of the twelve grids of community 310107005004, used in turn. */
	private static final AtomicInteger SPOTS = new AtomicInteger();

	private static LocalHotline hotline;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SettableClock clock;

	@Autowired
	CallbackSender sender;

	@Autowired
	UserDetailsService users;

	@BeforeAll
	static void startHotline() throws Exception {
		hotline = new LocalHotline();
	}

	@AfterAll
	static void stopHotline() {
		hotline.close();
	}

	@BeforeEach
	void pointCallbacksAtTheLocalHotline() throws Exception {
		call(put("/api/v1/hotline/settings").contentType(MediaType.APPLICATION_JSON)
			.content("{\"callbackUrl\":\"" + hotline.url() + "\",\"secret\":\"" + SECRET + "\"}")
			.with(DemoLogins.as(this.mvc, "admin")), 200);
	}

	@Test
	void aTicketBecomesOneHotlineConcernHoweverOftenItIsSent() throws Exception {
		String number = ticketNumber();
		String ticket = ticket(number, "市容环境/暴露垃圾", "紧急");
		String first = call(post("/api/v1/hotline/tickets").contentType(MediaType.APPLICATION_JSON)
			.content(ticket)
			.with(DemoLogins.as(this.mvc, "dispatcher")), 201);
		assertThat(JsonPath.<String>read(first, "$.categoryCode")).isEqualTo("06010");
		assertThat(JsonPath.<String>read(first, "$.gridCode")).startsWith("310107005004");
		String caseNumber = JsonPath.read(first, "$.caseNumber");

		String again = call(post("/api/v1/hotline/tickets").contentType(MediaType.APPLICATION_JSON)
			.content(ticket.replace("rubbish", "more rubbish"))
			.header("X-Hotline-Key", KEY), 200);
		assertThat(JsonPath.<String>read(again, "$.caseNumber")).isEqualTo(caseNumber);
		assertThat(JsonPath.<Boolean>read(again, "$.created")).isFalse();

		Map<String, Object> stored = this.jdbc
			.sql("select channel, category_code, first_contact_owner, reporter_phone_masked, description"
					+ " from cases.case where number = :number")
			.param("number", caseNumber)
			.query()
			.singleRow();
		assertThat(stored).containsEntry("channel", "HOTLINE")
			.containsEntry("category_code", "06010")
			.containsEntry("first_contact_owner", "dispatcher")
			.containsEntry("reporter_phone_masked", "139****0000");
		assertThat(this.jdbc.sql("select urgency, imported_by from hotline.ticket where ticket_number = :number")
			.param("number", number)
			.query()
			.singleRow()).containsEntry("urgency", "URGENT").containsEntry("imported_by", "dispatcher");
		assertThat(this.jdbc
			.sql("select count(*) from cases.case c join hotline.ticket t on t.case_id = c.id"
					+ " where t.ticket_number = :number")
			.param("number", number)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void onlyDispatchersAdministratorsAndHotlineKeysMaySendTickets() throws Exception {
		String ticket = ticket(ticketNumber(), "市容环境/暴露垃圾", null);
		call(post("/api/v1/hotline/tickets").contentType(MediaType.APPLICATION_JSON).content(ticket), 401);
		call(post("/api/v1/hotline/tickets").contentType(MediaType.APPLICATION_JSON)
			.content(ticket)
			.header("X-Hotline-Key", "not-a-key"), 401);
		call(post("/api/v1/hotline/tickets").contentType(MediaType.APPLICATION_JSON)
			.content(ticket)
			.with(DemoLogins.as(this.mvc, "resident1")), 403);
		String created = call(post("/api/v1/hotline/tickets").contentType(MediaType.APPLICATION_JSON)
			.content(ticket)
			.header("X-Hotline-Key", KEY), 201);
		assertThat(this.jdbc.sql("select first_contact_owner from cases.case where number = :number")
			.param("number", JsonPath.<String>read(created, "$.caseNumber"))
			.query(String.class)
			.optional()).as("a key is no person").isEmpty();
		call(get("/api/v1/hotline/categories").header("X-Hotline-Key", KEY), 403);
	}

	@Test
	void aTicketWithMistakesIsRefusedWithEveryProblem() throws Exception {
		String body = call(post("/api/v1/hotline/tickets").contentType(MediaType.APPLICATION_JSON)
			.content("{\"ticketNumber\":\"bad number!\",\"receivedAt\":\"yesterday\",\"urgency\":\"whenever\"}")
			.header("X-Hotline-Key", KEY), 400);
		assertThat(JsonPath.<List<String>>read(body, "$.errors[*].field")).containsExactlyInAnyOrder("ticketNumber",
				"receivedAt", "urgency", "content");
	}

	@Test
	void csvAndXlsxExportsImportOnceAndNameTheBadRows() throws Exception {
		String first = ticketNumber();
		String second = ticketNumber();
		String addressOnly = ticketNumber();
		double[] spot = spot();
		String csv = "\uFEFF工单编号,来电时间,来电人,来电号码,诉求内容,事发地址,经度,纬度,诉求分类,紧急程度,办结时限\n" + first
				+ ",2026-11-20 09:15:00,张三,13900000001,楼下垃圾没人清运,枣阳路 100 号," + spot[1] + "," + spot[0]
				+ ",市容环境/暴露垃圾,一般,2026-11-21 17:00\n" + addressOnly
				+ ",2026-11-20 09:20:00,李四,13900000002,路灯不亮,曹杨四村 3 号楼旁,,," + "市政设施/路灯故障,一般,\n" + second
				+ ",2026/11/20 10:05,王五,13900000003,\"噪声扰民, 晚上施工\",梅岭北路," + spot()[1] + "," + spot()[0]
				+ ",建设管理/施工扰民,紧急,\n" + "HL-BADTIME,last night,赵六,13900000004,井盖丢了,杏山路,,,,一般,\n";
		String result = importFile("tickets.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
		assertThat(JsonPath.<Integer>read(result, "$.created")).isEqualTo(2);
		assertThat(JsonPath.<Integer>read(result, "$.awaitingLocation")).isEqualTo(1);
		assertThat(JsonPath.<Integer>read(result, "$.failed")).isEqualTo(1);
		assertThat(JsonPath.<Integer>read(result, "$.problems[0].line")).isEqualTo(5);
		assertThat(JsonPath.<String>read(result, "$.problems[0].ticketNumber")).isEqualTo("HL-BADTIME");

		String again = importFile("tickets.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
		assertThat(JsonPath.<Integer>read(again, "$.created")).isZero();
		assertThat(JsonPath.<Integer>read(again, "$.awaitingLocation")).isZero();
		assertThat(JsonPath.<Integer>read(again, "$.existing")).isEqualTo(3);

		String third = ticketNumber();
		byte[] xlsx = workbook(third, spot());
		String fromExcel = importFile("tickets.xlsx",
				"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx);
		assertThat(JsonPath.<Integer>read(fromExcel, "$.created")).as(fromExcel).isEqualTo(1);
		assertThat(JsonPath.<Integer>read(importFile("tickets.xlsx", "application/octet-stream", xlsx), "$.existing"))
			.isEqualTo(1);
		assertThat(this.jdbc.sql("select received_at from hotline.ticket where ticket_number = :number")
			.param("number", third)
			.query(Instant.class)
			.single()).isEqualTo(Instant.parse("2026-11-20T01:30:00Z"));

		call(multipart("/api/v1/hotline/tickets/import")
			.file(new MockMultipartFile("file", "x.csv", "text/csv", "a,b\n1,2\n".getBytes(StandardCharsets.UTF_8)))
			.header("X-Hotline-Key", KEY), 400);
	}

	@Test
	void theCategoryTableMapsHotlineCategoriesAndAnAdministratorEditsIt() throws Exception {
		String category = "市容环境/乱扔烟头-" + UUID.randomUUID().toString().substring(0, 6);
		String unmapped = call(post("/api/v1/hotline/tickets").contentType(MediaType.APPLICATION_JSON)
			.content(ticket(ticketNumber(), category, null))
			.header("X-Hotline-Key", KEY), 201);
		assertThat(unmapped).as("no category before triage").doesNotContain("categoryCode");
		String table = call(get("/api/v1/hotline/categories").with(DemoLogins.as(this.mvc, "admin")), 200);
		assertThat(JsonPath.<List<String>>read(table, "$.unmapped[*].hotlineCategory")).contains(category);
		assertThat(page(get("/admin/hotline"), 200)).contains(category);

		call(put("/api/v1/hotline/categories").contentType(MediaType.APPLICATION_JSON)
			.content("{\"hotlineCategory\":\"" + category + "\",\"categoryCode\":\"99999\"}")
			.with(DemoLogins.as(this.mvc, "admin")), 400);
		call(put("/api/v1/hotline/categories").contentType(MediaType.APPLICATION_JSON)
			.content("{\"hotlineCategory\":\"" + category + "\",\"categoryCode\":\"06012\"}")
			.with(DemoLogins.as(this.mvc, "dispatcher")), 403);
		call(put("/api/v1/hotline/categories").contentType(MediaType.APPLICATION_JSON)
			.content("{\"hotlineCategory\":\"" + category + "\",\"categoryCode\":\"06012\"}")
			.with(DemoLogins.as(this.mvc, "admin")), 200);

		String mapped = call(post("/api/v1/hotline/tickets").contentType(MediaType.APPLICATION_JSON)
			.content(ticket(ticketNumber(), category, null))
			.header("X-Hotline-Key", KEY), 201);
		assertThat(JsonPath.<String>read(mapped, "$.categoryCode")).isEqualTo("06012");
		assertThat(JsonPath.<List<String>>read(
				call(get("/api/v1/hotline/categories").with(DemoLogins.as(this.mvc, "admin")), 200),
				"$.unmapped[*].hotlineCategory"))
			.doesNotContain(category);
	}

	@Test
	void aFailedCallbackIsRetriedFromTheOutboxUntilTheHotlineTakesIt() throws Exception {
		String number = ticketNumber();
		hotline.failNext(number, 1);
		String caseId = caseIdOf(importTicket(number));
		act("dispatcher", caseId, "accept", "{\"tier\":\"MAJOR\",\"categoryCode\":\"06010\"}");
		await().atMost(WAIT).until(() -> callbackState(number, "ACCEPTED") != null);

		this.sender.sendDue();
		await().atMost(WAIT).until(() -> !hotline.callsAbout(number).isEmpty());
		assertThat(callbackState(number, "ACCEPTED")).isEqualTo("PENDING");
		String failing = call(
				get("/api/v1/hotline/callbacks").param("state", "failing").with(DemoLogins.as(this.mvc, "admin")), 200);
		assertThat(JsonPath.<List<String>>read(failing, "$[?(@.ticketNumber == '" + number + "')].lastError"))
			.singleElement()
			.asString()
			.contains("503");
		assertThat(page(get("/admin/hotline"), 200)).contains(number);

		try {
			this.clock.fixAt(Instant.now().plus(Duration.ofMinutes(2)));
			this.sender.sendDue();
			await().atMost(WAIT).until(() -> "SENT".equals(callbackState(number, "ACCEPTED")));
		}
		finally {
			this.clock.followSystem();
		}
		List<LocalHotline.Call> calls = hotline.callsAbout(number);
		assertThat(calls).extracting(LocalHotline.Call::status).containsExactly(503, 200);
		assertThat(calls.get(1).body()).isEqualTo(calls.get(0).body());
		assertThat(calls.get(1).eventId()).isEqualTo(calls.get(0).eventId());
		LocalHotline.Call accepted = calls.get(1);
		assertThat(accepted.signature()).isEqualTo("sha256=" + hmac(accepted.body()));
		assertThat(JsonPath.<String>read(accepted.body(), "$.status")).isEqualTo("ACCEPTED");
		assertThat(JsonPath.<String>read(accepted.body(), "$.statusText")).isEqualTo("已受理");
	}

	@Test
	void aCallbackThatKeepsFailingWaitsForAnAdministratorToRetryIt() throws Exception {
		String number = ticketNumber();
		hotline.failUntilReleased(number);
		String caseId = caseIdOf(importTicket(number));
		act("dispatcher", caseId, "reject", "{\"reason\":\"private courtyard, not public space\"}");
		await().atMost(WAIT).until(() -> callbackState(number, "REJECTED") != null);
		try {
			for (int minutes = 0; minutes <= 12 && !"FAILED".equals(callbackState(number, "REJECTED")); minutes += 3) {
				this.clock.fixAt(Instant.now().plus(Duration.ofMinutes(minutes)));
				this.sender.sendDue();
			}
		}
		finally {
			this.clock.followSystem();
		}
		assertThat(callbackState(number, "REJECTED")).isEqualTo("FAILED");
		assertThat(hotline.callsAbout(number)).hasSize(3);

		String failed = call(get("/api/v1/hotline/callbacks").with(DemoLogins.as(this.mvc, "admin")), 200);
		List<Integer> ids = JsonPath.read(failed, "$[?(@.ticketNumber == '" + number + "')].id");
		assertThat(ids).hasSize(1);
		String page = page(get("/admin/hotline"), 200);
		assertThat(page).contains(number, "/admin/hotline/callbacks/" + ids.getFirst() + "/retry");

		hotline.release(number);
		page(post("/admin/hotline/callbacks/" + ids.getFirst() + "/retry").with(csrf()), 302);
		this.sender.sendDue();
		await().atMost(WAIT).until(() -> "SENT".equals(callbackState(number, "REJECTED")));
		String reply = hotline.callsAbout(number).getLast().body();
		assertThat(JsonPath.<Boolean>read(reply, "$.final")).isTrue();
		assertThat(JsonPath.<String>read(reply, "$.reply")).isEqualTo("private courtyard, not public space");
	}

	@Test
	void everyStepAndTheFinalReplyGoBackInOrder() throws Exception {
		String number = ticketNumber();
		String caseId = caseIdOf(importTicket(number));
		act("dispatcher", caseId, "accept", "{\"tier\":\"MAJOR\",\"categoryCode\":\"06010\"}");
		act("dispatcher", caseId, "dispatch", "{\"departmentCode\":\"LH\"}");
		act("dept-lh", caseId, "sign", "{}");
		act("dept-lh", caseId, "handle", "{\"result\":\"rubbish cleared and the spot disinfected\"}");
		act("worker-004", caseId, "verify", "{\"passed\":true}");
		await().atMost(WAIT).until(() -> callbackState(number, "CLOSED") != null);
		await().atMost(WAIT).until(() -> {
			this.sender.sendDue();
			return hotline.callsAbout(number).size() >= 5;
		});
		List<String> statuses = hotline.callsAbout(number)
			.stream()
			.map((call) -> JsonPath.<String>read(call.body(), "$.status"))
			.toList();
		assertThat(statuses).containsExactly("ACCEPTED", "DISPATCHED", "IN_PROGRESS", "HANDLED", "CLOSED");
		String closed = hotline.callsAbout(number).getLast().body();
		assertThat(JsonPath.<String>read(closed, "$.reply")).isEqualTo("rubbish cleared and the spot disinfected");
		assertThat(JsonPath.<String>read(closed, "$.department")).isEqualTo("LH");
	}

	private String importTicket(String number) throws Exception {
		return call(post("/api/v1/hotline/tickets").contentType(MediaType.APPLICATION_JSON)
			.content(ticket(number, "市容环境/暴露垃圾", null))
			.header("X-Hotline-Key", KEY), 201);
	}

	private String caseIdOf(String receipt) {
		return this.jdbc.sql("select id::text from cases.case where number = :number")
			.param("number", JsonPath.<String>read(receipt, "$.caseNumber"))
			.query(String.class)
			.single();
	}

	private String callbackState(String ticketNumber, String status) {
		return this.jdbc.sql("select state from hotline.callback where ticket_number = :ticket and status = :status")
			.param("ticket", ticketNumber)
			.param("status", status)
			.query(String.class)
			.optional()
			.orElse(null);
	}

	private void act(String user, String caseId, String action, String body) throws Exception {
		call(post("/api/v1/cases/" + caseId + "/" + action).contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.with(DemoLogins.as(this.mvc, user)), 200);
	}

	private String importFile(String name, String type, byte[] content) throws Exception {
		return call(multipart("/api/v1/hotline/tickets/import").file(new MockMultipartFile("file", name, type, content))
			.with(DemoLogins.as(this.mvc, "dispatcher")), 200);
	}

	private static byte[] workbook(String number, double[] spot) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Workbook workbook = new Workbook(out, "Linli", "1.0");
		Worksheet sheet = workbook.newWorksheet("tickets");
		String[] headings = { "工单编号", "来电时间", "来电人", "来电号码", "诉求内容", "事发地址", "经度", "纬度", "诉求分类", "紧急程度" };
		for (int column = 0; column < headings.length; column++) {
			sheet.value(0, column, headings[column]);
		}
		sheet.value(1, 0, number);
		sheet.value(1, 1, LocalDateTime.parse("2026-11-20T09:30:00"));
		sheet.style(1, 1).format("yyyy-mm-dd hh:mm:ss").set();
		sheet.value(1, 2, "赵六");
		sheet.value(1, 3, 13900000004L);
		sheet.value(1, 4, "共享单车堵住小区门口");
		sheet.value(1, 5, "杏山路 20 号");
		sheet.value(1, 6, spot[1]);
		sheet.value(1, 7, spot[0]);
		sheet.value(1, 8, "城市管理/非机动车乱停放");
		sheet.value(1, 9, "一般");
		workbook.finish();
		return out.toByteArray();
	}

	private String ticket(String number, String category, String urgency) {
		double[] spot = spot();
		return """
				{"ticketNumber":"%s","receivedAt":"2026-11-20T09:15:00+08:00","callerName":"Zhang San",
				 "callerPhone":"13912340000","content":"exposed rubbish by the gate","address":"Zaoyang Road 100",
				 "lat":%s,"lon":%s,"hotlineCategory":"%s"%s,"deadline":"2026-11-21 17:00"}""".formatted(number, spot[0],
				spot[1], category, (urgency != null) ? ",\"urgency\":\"" + urgency + "\"" : "");
	}

	private static String ticketNumber() {
		return "HL" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
	}

	/** The next grid centre of community 310107005004. */
	private static double[] spot() {
		int spot = SPOTS.getAndIncrement() % 12;
		return new double[] { 31.24576 - (spot / 3) * 0.0009, 121.402 + (spot % 3) * 0.00105 };
	}

	private static String hmac(String body) throws Exception {
		Mac mac = Mac.getInstance("HmacSHA256");
		mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
		return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
	}

	private String page(MockHttpServletRequestBuilder request, int status) throws Exception {
		return call(request.with(user(this.users.loadUserByUsername("admin"))), status);
	}

	private String call(RequestBuilder request, int status) throws Exception {
		MockHttpServletResponse response = this.mvc.perform(request).andReturn().getResponse();
		String body = response.getContentAsString(StandardCharsets.UTF_8);
		assertThat(response.getStatus()).as(body).isEqualTo(status);
		return body;
	}

}

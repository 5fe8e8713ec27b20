package org.linli.cases.web;

import java.util.UUID;
import java.util.regex.Pattern;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.linli.LinliTest;
import org.linli.cases.CaseApi;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@LinliTest
class ConsolePagesTests {

	private static final String ROW = "class=\"console-row card\"";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Test
	void eachQueueShowsItsFirstTwentyRowsAndMoreOnDemand() throws Exception {
		CaseApi api = new CaseApi(this.mvc);
		for (int n = 0; n < 21; n++) {
			api.reported("resident1", "06010");
		}

		String console = body(page("dispatcher", get("/console")));
		assertThat(count(console, ROW)).isEqualTo(20);
		assertThat(console).contains("href=\"/console?queue=fresh&amp;size=40#fresh\"", ">20+<",
				"hx-get=\"/console?queue=fresh&amp;size=40\"", "hx-get=\"/console/duplicates?ids=");

		String more = body(page("dispatcher",
				get("/console").param("queue", "fresh").param("size", "40").header("HX-Request", "true")));
		assertThat(more).as("only the section, for htmx to swap in").startsWith("<section id=\"fresh\"");
		assertThat(more).as("new concerns are cards with their form, not also a table")
			.doesNotContain("<html", "id=\"to-dispatch\"", "<table");
		assertThat(count(more, ROW)).isBetween(21, 40);

		String whole = body(page("dispatcher", get("/console").param("queue", "fresh").param("size", "40")));
		assertThat(count(whole, ROW)).as("without htmx, the whole console with that queue longer")
			.isEqualTo(count(more, ROW));
		assertThat(whole).contains("<html", "id=\"to-dispatch\"");
	}

	@Test
	void theOtherQueuesAreTablesOfTheirCases() throws Exception {
		CaseApi api = new CaseApi(this.mvc);
		String id = api.reported("resident1", "06010");
		api.ok("dispatcher", id, "accept", "{\"tier\":\"MAJOR\",\"categoryCode\":\"06010\"}");

		String toDispatch = body(page("dispatcher",
				get("/console").param("queue", "to-dispatch").param("size", "200").header("HX-Request", "true")));

		assertThat(toDispatch).startsWith("<section id=\"to-dispatch\"")
			.contains("<table", "/cases/" + id)
			.doesNotContain("console-row");
	}

	@Test
	void theCallsForBlownWhistlesRefreshOnlyTheirOwnSection() throws Exception {
		String console = body(page("dispatcher", get("/console")));
		assertThat(console).contains("hx-get=\"/console?queue=whistles&amp;size=20\"", "hx-trigger=\"every 30s\"");
		String whistles = body(
				page("dispatcher", get("/console").param("queue", "whistles").header("HX-Request", "true")));
		assertThat(whistles).startsWith("<section id=\"whistles\"").doesNotContain("console-row");
	}

	@Test
	void anUnknownQueueOrSizeIsRefusedWithAMessage() throws Exception {
		page("dispatcher", get("/console").param("queue", "nope")).andExpect(status().isBadRequest())
			.andExpect((result) -> assertThat(result.getResponse().getContentAsString()).contains("没有名为“nope”的队列"));
		page("dispatcher", get("/console").param("queue", "fresh").param("size", "0"))
			.andExpect(status().isBadRequest())
			.andExpect((result) -> assertThat(result.getResponse().getContentAsString()).contains("每次最多显示 200 条"));
		page("resident1", get("/console/duplicates").param("ids", UUID.randomUUID().toString()))
			.andExpect(status().isForbidden());
	}

	@Test
	void possibleDuplicatesArriveAfterThePageEachIntoItsRow() throws Exception {
		CaseApi api = new CaseApi(this.mvc);
		double[] spot = { 31.24485, 121.39315 };
		String first = api
			.report("resident1", CaseApi.intake("WEB", spot, "06010", "rubbish by the gate, first report"), null)
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String second = api
			.report("resident1",
					CaseApi.intake("WEB", new double[] { spot[0] - 0.0001, spot[1] }, "06010",
							"rubbish by the gate, second report"),
					null)
			.andExpect((r) -> assertThat(r.getResponse().getStatus()).as(r.getResponse().getContentAsString())
				.isEqualTo(201))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String firstId = JsonPath.read(first, "$.id");
		String secondId = JsonPath.read(second, "$.id");

		String lists = body(
				page("dispatcher", get("/console/duplicates").param("ids", secondId).param("ids", firstId)));

		assertThat(lists).doesNotContain("<html");
		assertThat(list(lists, secondId)).contains("hx-swap-oob=\"true\"", JsonPath.read(first, "$.number"));
		assertThat(list(lists, firstId)).as("a later report is never offered")
			.doesNotContain((String) JsonPath.read(second, "$.number"));
	}

	private static String list(String lists, String id) {
		int start = lists.indexOf("id=\"dup-" + id + "\"");
		assertThat(start).as("a list for " + id).isNotNegative();
		return lists.substring(start, lists.indexOf("</ul>", start));
	}

	private static int count(String text, String part) {
		return text.split(Pattern.quote(part), -1).length - 1;
	}

	private static String body(ResultActions result) throws Exception {
		return result.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	private ResultActions page(String login, MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request.with(user(this.users.loadUserByUsername(login))));
	}

}

package org.linli.ledger.web;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

import com.jayway.jsonpath.JsonPath;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.linli.LinliTest;
import org.linli.cases.CaseApi;
import org.linli.ledger.LedgerAwait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The ledger pages and exports: the community's ledger lists its private affairs too and
 * prints; exports open in a spreadsheet with the Chinese text intact; a community sees
 * only itself; the public page shows no personal data.
 */
@LinliTest
class LedgerPagesTests {

	static final String COMMUNITY = "310107005001";

	static final String GUIDANCE = "请到社区事务受理中心办理居住证明";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	private String number;

	@BeforeEach
	void aPrivateAffairGuidedOnTheSpot() throws Exception {
		CaseApi api = new CaseApi(this.mvc);
		double[] spot = CaseApi.freshSpot();
		String body = api.report("resident1", CaseApi.intake("WEB", spot, "0.4", "need a residence certificate"), null)
			.andReturn()
			.getResponse()
			.getContentAsString();
		String id = JsonPath.read(body, "$.id");
		this.number = JsonPath.read(body, "$.number");
		api.ok("staff1", id, "accept", "{\"tier\":\"PRIVATE\"}");
		api.ok("staff1", id, "guide", "{\"guidance\":\"" + GUIDANCE + "\"}");
		LedgerAwait.settled(this.jdbc);
	}

	@Test
	void theCommunityLedgerListsPrivateAffairsWithWhatWasDoneAndPrints() throws Exception {
		Document page = page("staff1", "/ledger/" + COMMUNITY + "?tier=PRIVATE").andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString()
			.transform(Jsoup::parse);
		assertThat(page.select("table.ledger-table td").eachText()).contains(this.number)
			.anyMatch((text) -> text.contains(GUIDANCE));
		assertThat(page.select("[data-print]")).isNotEmpty();
		assertThat(page.select("link[href*=ledger.css]")).isNotEmpty();
		assertThat(page.select("script:not([src])")).as("no inline scripts").isEmpty();
	}

	@Test
	void aCommunitySeesOnlyItsOwnLedger() throws Exception {
		page("staff1", "/ledger/310107005002").andExpect(status().isNotFound());
		page("staff1", "/ledger/310107005").andExpect(status().isNotFound());
		page("staff1", "/ledger/310107005002/export?table=cases").andExpect(status().isNotFound());
		page("staff1", "/ledger").andExpect(status().is3xxRedirection());
	}

	@Test
	void aDepartmentsLedgerHoldsOnlyItsOwnOrders() throws Exception {
		Document page = Jsoup.parse(page("dept-lh", "/ledger/310107005").andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(page.select("table.ledger-table td").eachText()).doesNotContain(this.number);
		page("dept-lh", "/ledger/310107005?department=CG").andExpect(status().isNotFound());
	}

	@Test
	void theCsvExportOpensInExcelWithChineseHeadersAndText() throws Exception {
		byte[] csv = page("staff1", "/ledger/" + COMMUNITY + "/export?table=cases&format=csv&tier=PRIVATE")
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
		List<CSVRecord> records = CSVFormat.EXCEL
			.parse(new InputStreamReader(new ByteArrayInputStream(csv, 3, csv.length - 3), StandardCharsets.UTF_8))
			.getRecords();
		assertThat(records.get(0).get(0)).isEqualTo("编号");
		assertThat(records.get(0).get(10)).isEqualTo("办理情况");
		assertThat(records).anySatisfy((record) -> {
			assertThat(record.get(0)).isEqualTo(this.number);
			assertThat(record.get(4)).isEqualTo("私事");
			assertThat(record.get(10)).isEqualTo(GUIDANCE);
		});
	}

	@Test
	void theXlsxExportKeepsChineseTextAndNumbers() throws Exception {
		byte[] xlsx = page("staff1", "/ledger/" + COMMUNITY + "/export?table=cases&format=xlsx&tier=PRIVATE")
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
			List<Row> rows = workbook.getFirstSheet().read();
			assertThat(rows.get(0).getCellText(0)).isEqualTo("编号");
			assertThat(rows).anySatisfy((row) -> {
				assertThat(row.getCellText(0)).isEqualTo(this.number);
				assertThat(row.getCellText(10)).isEqualTo(GUIDANCE);
				assertThat(row.getCellAsNumber(13)).hasValue(java.math.BigDecimal.ZERO);
			});
		}
		byte[] indicators = page("leader", "/ledger/310107005/export?table=indicators&format=xlsx&groupBy=community")
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(indicators))) {
			List<Row> rows = workbook.getFirstSheet().read();
			assertThat(rows.get(0).getCellText(2)).isEqualTo("收集数");
			assertThat(rows.stream().map((row) -> row.getCellText(1)).collect(Collectors.toList())).contains("曹杨一村");
		}
	}

	@Test
	void thePublicEvaluationNeedsNoLoginAndShowsNoPersonalData() throws Exception {
		String html = this.mvc
			.perform(get("/public/evaluation").param("month",
					java.time.YearMonth.now(org.linli.calendar.WorkingCalendar.ZONE).toString()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("曹杨一村")
			.doesNotContain(this.number)
			.doesNotContain(GUIDANCE)
			.doesNotContain("need a residence certificate")
			.doesNotContain("resident1")
			.doesNotContain("staff1");
		assertThat(html).doesNotContainPattern("1[3-9]\\d{9}");
		this.mvc.perform(get("/public/evaluation").param("area", "999999")).andExpect(status().isNotFound());
	}

	@Test
	void rankingsMapReportAndCockpitFragmentRenderForTheLeader() throws Exception {
		Document rankings = Jsoup.parse(page("leader", "/ledger/310107005/rankings").andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(rankings.select("#ledger-trend").attr("data-trend")).contains("labels");
		assertThat(rankings.select("script[src*=echarts]")).isNotEmpty();
		assertThat(rankings.select("script:not([src])")).isEmpty();
		Document map = Jsoup
			.parse(page("leader", "/ledger/310107005/map?indicator=satisfactionRate").andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString());
		assertThat(map.select("#ledger-map").attr("data-values")).contains("values");
		assertThat(map.select("#ledger-legend")).isNotEmpty();
		page("leader", "/ledger/310107005/report?month=2026-10").andExpect(status().isOk());
		String fragment = page("leader", "/ledger/fragments/rankings?area=310107005").andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(fragment).contains("ledger-cockpit").doesNotContain("<html");
	}

	private ResultActions page(String login, String path) throws Exception {
		return this.mvc.perform(get(path).with(user(this.users.loadUserByUsername(login))));
	}

}

package org.linli.cases;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.linli.DemoLogins;
import org.linli.LinliTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Taking concerns in: idempotent retries, locating, validation, duplicates and merging.
 */
@LinliTest
class CaseIntakeTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void retryWithTheSameKeyAndBodyAnswersTheSameCaseAndStoresOne() throws Exception {
		CaseApi api = new CaseApi(this.mvc);
		String key = UUID.randomUUID().toString();
		String body = CaseApi.intake("WEB", CaseApi.freshSpot(), "06010", "rubbish again");
		String first = api.report("resident1", body, key)
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String second = api.report("resident1", body, key)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat((String) JsonPath.read(second, "$.id")).isEqualTo(JsonPath.read(first, "$.id"));
		assertThat((String) JsonPath.read(second, "$.number")).isEqualTo(JsonPath.read(first, "$.number"));
		assertThat(this.jdbc.sql("select count(*) from cases.case where description = 'rubbish again'")
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void simultaneousSubmissionsWithOneKeyStoreOneCase() throws Exception {
		CaseApi api = new CaseApi(this.mvc);
		String key = UUID.randomUUID().toString();
		String body = CaseApi.intake("WEB", CaseApi.freshSpot(), "06010", "submitted twice at once");
		DemoLogins.token(this.mvc, "resident1");
		CountDownLatch start = new CountDownLatch(1);
		Callable<String> submit = () -> {
			start.await();
			return JsonPath.read(api.report("resident1", body, key).andReturn().getResponse().getContentAsString(),
					"$.id");
		};
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			Future<String> first = pool.submit(submit);
			Future<String> second = pool.submit(submit);
			start.countDown();
			assertThat(first.get()).isEqualTo(second.get());
		}
		finally {
			pool.shutdown();
		}
		assertThat(this.jdbc.sql("select count(*) from cases.case where description = 'submitted twice at once'")
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void sameKeyWithAnotherBodyIsAConflictAndStoresNothing() throws Exception {
		CaseApi api = new CaseApi(this.mvc);
		String key = UUID.randomUUID().toString();
		double[] spot = CaseApi.freshSpot();
		api.report("resident1", CaseApi.intake("WEB", spot, "06010", "first words"), key)
			.andExpect(status().isCreated());
		api.report("resident1", CaseApi.intake("WEB", spot, "06010", "other words"), key)
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("cases.error.idempotency-mismatch"));
		assertThat(this.jdbc.sql("select count(*) from cases.case where description = 'other words'")
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void pointOutsideEveryGridIsRefusedWithAClearMessage() throws Exception {
		new CaseApi(this.mvc)
			.report("resident1", CaseApi.intake("WEB", new double[] { 39.9, 116.4 }, null, "far"), null)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("lat"))
			.andExpect(jsonPath("$.errors[0].detail").value(org.hamcrest.Matchers.containsString("39.9")));
	}

	@Test
	void badInputNamesEveryProblemAndStoresNothing() throws Exception {
		new CaseApi(this.mvc)
			.report(null, "{\"channel\":\"PIGEON\",\"lat\":95,\"lon\":121.39,\"categoryCode\":\"99999\"}", null)
			.andExpect(status().isBadRequest())
			.andExpect(
					jsonPath("$.errors[*].field", containsInAnyOrder("channel", "description", "lat", "categoryCode")));
	}

	@Test
	void nearbyOpenCaseOfTheSameClassIsOfferedAndMergingMakesTheReporterAFollower() throws Exception {
		CaseApi api = new CaseApi(this.mvc);
		double[] spot = CaseApi.freshSpot();
		String original = JsonPath.read(api.report("resident1", CaseApi.intake("WEB", spot, "06010", "pile"), null)
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.id");
		double[] nearby = { spot[0] - 0.0001, spot[1] };
		String repeat = api.report("resident2", CaseApi.intake("WEB", nearby, "06011", "pile of rubbish"), null)
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.possibleDuplicates[*].id", hasItem(original)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String repeatId = JsonPath.read(repeat, "$.id");

		api.act("resident2", repeatId, "merge", "{\"intoCaseId\":\"" + UUID.randomUUID() + "\"}")
			.andExpect(status().isNotFound());
		api.ok("resident2", repeatId, "merge", "{\"intoCaseId\":\"" + original + "\"}")
			.andExpect(jsonPath("$.status").value("MERGED"))
			.andExpect(jsonPath("$.mergedInto").value(original));
		api.read("resident2", "cases/" + original)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.followersCount").value(1));
		api.read("dispatcher", "cases/" + original + "/timeline")
			.andExpect(jsonPath("$[*].action", hasItem("merged-in")));
		api.read("dispatcher", "cases/" + repeatId + "/timeline").andExpect(jsonPath("$[*].action", hasItem("merge")));
	}

	@Test
	void possibleDuplicatesAreTheTenNearestRecentOpenOnesOfTheClassNearestFirst() throws Exception {
		CaseApi api = new CaseApi(this.mvc);
		double lat = 31.2375;
		double lon = 121.4065;
		List<String> nearestFirst = new ArrayList<>();
		for (int step = 1; step <= 11; step++) {
			nearestFirst.add(reportedAt(api, lat + step * 0.00003, lon, "06010"));
		}
		// 15 m east, between the 4th (13.4 m) and the 5th (16.7 m): further in degrees
		// than the 5th
		nearestFirst.add(4, reportedAt(api, lat, lon + 15 / (111_320 * Math.cos(Math.toRadians(lat))), "06010"));
		String stale = reportedAt(api, lat + 0.00001, lon, "06010");
		this.jdbc.sql("update cases.case set reported_at = now() - interval '8 days' where id = cast(? as uuid)")
			.param(stale)
			.update();
		String closed = reportedAt(api, lat, lon, "06010");
		this.jdbc.sql("update cases.case set status = 'CLOSED' where id = cast(? as uuid)").param(closed).update();
		reportedAt(api, lat + 0.00002, lon, "01001");
		reportedAt(api, lat + 0.0006, lon, "06010");

		String repeat = api
			.report("resident1", CaseApi.intake("WEB", new double[] { lat, lon }, "06012", "again"), null)
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<String> offered = JsonPath.read(repeat, "$.possibleDuplicates[*].id");
		assertThat(offered).containsExactlyElementsOf(nearestFirst.subList(0, 10));
	}

	private static String reportedAt(CaseApi api, double lat, double lon, String categoryCode) throws Exception {
		return JsonPath.read(api
			.report("resident1", CaseApi.intake("WEB", new double[] { lat, lon }, categoryCode, "near the gate"), null)
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.id");
	}

	@Test
	void aResidentCannotMergeIntoACaseThatIsNotANearbyDuplicate() throws Exception {
		CaseApi api = new CaseApi(this.mvc);
		String far = api.reported("resident1", "06010");
		String mine = api.reported("resident2", "06010");
		api.act("resident2", mine, "merge", "{\"intoCaseId\":\"" + far + "\"}").andExpect(status().isNotFound());
	}

}

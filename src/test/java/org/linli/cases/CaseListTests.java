package org.linli.cases;

import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.linli.LinliTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The list pages in the database, newest first, and the traffic-light filter keeps only
 * cases of that light.
 */
@LinliTest
class CaseListTests {

	@Autowired
	MockMvc mvc;

	@Test
	void pagesFollowEachOtherWithoutOverlapAndCountEveryMatch() throws Exception {
		CaseApi api = new CaseApi(this.mvc);
		for (int i = 0; i < 3; i++) {
			api.reported("resident1", "06010");
		}
		String first = api.read("dispatcher", "cases?status=REPORTED&size=2&page=0")
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String second = api.read("dispatcher", "cases?status=REPORTED&size=2&page=1")
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<String> firstIds = JsonPath.read(first, "$.items[*].id");
		List<String> secondIds = JsonPath.read(second, "$.items[*].id");
		long total = ((Number) JsonPath.read(first, "$.total")).longValue();
		assertThat(total).isGreaterThanOrEqualTo(3);
		assertThat(((Number) JsonPath.read(second, "$.total")).longValue()).isEqualTo(total);
		assertThat(firstIds).hasSize(2).doesNotContainAnyElementsOf(secondIds);
		assertThat(secondIds).isNotEmpty();
	}

	@Test
	void theLightFilterKeepsOnlyCasesOfThatLight() throws Exception {
		String id = new CaseApi(this.mvc).dispatchedToLh();
		new CaseApi(this.mvc).read("dispatcher", "cases?light=GREEN&size=200")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].id", hasItem(id)))
			.andExpect(jsonPath("$.items[*].light", everyItem(is("GREEN"))));
		new CaseApi(this.mvc).read("dispatcher", "cases?light=RED&size=200")
			.andExpect(jsonPath("$.items[*].id", not(hasItem(id))));
	}

}

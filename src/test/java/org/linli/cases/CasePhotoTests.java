package org.linli.cases;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.linli.LinliTest;
import org.linli.media.internal.Photos;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A resident attaches photos to a report and the department attaches photos to its
 * result; both are read with the case, within the case's scope.
 */
@LinliTest
class CasePhotoTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theReportersAndTheHandlersPhotosStayWithTheCase() throws Exception {
		CaseApi api = new CaseApi(this.mvc);
		String before = upload(Photos.jpeg());
		String body = api
			.report(null,
					CaseApi.intake("WEB", CaseApi.freshSpot(), "06010", "rubbish")
						.replace("}", ",\"photoIds\":[\"" + before + "\"]}"),
					null)
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String id = JsonPath.read(body, "$.id");
		api.ok("dispatcher", id, "accept", "{\"tier\":\"MAJOR\",\"categoryCode\":\"06010\"}");
		api.ok("dispatcher", id, "dispatch", "{}");
		api.ok("dept-lh", id, "sign", "{}");
		String after = upload(Photos.png());
		api.ok("dept-lh", id, "handle", "{\"result\":\"cleared\",\"photoIds\":[\"" + after + "\"]}");

		api.read("dispatcher", "cases/" + id + "/photos")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(2))
			.andExpect(jsonPath("$[0].id").value(before))
			.andExpect(jsonPath("$[0].stage").value("REPORT"))
			.andExpect(jsonPath("$[1].id").value(after))
			.andExpect(jsonPath("$[1].stage").value("RESULT"))
			.andExpect(jsonPath("$[1].href").value("/api/v1/photos/" + after));
		api.read("staff2", "cases/" + id + "/photos").andExpect(status().isNotFound());
		api.read("dispatcher", "photos/" + after).andExpect(status().isOk());
		api.read("staff1", "photos/" + before).andExpect(status().isOk());
		api.read("staff2", "photos/" + before).andExpect(status().isNotFound());
		api.read("dept-cg", "photos/" + after).andExpect(status().isNotFound());
	}

	@Test
	void aReportNamingAPhotoThatWasNeverUploadedIsRefusedAndNothingIsStored() throws Exception {
		CaseApi api = new CaseApi(this.mvc);
		long cases = this.jdbc.sql("select count(*) from cases.case").query(Long.class).single();
		api.report("resident1",
				CaseApi.intake("WEB", CaseApi.freshSpot(), "06010", "rubbish")
					.replace("}", ",\"photoIds\":[\"6f1c3a52-0000-4000-8000-000000000000\"]}"),
				null)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("photoIds[0]"));
		assertThat(this.jdbc.sql("select count(*) from cases.case").query(Long.class).single()).isEqualTo(cases);
	}

	private String upload(byte[] photo) throws Exception {
		String body = this.mvc
			.perform(multipart("/api/v1/photos").file(new MockMultipartFile("file", "p", null, photo)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JsonPath.read(body, "$.id");
	}

}

package org.linli.media.web;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.linli.DemoLogins;
import org.linli.LinliTest;
import org.linli.media.internal.Photos;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@LinliTest
class PhotoApiTests {

	@Autowired
	MockMvc mvc;

	@Test
	void uploadAnswersCreatedAndDownloadStreamsTheSameBytesWithTheSniffedType() throws Exception {
		byte[] png = Photos.png();
		// The client claims a JPEG named .jpg; the bytes say PNG, and the bytes win.
		MockMultipartFile file = new MockMultipartFile("file", "holiday.jpg", "image/jpeg", png);

		String body = this.mvc.perform(multipart("/api/v1/photos").file(file).with(DemoLogins.as(this.mvc, "worker1")))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.contentType").value("image/png"))
			.andExpect(jsonPath("$.size").value(png.length))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String id = JsonPath.read(body, "$.id");

		this.mvc.perform(get("/api/v1/photos/" + id).with(DemoLogins.as(this.mvc, "staff1")))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/photos/" + id).with(DemoLogins.as(this.mvc, "worker1")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "image/png"))
			.andExpect(header().string("Cache-Control", "private"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(content().bytes(png));
	}

	@Test
	void textFileNamedAsJpegIsRefusedWithALocalisedProblem() throws Exception {
		MockMultipartFile file = new MockMultipartFile("file", "photo.jpg", "image/jpeg",
				"#!/bin/sh\necho hello\n".getBytes(StandardCharsets.UTF_8));

		this.mvc
			.perform(multipart("/api/v1/photos").file(file)
				.header("Accept-Language", "en")
				.with(DemoLogins.as(this.mvc, "worker1")))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(content().string(containsString("Only JPEG, PNG, WebP or HEIC")));
	}

	@Test
	void emptyFileIsRefused() throws Exception {
		MockMultipartFile file = new MockMultipartFile("file", "empty.png", "image/png", new byte[0]);

		this.mvc
			.perform(multipart("/api/v1/photos").file(file)
				.header("Accept-Language", "en")
				.with(DemoLogins.as(this.mvc, "worker1")))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("The photo file is empty")));
	}

	@Test
	void missingFilePartIsRefused() throws Exception {
		this.mvc.perform(multipart("/api/v1/photos").with(DemoLogins.as(this.mvc, "worker1")))
			.andExpect(status().isBadRequest());
	}

	@Test
	void fileOverTheConfiguredLimitIsRefused() throws Exception {
		byte[] large = new byte[10 * 1024 * 1024 + 1];
		System.arraycopy(Photos.jpeg(), 0, large, 0, 3);
		MockMultipartFile file = new MockMultipartFile("file", "large.jpg", "image/jpeg", large);

		this.mvc
			.perform(multipart("/api/v1/photos").file(file)
				.header("Accept-Language", "en")
				.with(DemoLogins.as(this.mvc, "worker1")))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("at most 10.0 MB")));
	}

	@Test
	void unknownOrMalformedIdAnswersNotFound() throws Exception {
		this.mvc.perform(get("/api/v1/photos/" + UUID.randomUUID()).with(DemoLogins.as(this.mvc, "staff1")))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/photos/not-a-uuid").with(DemoLogins.as(this.mvc, "staff1")))
			.andExpect(status().isNotFound());
	}

	@Test
	void aResidentWithoutAnAccountMayUploadAPhotoForTheirReport() throws Exception {
		MockMultipartFile file = new MockMultipartFile("file", "rubbish.jpg", "image/jpeg", Photos.jpeg());
		this.mvc.perform(multipart("/api/v1/photos").file(file))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.contentType").value("image/jpeg"));
	}

	@Test
	void downloadNeedsASignedInUser() throws Exception {
		this.mvc.perform(get("/api/v1/photos/" + UUID.randomUUID())).andExpect(status().isUnauthorized());
	}

}

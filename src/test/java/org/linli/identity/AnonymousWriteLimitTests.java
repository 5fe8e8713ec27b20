package org.linli.identity;

import org.junit.jupiter.api.Test;
import org.linli.DemoLogins;
import org.linli.LinliTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@LinliTest
class AnonymousWriteLimitTests {

	@Autowired
	MockMvc mvc;

	@Value("${linli.security.anonymous-writes-per-minute}")
	int perMinute;

	@Test
	void anAddressSendingMoreThanItsShareWithoutSigningInIsToldWhenToRetry() throws Exception {
		for (int i = 0; i < this.perMinute; i++) {
			this.mvc.perform(emptyReport("203.0.113.7")).andExpect(status().isBadRequest());
		}
		this.mvc.perform(emptyReport("203.0.113.7"))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().exists("Retry-After"))
			.andExpect(jsonPath("$.detail").value(containsString("秒后再试")));

		this.mvc.perform(emptyReport("203.0.113.8")).andExpect(status().isBadRequest());
		this.mvc.perform(emptyReport("203.0.113.7").with(DemoLogins.as(this.mvc, "worker1")))
			.andExpect(status().isBadRequest());
	}

	private static MockHttpServletRequestBuilder emptyReport(String address) {
		return post("/api/v1/cases").contentType(MediaType.APPLICATION_JSON).content("{}").with((request) -> {
			request.setRemoteAddr(address);
			return request;
		});
	}

}

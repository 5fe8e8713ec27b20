package org.linli;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.jayway.jsonpath.JsonPath;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Bearer tokens for the demo logins, fetched through the real token endpoint once per
 * run.
 */
public final class DemoLogins {

	public static final String PASSWORD = "linli-demo";

	private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

	private DemoLogins() {
	}

	/** Adds {@code Authorization: Bearer …} for the demo login to a MockMvc request. */
	public static RequestPostProcessor as(MockMvc mvc, String username) {
		String token = token(mvc, username);
		return (request) -> {
			request.addHeader("Authorization", "Bearer " + token);
			return request;
		};
	}

	public static String token(MockMvc mvc, String username) {
		return TOKENS.computeIfAbsent(username, (name) -> fetch(mvc, name));
	}

	private static String fetch(MockMvc mvc, String username) {
		try {
			String body = mvc
				.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
					.content("{\"username\":\"" + username + "\",\"password\":\"" + PASSWORD + "\"}"))
				.andReturn()
				.getResponse()
				.getContentAsString();
			return JsonPath.read(body, "$.accessToken");
		}
		catch (Exception ex) {
			throw new IllegalStateException("No token for " + username, ex);
		}
	}

}

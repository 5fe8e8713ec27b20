package org.linli.cases;

import java.util.concurrent.atomic.AtomicInteger;

import com.jayway.jsonpath.JsonPath;

import org.linli.DemoLogins;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Drives the case API as the demo users. Each new case gets its own spot in a grid of
 * community 310107005001, more than 50 m from the spots of the cases reported just
 * before.
 */
public final class CaseApi {

	private static final AtomicInteger SPOTS = new AtomicInteger();

	private final MockMvc mvc;

	public CaseApi(MockMvc mvc) {
		this.mvc = mvc;
	}

	/**
	 * The next of 30 spots in community 001 (121.3921112–121.3952667 E,
	 * 31.242698–31.2462952 N), 0.0006° (about 60 m) apart, used in turn.
	 */
	public static double[] freshSpot() {
		int spot = SPOTS.incrementAndGet() % 30;
		int column = spot % 5;
		int row = spot / 5;
		return new double[] { 31.2462 - row * 0.0006, 121.3922 + column * 0.0006 };
	}

	public static String intake(String channel, double[] spot, String categoryCode, String description) {
		return """
				{"channel":"%s","description":"%s","lat":%s,"lon":%s,"address":"%s"%s}""".formatted(channel,
				description, spot[0], spot[1], "Lane 1",
				(categoryCode != null) ? ",\"categoryCode\":\"" + categoryCode + "\"" : "");
	}

	public ResultActions report(String user, String body, String idempotencyKey) throws Exception {
		MockHttpServletRequestBuilder request = post("/api/v1/cases").contentType(MediaType.APPLICATION_JSON)
			.content(body);
		if (idempotencyKey != null) {
			request.header("Idempotency-Key", idempotencyKey);
		}
		if (user != null) {
			request.with(DemoLogins.as(this.mvc, user));
		}
		return this.mvc.perform(request);
	}

	/** Reports a case and answers its id. */
	public String reported(String user, String categoryCode) throws Exception {
		String body = report(user, intake("WEB", freshSpot(), categoryCode, "test concern"), null)
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JsonPath.read(body, "$.id");
	}

	/**
	 * A major affair of category 06010 (exposed rubbish, LH, 1 working day), dispatched.
	 */
	public String dispatchedToLh() throws Exception {
		String id = reported("resident1", "06010");
		ok("dispatcher", id, "accept", "{\"tier\":\"MAJOR\",\"categoryCode\":\"06010\"}");
		ok("dispatcher", id, "dispatch", "{}");
		return id;
	}

	public ResultActions act(String user, String id, String action, String body) throws Exception {
		MockHttpServletRequestBuilder request = post("/api/v1/cases/" + id + "/" + action)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body);
		if (user != null) {
			request.with(DemoLogins.as(this.mvc, user));
		}
		return this.mvc.perform(request);
	}

	public ResultActions ok(String user, String id, String action, String body) throws Exception {
		return act(user, id, action, body).andExpect(status().isOk());
	}

	public ResultActions read(String user, String path) throws Exception {
		return this.mvc.perform(get("/api/v1/" + path).with(DemoLogins.as(this.mvc, user)));
	}

	public <T> T field(String user, String id, String jsonPath) throws Exception {
		return JsonPath.read(read(user, "cases/" + id).andReturn().getResponse().getContentAsString(), jsonPath);
	}

}

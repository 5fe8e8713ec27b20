package org.linli.open311;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.linli.LinliTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** The administrator's page of Open311 keys. */
@LinliTest
class Open311PagesTests {

	private static final Pattern ISSUED = Pattern.compile("<code>(o311_[A-Za-z0-9_-]{43})</code>");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	@Test
	void anAdministratorIssuesAKeyShownOnceThatWorksUntilRevoked() throws Exception {
		String listed = call(page("admin", get("/admin/open311")), 200);
		assertThat(listed).contains("linli-de…", "id=\"issue-key\"");

		String issuedPage = call(page("admin", post("/admin/open311/keys").param("name", "District app").with(csrf())),
				200);
		Matcher issued = ISSUED.matcher(issuedPage);
		assertThat(issued.find()).as(issuedPage).isTrue();
		String key = issued.group(1);
		assertThat(issuedPage).contains("id=\"issued-key\"", "District app");
		assertThat(call(page("admin", get("/admin/open311")), 200)).as("shown once")
			.doesNotContain(key)
			.contains(key.substring(0, 8) + "…");

		String id = this.jdbc.sql("select id::text from open311.api_key where name = 'District app'")
			.query(String.class)
			.single();
		call(postRequest(key), 200);

		String row = call(
				page("admin", post("/admin/open311/keys/" + id + "/revoke").header("HX-Request", "true").with(csrf())),
				200);
		assertThat(row).contains("id=\"key-" + id + "\"", "已于", "hx-swap-oob=\"true\"").doesNotContain("/revoke\"");
		call(postRequest(key), 403);
		assertThat(this.jdbc.sql("""
				select string_agg(action, ',' order by id) from audit.entry
				 where target_type = 'open311-key' and target_id = :id and actor = 'admin'""")
			.param("id", id)
			.query(String.class)
			.single()).isEqualTo("OPEN311_KEY_ISSUED,OPEN311_KEY_REVOKED");
	}

	@Test
	void aKeyWithoutANameIsRefusedNextToTheField() throws Exception {
		String refused = call(page("admin", post("/admin/open311/keys").param("name", "  ").with(csrf())), 400);
		assertThat(refused).contains("id=\"name-error\"", "请填写密钥名称").doesNotContain("id=\"issued-key\"");
		assertThat(call(page("admin", post("/admin/open311/keys").param("lang", "en").with(csrf())), 400))
			.contains("Give the key a name");
	}

	@Test
	void onlyAdministratorsReachTheKeys() throws Exception {
		call(page("dispatcher", get("/admin/open311")), 403);
		call(page("dispatcher", post("/admin/open311/keys").param("name", "sneaky").with(csrf())), 403);
		assertThat(
				this.jdbc.sql("select count(*) from open311.api_key where name = 'sneaky'").query(Long.class).single())
			.isZero();
	}

	private static MockHttpServletRequestBuilder postRequest(String key) {
		return post("/open311/v2/requests.json").contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.param("api_key", key)
			.param("service_code", "street-tree")
			.param("lat", "31.24486")
			.param("long", "121.39989");
	}

	private MockHttpServletRequestBuilder page(String username, MockHttpServletRequestBuilder request) {
		return request.with(user(this.users.loadUserByUsername(username)));
	}

	private String call(RequestBuilder request, int status) throws Exception {
		MockHttpServletResponse response = this.mvc.perform(request).andReturn().getResponse();
		String body = response.getContentAsString(StandardCharsets.UTF_8);
		assertThat(response.getStatus()).as(body).isEqualTo(status);
		return body;
	}

}

package org.linli.shared.web;

import org.junit.jupiter.api.Test;
import org.linli.LinliTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@LinliTest
class StaticResourcesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ResourceUrlProvider resources;

	@Test
	void stylesScriptsImagesAndWebJarsAreServedWithoutAVersionInTheirPath() throws Exception {
		for (String path : new String[] { "/css/linli.css", "/js/console.js", "/img/linli.svg",
				"/webjars/htmx.org/dist/htmx.min.js", "/webjars/leaflet/dist/leaflet.js" }) {
			MvcResult result = this.mvc.perform(get(path)).andExpect(status().isOk()).andReturn();
			assertThat(result.getResponse().getContentLength()).as(path).isPositive();
		}
	}

	@Test
	void aPageLinkIsNotTakenForAStaticFile() throws Exception {
		assertThat(this.resources.getHandlerMap().keySet()).as("each link of a page would be looked up in every jar")
			.doesNotContain("/**")
			.contains("/css/**", "/js/**", "/img/**", "/webjars/**");
		this.mvc.perform(get("/css/missing.css")).andExpect(status().isNotFound());
	}

}

package org.linli.shared.web;

import java.util.Arrays;
import java.util.stream.Stream;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;

/**
 * Static files under their own paths only. Spring Boot's default {@code /**} mapping made
 * every link a page renders (each {@code @{/cases/…}}) a candidate static resource,
 * looked up in every jar of the class path: a third of the console's rendering time.
 */
@Configuration(proxyBeanMethods = false)
public class StaticResources implements WebMvcConfigurer {

	private static final String[] FOLDERS = { "css", "js", "img" };

	private static final String WEBJARS = "/webjars/**";

	/**
	 * Every path static files are served under: anyone may read them, signed in or not.
	 */
	public static String[] paths() {
		return Stream.concat(Arrays.stream(FOLDERS).map(StaticResources::path), Stream.of(WEBJARS))
			.toArray(String[]::new);
	}

	private static String path(String folder) {
		return "/" + folder + "/**";
	}

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		for (String folder : FOLDERS) {
			registry.addResourceHandler(path(folder)).addResourceLocations("classpath:/static/" + folder + "/");
		}
		registry.addResourceHandler(WEBJARS)
			.addResourceLocations("classpath:/META-INF/resources/webjars/")
			.resourceChain(true)
			.addResolver(new LiteWebJarsResourceResolver());
	}

}

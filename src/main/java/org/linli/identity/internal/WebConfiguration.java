package org.linli.identity.internal;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	private final AnonymousWriteLimit anonymousWriteLimit;

	WebConfiguration(AnonymousWriteLimit anonymousWriteLimit) {
		this.anonymousWriteLimit = anonymousWriteLimit;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this.anonymousWriteLimit)
			.addPathPatterns(SecurityConfiguration.PUBLIC_CASE_API)
			.addPathPatterns(SecurityConfiguration.PUBLIC_CASE_PAGES);
	}

}

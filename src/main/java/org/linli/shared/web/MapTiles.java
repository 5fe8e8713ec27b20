package org.linli.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.SmartView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.view.UrlBasedViewResolver;

/**
 * Gives every rendered page the configured slippy-map tile URL (empty: maps draw their
 * vector layers on a blank background) and home area. An interceptor rather than a
 * controller advice's model attributes: those are made for every request to a controller,
 * API calls included, a few per cent of the intake's processor time (README, Benchmarks).
 */
@Configuration(proxyBeanMethods = false)
class MapTiles implements WebMvcConfigurer, HandlerInterceptor {

	private final String tileUrl;

	private final String homeArea;

	MapTiles(@Value("${linli.map.tile-url:}") String tileUrl, @Value("${linli.map.home-area:}") String homeArea) {
		this.tileUrl = tileUrl;
		this.homeArea = homeArea;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this);
	}

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			ModelAndView page) {
		if (page != null && page.hasView() && !isRedirect(page)) {
			page.addObject("tileUrl", this.tileUrl);
			page.addObject("homeArea", this.homeArea);
		}
	}

	/** A redirect would carry them in its URL. */
	private static boolean isRedirect(ModelAndView page) {
		if (page.getView() instanceof SmartView view) {
			return view.isRedirectView();
		}
		return page.getViewName() != null && page.getViewName().startsWith(UrlBasedViewResolver.REDIRECT_URL_PREFIX);
	}

}

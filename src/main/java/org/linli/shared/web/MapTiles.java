package org.linli.shared.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives every page the configured slippy-map tile URL; empty means maps draw their vector
 * layers on a blank background.
 */
@ControllerAdvice(annotations = Controller.class)
class MapTiles {

	private final String tileUrl;

	private final String homeArea;

	MapTiles(@Value("${linli.map.tile-url:}") String tileUrl, @Value("${linli.map.home-area:}") String homeArea) {
		this.tileUrl = tileUrl;
		this.homeArea = homeArea;
	}

	@ModelAttribute("homeArea")
	String homeArea() {
		return this.homeArea;
	}

	@ModelAttribute("tileUrl")
	String tileUrl() {
		return this.tileUrl;
	}

}

package org.linli.media.web;

import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Photos for the signed-in pages (the API serves them to bearer tokens). */
@Controller
class PhotoPages {

	private final PhotoDownloads downloads;

	PhotoPages(PhotoDownloads downloads) {
		this.downloads = downloads;
	}

	@GetMapping("/photos/{id}")
	ResponseEntity<Resource> photo(@PathVariable String id) {
		return this.downloads.download(id);
	}

}

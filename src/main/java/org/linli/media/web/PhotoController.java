package org.linli.media.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;

import org.linli.identity.CurrentUser;
import org.linli.media.PhotoStore;
import org.linli.media.StoredPhoto;
import org.linli.media.internal.MediaProperties;
import org.linli.shared.InvalidInputException;

import org.springframework.core.io.Resource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Photo upload and download. A photo is served to its uploader and to whoever may see a
 * record it is attached to; to anyone else it does not exist.
 */
@RestController
@RequestMapping("/api/v1/photos")
class PhotoController {

	private final PhotoStore photos;

	private final MediaProperties properties;

	private final PhotoDownloads downloads;

	PhotoController(PhotoStore photos, MediaProperties properties, PhotoDownloads downloads) {
		this.photos = photos;
		this.properties = properties;
		this.downloads = downloads;
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<StoredPhoto> upload(@RequestParam(name = "file", required = false) MultipartFile file) {
		if (file == null) {
			throw new InvalidInputException("file", "media.error.missing");
		}
		// Refuse before reading: the declared size is what the container already
		// received.
		if (file.getSize() > this.properties.maxBytes()) {
			throw new InvalidInputException("file", "media.error.too-large", this.properties.maxMegabytes());
		}
		StoredPhoto stored = this.photos.store(bytes(file), CurrentUser.scope().username());
		return ResponseEntity.status(HttpStatus.CREATED)
			.location(URI.create("/api/v1/photos/" + stored.id()))
			.body(stored);
	}

	@GetMapping("/{id}")
	ResponseEntity<Resource> download(@PathVariable String id) {
		return this.downloads.download(id);
	}

	private static byte[] bytes(MultipartFile file) {
		try {
			return file.getBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}

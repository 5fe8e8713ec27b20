package org.linli.media.web;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.linli.identity.CurrentUser;
import org.linli.media.PhotoAccess;
import org.linli.media.PhotoContent;
import org.linli.media.PhotoStore;
import org.linli.shared.NotFoundException;

import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * Serves a photo to its uploader and to whoever may see a record it is attached to; to
 * anyone else it does not exist. The API and the pages answer alike.
 */
@Component
class PhotoDownloads {

	private final PhotoStore photos;

	private final List<PhotoAccess> access;

	PhotoDownloads(PhotoStore photos, List<PhotoAccess> access) {
		this.photos = photos;
		this.access = access;
	}

	ResponseEntity<Resource> download(String id) {
		String caller = CurrentUser.scope().username();
		PhotoContent photo = parse(id).flatMap(this.photos::load)
			.filter((found) -> found.uploadedBy().equals(caller)
					|| this.access.stream().anyMatch((rule) -> rule.maySee(found.photo().id())))
			.orElseThrow(() -> new NotFoundException("media.error.not-found"));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(photo.photo().contentType()))
			.contentLength(photo.photo().size())
			.cacheControl(CacheControl.empty().cachePrivate())
			.header("X-Content-Type-Options", "nosniff")
			.eTag("\"" + photo.sha256() + "\"")
			.body(photo.content());
	}

	private static Optional<UUID> parse(String id) {
		try {
			return Optional.of(UUID.fromString(id));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

}

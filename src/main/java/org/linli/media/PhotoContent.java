package org.linli.media;

import java.time.Instant;

import org.springframework.core.io.Resource;

/**
 * A stored photo with its metadata; {@code content} is opened only when read, so large
 * photos stream rather than sit in memory.
 */
public record PhotoContent(StoredPhoto photo, String sha256, String uploadedBy, Instant uploadedAt, Resource content) {

}

package org.linli.media;

import java.util.UUID;

public record StoredPhoto(UUID id, String contentType, long size) {

}

package org.linli.media;

import java.util.Optional;
import java.util.UUID;

/**
 * Where photos live. The type is judged from the bytes alone, never from what the client
 * declares or how the file is named. Identical content is stored once: storing bytes that
 * are already held answers the photo that holds them.
 */
public interface PhotoStore {

	/**
	 * Keeps the photo and records who uploaded it.
	 * @throws org.linli.shared.InvalidInputException when the content is empty, over the
	 * size limit, or not a JPEG, PNG, WebP or HEIC/HEIF image
	 */
	StoredPhoto store(byte[] content, String uploadedBy);

	Optional<PhotoContent> load(UUID id);

}

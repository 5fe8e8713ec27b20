package org.linli.deliberation.internal;

import java.util.UUID;

import org.linli.media.PhotoAccess;

import org.springframework.stereotype.Component;

/** A matter's progress photos are visible to whoever may see the matter. */
@Component
class MatterPhotoAccess implements PhotoAccess {

	private final MatterService matters;

	MatterPhotoAccess(MatterService matters) {
		this.matters = matters;
	}

	@Override
	public boolean maySee(UUID photoId) {
		return this.matters.maySeePhoto(photoId);
	}

}

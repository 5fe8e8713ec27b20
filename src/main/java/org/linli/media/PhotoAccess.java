package org.linli.media;

import java.util.UUID;

/**
 * Decides whether the current caller may see a photo, implemented by the modules that
 * attach photos to their records (a concern's photos are visible to whoever may see the
 * concern). The uploader may always see their own.
 */
public interface PhotoAccess {

	boolean maySee(UUID photoId);

}

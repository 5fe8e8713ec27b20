/**
 * Photos attached to concerns: accepted only when their bytes are a JPEG, PNG, WebP or
 * HEIC/HEIF image, size-limited, kept outside the database behind {@link PhotoStore} (the
 * filesystem by default) with their metadata in the {@code media} schema.
 */
package org.linli.media;

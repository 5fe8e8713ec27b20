package org.linli.media.internal;

import java.util.Locale;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where photos are kept and how large one may be.
 *
 * @param directory the folder holding photo files; blank means a throw-away folder
 * (tests)
 * @param maxBytes the largest photo accepted
 */
@ConfigurationProperties("linli.media")
public record MediaProperties(@DefaultValue("data/media") String directory, @DefaultValue("10485760") long maxBytes) {

	/** The limit as people read it, e.g. {@code 10.0} for 10 MiB. */
	public String maxMegabytes() {
		return megabytes(this.maxBytes);
	}

	static String megabytes(long bytes) {
		return String.format(Locale.ROOT, "%.1f", bytes / (1024.0 * 1024.0));
	}

}

package org.linli.shared;

/**
 * The system is too busy to take the request now (503); {@code retryAfterSeconds} says
 * when to try again. Nothing was changed.
 */
public class OverloadedException extends LocalizedException {

	private final long retryAfterSeconds;

	public OverloadedException(long retryAfterSeconds, String messageKey, Object... args) {
		super(messageKey, args);
		this.retryAfterSeconds = retryAfterSeconds;
	}

	public long retryAfterSeconds() {
		return this.retryAfterSeconds;
	}

}

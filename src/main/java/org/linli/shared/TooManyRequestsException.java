package org.linli.shared;

/**
 * The caller sent more than its share; {@code retryAfterSeconds} says when it may try
 * again.
 */
public class TooManyRequestsException extends LocalizedException {

	private final long retryAfterSeconds;

	public TooManyRequestsException(long retryAfterSeconds, String messageKey, Object... args) {
		super(messageKey, args);
		this.retryAfterSeconds = retryAfterSeconds;
	}

	public long retryAfterSeconds() {
		return this.retryAfterSeconds;
	}

}

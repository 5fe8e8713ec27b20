package org.linli.shared;

import java.util.List;

/**
 * A failure whose text lives in the message bundles: the key and its arguments travel,
 * the words are chosen by the caller's locale when the error is shown.
 */
public abstract class LocalizedException extends RuntimeException {

	private final String messageKey;

	private final transient Object[] args;

	protected LocalizedException(String messageKey, Object... args) {
		super(messageKey + List.of(args));
		this.messageKey = messageKey;
		this.args = args.clone();
	}

	public String messageKey() {
		return this.messageKey;
	}

	public Object[] args() {
		return this.args.clone();
	}

}

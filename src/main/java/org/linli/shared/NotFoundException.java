package org.linli.shared;

/**
 * The record does not exist, or exists outside the caller's scope: both answer the same,
 * so existence is not revealed.
 */
public class NotFoundException extends LocalizedException {

	public NotFoundException(String messageKey, Object... args) {
		super(messageKey, args);
	}

}

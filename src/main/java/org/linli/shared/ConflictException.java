package org.linli.shared;

/**
 * The request is well formed but clashes with the record's current state: an illegal
 * transition, a stale version, a duplicate.
 */
public class ConflictException extends LocalizedException {

	public ConflictException(String messageKey, Object... args) {
		super(messageKey, args);
	}

}

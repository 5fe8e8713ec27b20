package org.linli.shared;

/**
 * The caller is known and the record is theirs to see, but this action is not theirs to
 * take.
 */
public class ForbiddenException extends LocalizedException {

	public ForbiddenException(String messageKey, Object... args) {
		super(messageKey, args);
	}

}

package org.linli.shared;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Resolves message keys in the current request's locale.
 */
@Component
public class Messages {

	private final MessageSource messageSource;

	Messages(MessageSource messageSource) {
		this.messageSource = messageSource;
	}

	public String get(String key, Object... args) {
		return this.messageSource.getMessage(key, args, key, LocaleContextHolder.getLocale());
	}

	public String get(MessageSourceResolvable resolvable) {
		return this.messageSource.getMessage(resolvable, LocaleContextHolder.getLocale());
	}

	public String get(LocalizedException exception) {
		return get(exception.messageKey(), exception.args());
	}

}

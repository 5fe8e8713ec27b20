package org.linli.resident.internal;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Mainland phone numbers: an 11-digit mobile number, or a landline with its area code (0
 * + 2–3 digits + 7–8 digits). Spaces, hyphens and a +86 prefix are dropped so that equal
 * numbers compare and index equal.
 */
final class PhoneNumbers {

	private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");

	private static final Pattern LANDLINE = Pattern.compile("0[1-9]\\d{8,10}");

	private PhoneNumbers() {
	}

	static Optional<String> normalize(String text) {
		if (text == null) {
			return Optional.empty();
		}
		String digits = text.replaceAll("[\\s\\-()]", "");
		if (digits.startsWith("+86")) {
			digits = digits.substring(3);
		}
		else if (digits.startsWith("0086")) {
			digits = digits.substring(4);
		}
		return (MOBILE.matcher(digits).matches() || LANDLINE.matcher(digits).matches()) ? Optional.of(digits)
				: Optional.empty();
	}

}

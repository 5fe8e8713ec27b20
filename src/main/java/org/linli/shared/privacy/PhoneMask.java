package org.linli.shared.privacy;

/** Masks a phone number for everyday views: {@code 138****5678}. */
public final class PhoneMask {

	private PhoneMask() {
	}

	/**
	 * The first 3 and last 4 digits with the others starred; a number too short to keep 7
	 * digits and still hide one is starred whole.
	 */
	public static String mask(String phone) {
		String digits = phone.replaceAll("[^0-9]", "");
		if (digits.length() < 8) {
			return "*".repeat(digits.length());
		}
		return digits.substring(0, 3) + "*".repeat(digits.length() - 7) + digits.substring(digits.length() - 4);
	}

}

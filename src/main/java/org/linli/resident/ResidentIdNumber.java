package org.linli.resident;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An 18-character resident identity card number (GB 11643): 6-digit region code, 8-digit
 * birth date, 3-digit sequence (odd for men, even for women) and an ISO 7064 MOD 11-2
 * check character (0–9 or X).
 */
public record ResidentIdNumber(String value) {

	private static final Pattern SHAPE = Pattern.compile("[1-9]\\d{16}[\\dX]");

	private static final int[] WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };

	private static final String CHECK_CHARACTERS = "10X98765432";

	public ResidentIdNumber {
		if (value == null || !isWellFormed(value)) {
			throw new IllegalArgumentException("Not a valid resident ID number");
		}
	}

	/**
	 * The number when the text is a valid one (spaces around and a lower-case x are
	 * tolerated).
	 */
	public static Optional<ResidentIdNumber> parse(String text) {
		if (text == null) {
			return Optional.empty();
		}
		String candidate = text.strip().toUpperCase(Locale.ROOT);
		return isWellFormed(candidate) ? Optional.of(new ResidentIdNumber(candidate)) : Optional.empty();
	}

	/**
	 * Builds a valid number, e.g. for demo data.
	 * @param regionCode the 6-digit division code of the place of registration
	 * @param sequence 0–999; odd for a man, even for a woman
	 */
	public static ResidentIdNumber compose(String regionCode, LocalDate birthDate, int sequence) {
		if (regionCode == null || !regionCode.matches("[1-9]\\d{5}") || sequence < 0 || sequence > 999
				|| birthDate.getYear() < 1900 || birthDate.getYear() > 9999) {
			throw new IllegalArgumentException("Cannot compose an ID number from these parts");
		}
		String first17 = regionCode + String.format("%04d%02d%02d%03d", birthDate.getYear(), birthDate.getMonthValue(),
				birthDate.getDayOfMonth(), sequence);
		return new ResidentIdNumber(first17 + checkCharacter(first17));
	}

	public LocalDate birthDate() {
		return LocalDate.of(Integer.parseInt(this.value.substring(6, 10)),
				Integer.parseInt(this.value.substring(10, 12)), Integer.parseInt(this.value.substring(12, 14)));
	}

	public Gender gender() {
		return ((this.value.charAt(16) - '0') % 2 == 1) ? Gender.MALE : Gender.FEMALE;
	}

	/**
	 * The first 3 and last 4 characters, the rest starred: {@code 310***********1234}.
	 */
	public String masked() {
		return this.value.substring(0, 3) + "*".repeat(11) + this.value.substring(14);
	}

	@Override
	public String toString() {
		return masked();
	}

	private static boolean isWellFormed(String candidate) {
		if (!SHAPE.matcher(candidate).matches()) {
			return false;
		}
		if (checkCharacter(candidate.substring(0, 17)) != candidate.charAt(17)) {
			return false;
		}
		try {
			int year = Integer.parseInt(candidate.substring(6, 10));
			LocalDate born = LocalDate.of(year, Integer.parseInt(candidate.substring(10, 12)),
					Integer.parseInt(candidate.substring(12, 14)));
			return year >= 1900 && !born.isAfter(LocalDate.now());
		}
		catch (DateTimeException ex) {
			return false;
		}
	}

	private static char checkCharacter(String first17) {
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += (first17.charAt(i) - '0') * WEIGHTS[i];
		}
		return CHECK_CHARACTERS.charAt(sum % 11);
	}

}

package org.linli.area;

import java.util.Optional;

/**
 * The levels of the area tree. A code's length tells its level: district 6 digits (GB/T
 * 2260), street 9, community 12, grid 15 (CJ/T 213: community code + 3-digit sequence),
 * building 18 (a local extension: grid code + 3-digit sequence). Every code starts with
 * its parent's code.
 */
public enum AreaLevel {

	DISTRICT(6), STREET(9), COMMUNITY(12), GRID(15), BUILDING(18);

	private final int codeLength;

	AreaLevel(int codeLength) {
		this.codeLength = codeLength;
	}

	public int codeLength() {
		return this.codeLength;
	}

	/**
	 * The level directly above, empty for a district (whose city and province are not
	 * kept as areas).
	 */
	public Optional<AreaLevel> parent() {
		return (ordinal() == 0) ? Optional.empty() : Optional.of(values()[ordinal() - 1]);
	}

	/**
	 * The level a well-formed code belongs to: digits only, of one of the five lengths.
	 */
	public static Optional<AreaLevel> ofCode(String code) {
		if (code == null || !code.chars().allMatch(c -> c >= '0' && c <= '9')) {
			return Optional.empty();
		}
		for (AreaLevel level : values()) {
			if (level.codeLength == code.length()) {
				return Optional.of(level);
			}
		}
		return Optional.empty();
	}

	public boolean accepts(String code) {
		return ofCode(code).filter(this::equals).isPresent();
	}

}

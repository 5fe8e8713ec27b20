package org.linli.resident.internal;

import java.util.Set;

/**
 * Keeps the surname and stars the given name, one star per character; a two-character
 * (compound) surname is kept whole when the name is long enough to have one.
 */
final class NameMask {

	private final Set<String> compoundSurnames;

	NameMask(Set<String> compoundSurnames) {
		this.compoundSurnames = Set.copyOf(compoundSurnames);
	}

	String mask(String name) {
		int[] characters = name.codePoints().toArray();
		if (characters.length < 2) {
			return name;
		}
		int kept = (characters.length >= 3 && this.compoundSurnames.contains(new String(characters, 0, 2))) ? 2 : 1;
		return new String(characters, 0, kept) + "*".repeat(characters.length - kept);
	}

}

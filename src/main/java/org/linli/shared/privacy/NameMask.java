package org.linli.shared.privacy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.core.io.ClassPathResource;

/**
 * Keeps the surname and stars the given name, one star per character; a two-character
 * (compound) surname is kept whole when the name is long enough to have one.
 */
public final class NameMask {

	private static final NameMask STANDARD = new NameMask(compoundSurnames());

	private final Set<String> compoundSurnames;

	public NameMask(Set<String> compoundSurnames) {
		this.compoundSurnames = Set.copyOf(compoundSurnames);
	}

	/**
	 * The mask that knows the compound surnames listed in shared/compound-surnames.txt.
	 */
	public static NameMask standard() {
		return STANDARD;
	}

	public String mask(String name) {
		int[] characters = name.codePoints().toArray();
		if (characters.length < 2) {
			return name;
		}
		int kept = (characters.length >= 3 && this.compoundSurnames.contains(new String(characters, 0, 2))) ? 2 : 1;
		return new String(characters, 0, kept) + "*".repeat(characters.length - kept);
	}

	private static Set<String> compoundSurnames() {
		try {
			return new ClassPathResource("shared/compound-surnames.txt").getContentAsString(StandardCharsets.UTF_8)
				.lines()
				.map(String::strip)
				.filter((line) -> !line.isEmpty() && !line.startsWith("#"))
				.collect(Collectors.toSet());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}

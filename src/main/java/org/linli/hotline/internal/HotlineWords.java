package org.linli.hotline.internal;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * The words hotline exports use, read from {@code hotline/words.properties}: the column
 * headings of each field (Chinese and English) and the words for an urgent ticket.
 */
final class HotlineWords {

	static final String[] FIELDS = { "ticket_number", "received_at", "caller_name", "caller_phone", "content",
			"address", "lat", "lon", "hotline_category", "urgency", "deadline" };

	private static final Map<String, String> FIELD_BY_HEADING = new HashMap<>();

	private static final Map<String, String> URGENCY_BY_WORD = new HashMap<>();

	static {
		Properties words = new Properties();
		try (Reader reader = new InputStreamReader(HotlineWords.class.getResourceAsStream("/hotline/words.properties"),
				StandardCharsets.UTF_8)) {
			words.load(reader);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		for (String field : FIELDS) {
			for (String heading : words.getProperty("heading." + field).split(",")) {
				FIELD_BY_HEADING.put(normalise(heading), field);
			}
		}
		for (String urgency : new String[] { "NORMAL", "URGENT" }) {
			Arrays.stream(words.getProperty("urgency." + urgency).split(","))
				.forEach((word) -> URGENCY_BY_WORD.put(normalise(word), urgency));
		}
	}

	private HotlineWords() {
	}

	/** The field a column heading names, or null. */
	static String field(String heading) {
		return (heading != null) ? FIELD_BY_HEADING.get(normalise(heading)) : null;
	}

	/**
	 * {@code NORMAL} or {@code URGENT}, {@code NORMAL} when not given, null when unknown.
	 */
	static String urgency(String word) {
		if (word == null || word.isBlank()) {
			return "NORMAL";
		}
		return URGENCY_BY_WORD.get(normalise(word));
	}

	private static String normalise(String text) {
		return text.strip().replace("\uFEFF", "").toLowerCase(Locale.ROOT);
	}

}

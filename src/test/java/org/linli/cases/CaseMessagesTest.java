package org.linli.cases;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every status, timeline action and error the cases module shows has words in both
 * languages.
 */
class CaseMessagesTest {

	private static final Path MODULE = Path.of("src/main/java/org/linli/cases");

	private static final Pattern KEY = Pattern.compile("\"(cases\\.[a-z0-9.-]*[a-z0-9])\"");

	private static final Pattern ACTION = Pattern.compile("\"([a-z]+(?:-[a-z]+)*)\"");

	@Test
	void everyKeyTheModuleUsesExistsInChineseAndEnglish() throws IOException {
		Set<String> used = new TreeSet<>();
		for (CaseStatus status : CaseStatus.values()) {
			used.add("cases.status." + status.name().toLowerCase(Locale.ROOT).replace('_', '-'));
		}
		Matcher actions = ACTION.matcher(Files.readString(MODULE.resolve("internal/Case.java")));
		while (actions.find()) {
			used.add("cases.action." + actions.group(1));
		}
		Matcher steps = ACTION.matcher(Files.readString(MODULE.resolve("internal/CaseReads.java")));
		while (steps.find()) {
			used.add("cases.track." + steps.group(1));
		}
		try (Stream<Path> sources = Files.walk(MODULE)) {
			for (Path source : sources.filter((path) -> path.toString().endsWith(".java")).toList()) {
				Matcher keys = KEY.matcher(Files.readString(source));
				while (keys.find()) {
					used.add(keys.group(1));
				}
			}
		}
		assertThat(used).contains("cases.action.verify-failed", "cases.track.guide", "cases.error.stale");
		assertThat(load("cases.properties").stringPropertyNames()).containsAll(used);
		assertThat(load("cases_en.properties").stringPropertyNames()).containsAll(used);
	}

	private static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(Path.of("src/main/resources/i18n", name),
				StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

}

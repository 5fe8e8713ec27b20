package org.linli;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every text a person reads comes from the bundles, in both languages.
 */
class MessageBundleTests {

	private static final Path BUNDLES = Path.of("src/main/resources/i18n");

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	private static final Path SOURCES = Path.of("src/main/java");

	private static final Pattern CJK = Pattern.compile("[\\x{4e00}-\\x{9fff}]");

	private static final Pattern CJK_STRING = Pattern.compile("\"[^\"\n]*[\\x{4e00}-\\x{9fff}]");

	private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([a-zA-Z0-9._-]+)[}(]");

	private static final Pattern JAVA_KEY = Pattern.compile(
			"\"((?:error|identity|area|department|resident|calendar|catalogue|cases|audit|home|role|nav|login|ledger|deliberation|open311|hotline|outbound|cockpit|admin)\\.[a-z0-9.-]*[a-z0-9])\"");

	private static final Set<String> TEXT_ATTRIBUTES = Set.of("placeholder", "title", "alt", "aria-label");

	@Test
	void everyBundleHasTheSameKeysInChineseAndEnglish() throws IOException {
		for (Path chinese : bundles()) {
			Path english = chinese
				.resolveSibling(chinese.getFileName().toString().replace(".properties", "_en.properties"));
			assertThat(english).as("English bundle for %s", chinese).exists();
			assertThat(load(english).stringPropertyNames()).as("keys of %s", english)
				.containsExactlyInAnyOrderElementsOf(load(chinese).stringPropertyNames());
		}
	}

	@Test
	void everyKeyUsedInTemplatesAndCodeExists() throws IOException {
		Set<String> keys = allKeys();
		Set<String> missing = new TreeSet<>();
		for (Path file : files(TEMPLATES, ".html")) {
			collect(TEMPLATE_KEY.matcher(Files.readString(file)), keys, missing, file);
		}
		for (Path file : files(SOURCES, ".java")) {
			collect(JAVA_KEY.matcher(Files.readString(file)), keys, missing, file);
		}
		assertThat(missing).isEmpty();
	}

	@Test
	void templatesHaveNoLiteralTextOutsideThymeleafExpressions() throws IOException {
		List<String> literal = new ArrayList<>();
		for (Path file : files(TEMPLATES, ".html")) {
			String html = Files.readString(file);
			if (CJK.matcher(html).find()) {
				literal.add(file + ": Chinese text");
			}
			Document document = Jsoup.parse(html, "", Parser.xmlParser());
			for (Element element : document.getAllElements()) {
				boolean replaced = element.hasAttr("th:text") || element.hasAttr("th:utext")
						|| element.tagName().equals("script") || element.tagName().equals("style");
				for (TextNode text : element.textNodes()) {
					if (!replaced && !text.isBlank()) {
						literal.add(file + ": <" + element.tagName() + "> " + text.text().strip());
					}
				}
				TEXT_ATTRIBUTES.stream()
					.filter(element::hasAttr)
					.filter((attribute) -> !element.attr(attribute).isBlank())
					.forEach((attribute) -> literal.add(file + ": " + attribute + "=" + element.attr(attribute)));
			}
		}
		assertThat(literal).isEmpty();
	}

	@Test
	void javaSourcesHoldNoChineseStrings() throws IOException {
		List<Path> offending = new ArrayList<>();
		for (Path file : files(SOURCES, ".java")) {
			if (CJK_STRING.matcher(Files.readString(file)).find()) {
				offending.add(file);
			}
		}
		assertThat(offending).isEmpty();
	}

	private static void collect(Matcher matcher, Set<String> keys, Set<String> missing, Path file) {
		while (matcher.find()) {
			if (!keys.contains(matcher.group(1))) {
				missing.add(file.getFileName() + ": " + matcher.group(1));
			}
		}
	}

	private static Set<String> allKeys() throws IOException {
		Set<String> keys = new TreeSet<>();
		for (Path bundle : bundles()) {
			keys.addAll(load(bundle).stringPropertyNames());
		}
		return keys;
	}

	private static List<Path> bundles() throws IOException {
		return files(BUNDLES, ".properties").stream()
			.filter((path) -> !path.getFileName().toString().contains("_"))
			.toList();
	}

	private static List<Path> files(Path root, String suffix) throws IOException {
		try (Stream<Path> paths = Files.walk(root)) {
			return paths.filter((path) -> path.toString().endsWith(suffix)).sorted().toList();
		}
	}

	private static Properties load(Path path) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

}

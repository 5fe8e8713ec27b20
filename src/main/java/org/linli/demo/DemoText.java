package org.linli.demo;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.List;
import java.util.Properties;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import org.springframework.core.io.ClassPathResource;

/**
 * Reads the demo street's data files under {@code classpath:demo/}.
 */
final class DemoText {

	private final Properties patterns = new Properties();

	DemoText() {
		try (Reader reader = reader("demo.properties")) {
			this.patterns.load(reader);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	String format(String key, Object... args) {
		return new MessageFormat(this.patterns.getProperty(key)).format(args);
	}

	List<String> list(String key) {
		return List.of(this.patterns.getProperty(key).split(","));
	}

	static List<CSVRecord> csv(String name) {
		try (Reader reader = reader(name)) {
			return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static String text(String name) {
		try {
			return new ClassPathResource("demo/" + name).getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static List<String> lines(String name) {
		return text(name).lines()
			.map(String::strip)
			.filter((line) -> !line.isEmpty() && !line.startsWith("#"))
			.toList();
	}

	private static Reader reader(String name) throws IOException {
		return new InputStreamReader(new ClassPathResource("demo/" + name).getInputStream(), StandardCharsets.UTF_8);
	}

}

package org.linli.hotline.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

import org.linli.shared.FieldProblem;
import org.linli.shared.InvalidInputException;

/**
 * Reads the tickets of a hotline export: CSV (UTF-8, with or without a byte-order mark)
 * or XLSX (the first sheet). The first row names the columns, in the hotline's words
 * ({@code hotline/words.properties}); unknown columns are ignored, a missing ticket
 * number column refuses the file.
 */
final class TicketFiles {

	private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private TicketFiles() {
	}

	static List<TicketRow> read(byte[] content, int maxRows) {
		List<Map<String, String>> rows = ReadableWorkbook.isOOXMLZipHeader(content) ? xlsx(content) : csv(content);
		if (rows.size() - 1 > maxRows) {
			throw new InvalidInputException("file", "hotline.error.file-too-long", maxRows);
		}
		if (rows.isEmpty() || !rows.getFirst().containsValue("ticket_number")) {
			throw new InvalidInputException("file", "hotline.error.file-columns");
		}
		Map<String, String> headings = rows.getFirst();
		List<TicketRow> tickets = new ArrayList<>();
		for (int i = 1; i < rows.size(); i++) {
			Map<String, String> fields = new HashMap<>();
			Map<String, String> cells = rows.get(i);
			headings.forEach((column, field) -> fields.put(field, cells.get(column)));
			if (fields.values().stream().allMatch((value) -> value == null || value.isBlank())) {
				continue;
			}
			tickets.add(row(i + 1, fields));
		}
		return tickets;
	}

	private static TicketRow row(int line, Map<String, String> fields) {
		List<FieldProblem> problems = new ArrayList<>();
		Double lat = number(fields.get("lat"), "lat", problems);
		Double lon = number(fields.get("lon"), "lon", problems);
		TicketForm form = new TicketForm(fields.get("ticket_number"), fields.get("received_at"),
				fields.get("caller_name"), fields.get("caller_phone"), fields.get("content"), fields.get("address"),
				lat, lon, fields.get("hotline_category"), fields.get("urgency"), fields.get("deadline"));
		return new TicketRow(line, form, problems);
	}

	private static Double number(String text, String field, List<FieldProblem> problems) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Double.valueOf(text.strip());
		}
		catch (NumberFormatException ex) {
			problems.add(new FieldProblem(field, "hotline.error.number", text));
			return null;
		}
	}

	/** The rows as column → text, the heading row as column → field. */
	private static List<Map<String, String>> csv(byte[] content) {
		List<Map<String, String>> rows = new ArrayList<>();
		try (Reader reader = new InputStreamReader(new ByteArrayInputStream(content), StandardCharsets.UTF_8);
				CSVParser parser = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).get().parse(reader)) {
			for (CSVRecord record : parser) {
				Map<String, String> row = new HashMap<>();
				for (int column = 0; column < record.size(); column++) {
					row.put(String.valueOf(column), record.get(column));
				}
				rows.add(rows.isEmpty() ? headings(row) : row);
			}
		}
		catch (IOException | java.io.UncheckedIOException | IllegalStateException ex) {
			throw new InvalidInputException("file", "hotline.error.file-unreadable");
		}
		return rows;
	}

	private static List<Map<String, String>> xlsx(byte[] content) {
		List<Map<String, String>> rows = new ArrayList<>();
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(content));
				Stream<Row> sheet = workbook.getFirstSheet().openStream()) {
			Map<String, String> headings = null;
			for (Row row : (Iterable<Row>) sheet::iterator) {
				Map<String, String> cells = new HashMap<>();
				for (Cell cell : row) {
					if (cell != null) {
						cells.put(String.valueOf(cell.getColumnIndex()), (headings == null) ? cell.getText()
								: text(cell, headings.get(String.valueOf(cell.getColumnIndex()))));
					}
				}
				if (headings == null) {
					headings = headings(cells);
					rows.add(headings);
				}
				else {
					rows.add(cells);
				}
			}
		}
		catch (IOException | RuntimeException ex) {
			throw new InvalidInputException("file", "hotline.error.file-unreadable");
		}
		return rows;
	}

	/** A cell as text: a date cell of a time column in China time, numbers in full. */
	private static String text(Cell cell, String field) {
		if (cell.getType() != CellType.NUMBER) {
			return cell.getText();
		}
		if ("received_at".equals(field) || "deadline".equals(field)) {
			return LOCAL.format(cell.asDate());
		}
		BigDecimal number = cell.asNumber();
		return (number != null) ? number.stripTrailingZeros().toPlainString() : null;
	}

	private static Map<String, String> headings(Map<String, String> row) {
		Map<String, String> headings = new HashMap<>();
		row.forEach((column, heading) -> {
			String field = HotlineWords.field(heading);
			if (field != null) {
				headings.put(column, field);
			}
		});
		return headings;
	}

	record TicketRow(int line, TicketForm form, List<FieldProblem> problems) {
	}

}

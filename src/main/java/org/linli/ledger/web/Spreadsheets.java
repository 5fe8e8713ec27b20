package org.linli.ledger.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Writes a table as CSV (UTF-8 with a byte-order mark, so Excel reads Chinese correctly)
 * or as an XLSX workbook. Numbers stay numbers in the workbook.
 */
final class Spreadsheets {

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

	private Spreadsheets() {
	}

	record Table(String name, List<String> headers, List<List<Object>> rows) {

		Table {
			headers = List.copyOf(headers);
			rows = List.copyOf(rows);
		}

	}

	static ResponseEntity<byte[]> response(Table table, String format, String fileName) {
		boolean xlsx = "xlsx".equals(format);
		byte[] body = xlsx ? xlsx(table) : csv(table);
		ContentDisposition disposition = ContentDisposition.attachment()
			.filename(fileName + (xlsx ? ".xlsx" : ".csv"), StandardCharsets.UTF_8)
			.build();
		return ResponseEntity.ok()
			.contentType(xlsx ? XLSX : CSV)
			.header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
			.body(body);
	}

	static byte[] csv(Table table) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		bytes.write(0xEF);
		bytes.write(0xBB);
		bytes.write(0xBF);
		try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
				CSVPrinter printer = new CSVPrinter(writer, CSVFormat.EXCEL)) {
			printer.printRecord(table.headers());
			for (List<Object> row : table.rows()) {
				printer.printRecord(row.stream().map((cell) -> (cell != null) ? cell : "").toList());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	static byte[] xlsx(Table table) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try {
			Workbook workbook = new Workbook(bytes, "Linli", "1.0");
			Worksheet sheet = workbook.newWorksheet(sheetName(table.name()));
			for (int column = 0; column < table.headers().size(); column++) {
				sheet.value(0, column, table.headers().get(column));
				sheet.style(0, column).bold().set();
			}
			for (int row = 0; row < table.rows().size(); row++) {
				List<Object> cells = table.rows().get(row);
				for (int column = 0; column < cells.size(); column++) {
					Object cell = cells.get(column);
					if (cell instanceof Number number) {
						sheet.value(row + 1, column, number);
					}
					else if (cell != null) {
						sheet.value(row + 1, column, cell.toString());
					}
				}
			}
			workbook.finish();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	/** Sheet names may not exceed 31 characters nor hold []:*?/\. */
	private static String sheetName(String name) {
		String clean = name.replaceAll("[\\[\\]:*?/\\\\]", " ");
		return (clean.length() > 31) ? clean.substring(0, 31) : clean;
	}

}

package org.linli.calendar.internal;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.linli.calendar.SpecialDay;
import org.linli.shared.FieldProblem;
import org.linli.shared.InvalidInputException;

/**
 * One year's special days as the State Council publishes them, in the form
 * {@code date,kind,name} with kind {@code holiday} or {@code workday}. Reading checks
 * every line and refuses the whole file, listing every problem by line number.
 */
public final class SpecialDayCsv {

	public static final String HEADER = "date,kind,name";

	static final int NAME_MAX = 100;

	private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setTrim(true).get();

	private SpecialDayCsv() {
	}

	public static List<SpecialDay> parse(int year, String csv) {
		String text = (csv == null) ? "" : csv.replace("\uFEFF", "");
		String[] lines = text.split("\\R", -1);
		List<FieldProblem> problems = new ArrayList<>();
		List<SpecialDay> days = new ArrayList<>();
		Map<LocalDate, Integer> seen = new HashMap<>();
		String first = lines[0].strip().toLowerCase(Locale.ROOT);
		if (!HEADER.equals(first.replace(" ", ""))) {
			problems.add(new FieldProblem(line(1), "calendar.error.csv.header", HEADER));
		}
		// a first line that starts like the header is a (possibly misspelt) header,
		// anything else is data
		int firstData = first.startsWith("date") ? 1 : 0;
		for (int i = firstData; i < lines.length; i++) {
			if (lines[i].isBlank()) {
				continue;
			}
			int number = i + 1;
			int before = problems.size();
			SpecialDay day = parseLine(year, number, lines[i], problems);
			if (day != null && problems.size() == before) {
				Integer earlier = seen.putIfAbsent(day.date(), number);
				if (earlier != null) {
					problems.add(new FieldProblem(line(number), "calendar.error.csv.duplicate", day.date().toString(),
							String.valueOf(earlier)));
				}
				days.add(day);
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException("calendar.error.csv.invalid", problems, String.valueOf(year),
					String.valueOf(problems.size()));
		}
		days.sort(Comparator.comparing(SpecialDay::date));
		return List.copyOf(days);
	}

	public static String format(List<SpecialDay> days) {
		StringBuilder out = new StringBuilder(HEADER).append('\n');
		try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get())) {
			for (SpecialDay day : days) {
				printer.printRecord(day.date(), day.kind().name().toLowerCase(Locale.ROOT), day.name());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString();
	}

	private static SpecialDay parseLine(int year, int number, String text, List<FieldProblem> problems) {
		String field = line(number);
		CSVRecord record;
		try (CSVParser parser = CSVParser.parse(new StringReader(text), FORMAT)) {
			record = parser.getRecords().getFirst();
		}
		catch (IOException | RuntimeException ex) {
			problems.add(new FieldProblem(field, "calendar.error.csv.syntax"));
			return null;
		}
		if (record.size() != 3) {
			problems.add(new FieldProblem(field, "calendar.error.csv.columns", String.valueOf(record.size())));
			return null;
		}
		LocalDate date = date(year, field, record.get(0), problems);
		SpecialDay.Kind kind = kind(field, record.get(1), problems);
		String name = record.get(2);
		if (name.isEmpty() || name.length() > NAME_MAX) {
			problems.add(new FieldProblem(field, "calendar.error.csv.name", String.valueOf(NAME_MAX)));
		}
		if (date == null || kind == null) {
			return null;
		}
		if (kind == SpecialDay.Kind.WORKDAY && !isWeekend(date)) {
			problems.add(new FieldProblem(field, "calendar.error.csv.workday-on-weekday", date.toString()));
		}
		return new SpecialDay(date, kind, name);
	}

	private static LocalDate date(int year, String field, String text, List<FieldProblem> problems) {
		LocalDate date;
		try {
			date = LocalDate.parse(text);
		}
		catch (DateTimeParseException ex) {
			problems.add(new FieldProblem(field, "calendar.error.csv.date", text));
			return null;
		}
		if (date.getYear() != year) {
			problems.add(new FieldProblem(field, "calendar.error.csv.other-year", text, String.valueOf(year)));
			return null;
		}
		return date;
	}

	private static SpecialDay.Kind kind(String field, String text, List<FieldProblem> problems) {
		return switch (text.toLowerCase(Locale.ROOT)) {
			case "holiday" -> SpecialDay.Kind.HOLIDAY;
			case "workday" -> SpecialDay.Kind.WORKDAY;
			default -> {
				problems.add(new FieldProblem(field, "calendar.error.csv.kind", text));
				yield null;
			}
		};
	}

	private static boolean isWeekend(LocalDate date) {
		return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
	}

	private static String line(int number) {
		return "line " + number;
	}

}

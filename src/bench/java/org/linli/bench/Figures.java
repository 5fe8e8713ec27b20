package org.linli.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The figures of one run: each is printed as {@code bench <name> <value> <unit>} when
 * taken, and all of them again in the summary at the end.
 */
final class Figures {

	private final List<String> lines = new ArrayList<>();

	private final List<String> notes = new ArrayList<>();

	void add(String name, double value, String unit) {
		String line = String.format(Locale.ROOT, "bench %s %s %s", name, format(value), unit);
		this.lines.add(line);
		System.out.println(line);
		System.out.flush();
	}

	void note(String note) {
		this.notes.add(note);
		System.out.println("bench-note " + note);
		System.out.flush();
	}

	void printSummary() {
		StringBuilder summary = new StringBuilder("\n==== bench summary (").append(this.lines.size())
			.append(" figures) ====\n");
		this.lines.forEach((line) -> summary.append(line).append('\n'));
		this.notes.forEach((note) -> summary.append("note: ").append(note).append('\n'));
		summary.append("====");
		System.out.println(summary);
		System.out.flush();
	}

	private static String format(double value) {
		if (value == Math.rint(value) && Math.abs(value) < 1e15) {
			return String.valueOf((long) value);
		}
		return String.format(Locale.ROOT, (Math.abs(value) >= 100) ? "%.0f" : (Math.abs(value) >= 1) ? "%.2f" : "%.3f", value);
	}

}

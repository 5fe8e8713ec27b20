package org.linli.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.linli.resident.Gender;

/**
 * Draws plausible Chinese names: surnames by their national frequency, given names by
 * gender and the generation a birth year belongs to. The lists are data files
 * ({@code surnames.txt}, {@code given-names.txt}).
 */
final class DemoNames {

	private final Weighted<String> surnames = new Weighted<>();

	private final List<GivenName> givenNames = new ArrayList<>();

	DemoNames() {
		for (String line : DemoText.lines("surnames.txt")) {
			String[] fields = line.split(",");
			this.surnames.add(fields[0], Integer.parseInt(fields[1]));
		}
		for (String line : DemoText.lines("given-names.txt")) {
			String[] fields = line.split(",");
			this.givenNames.add(new GivenName(fields[0], fields[1], fields[2], Integer.parseInt(fields[3])));
		}
	}

	String surname(Random random) {
		return this.surnames.pick(random);
	}

	String givenName(Random random, Gender gender, int birthYear) {
		String era = (birthYear < 1965) ? "old" : (birthYear < 1990) ? "mid" : "young";
		String sex = (gender == Gender.MALE) ? "M" : "F";
		Weighted<String> fitting = new Weighted<>();
		for (GivenName name : this.givenNames) {
			if (name.era().equals(era) && (name.sex().equals(sex) || name.sex().equals("U"))) {
				fitting.add(name.name(), name.weight());
			}
		}
		return fitting.pick(random);
	}

	String fullName(Random random, Gender gender, int birthYear) {
		return surname(random) + givenName(random, gender, birthYear);
	}

	private record GivenName(String name, String sex, String era, int weight) {
	}

	private static final class Weighted<T> {

		private final List<T> values = new ArrayList<>();

		private final List<Integer> cumulative = new ArrayList<>();

		private int total;

		void add(T value, int weight) {
			this.total += weight;
			this.values.add(value);
			this.cumulative.add(this.total);
		}

		T pick(Random random) {
			int target = random.nextInt(this.total);
			int index = 0;
			while (this.cumulative.get(index) <= target) {
				index++;
			}
			return this.values.get(index);
		}

	}

}

package org.linli.resident;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ResidentIdNumberTest {

	// the worked example of GB 11643-1999
	private static final String STANDARD_EXAMPLE = "11010519491231002X";

	@Test
	void acceptsANumberWhoseCheckCharacterIsRight() {
		ResidentIdNumber number = ResidentIdNumber.parse(STANDARD_EXAMPLE).orElseThrow();

		assertThat(number.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
		assertThat(number.gender()).isEqualTo(Gender.FEMALE);
	}

	@Test
	void toleratesALowerCaseXAndSurroundingSpaces() {
		assertThat(ResidentIdNumber.parse(" 11010519491231002x ")).map(ResidentIdNumber::value)
			.contains(STANDARD_EXAMPLE);
	}

	@Test
	void refusesAWrongCheckCharacter() {
		assertThat(ResidentIdNumber.parse("110105194912310021")).isEmpty();
	}

	@Test
	void refusesAnImpossibleBirthDateEvenWithTheRightCheckCharacter() {
		assertThat(ResidentIdNumber.parse("310107198002301237")).isEmpty();
	}

	@Test
	void refusesABirthDateInTheFuture() {
		assertThat(ResidentIdNumber.parse("310107209912311232")).isEmpty();
	}

	@Test
	void refusesTheWrongShape() {
		assertThat(ResidentIdNumber.parse("1101051949123100")).isEmpty();
		assertThat(ResidentIdNumber.parse("11010519491231002XX")).isEmpty();
		assertThat(ResidentIdNumber.parse("A1010519491231002X")).isEmpty();
		assertThat(ResidentIdNumber.parse(null)).isEmpty();
	}

	@Test
	void composedNumbersAreValidAndCarryTheGivenFacts() {
		ResidentIdNumber man = ResidentIdNumber.compose("310107", LocalDate.of(1980, 2, 29), 123);
		ResidentIdNumber woman = ResidentIdNumber.compose("310107", LocalDate.of(1980, 2, 29), 124);

		assertThat(ResidentIdNumber.parse(man.value())).contains(man);
		assertThat(man.value()).startsWith("31010719800229123");
		assertThat(man.gender()).isEqualTo(Gender.MALE);
		assertThat(woman.gender()).isEqualTo(Gender.FEMALE);
	}

	@Test
	void masksAllButTheFirstThreeAndLastFour() {
		ResidentIdNumber number = ResidentIdNumber.parse(STANDARD_EXAMPLE).orElseThrow();

		assertThat(number.masked()).isEqualTo("110***********002X").hasSize(18);
		assertThat(number.toString()).isEqualTo(number.masked());
	}

}

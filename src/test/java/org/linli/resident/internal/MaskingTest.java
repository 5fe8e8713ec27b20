package org.linli.resident.internal;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.linli.shared.privacy.NameMask;
import org.linli.shared.privacy.PhoneMask;

import static org.assertj.core.api.Assertions.assertThat;

class MaskingTest {

	private final NameMask names = new NameMask(Set.of("欧阳", "司马"));

	@Test
	void nameKeepsTheSurnameAndStarsEachOtherCharacter() {
		assertThat(this.names.mask("张三")).isEqualTo("张*");
		assertThat(this.names.mask("李建国")).isEqualTo("李**");
	}

	@Test
	void compoundSurnameIsKeptWhole() {
		assertThat(this.names.mask("欧阳娜娜")).isEqualTo("欧阳**");
		assertThat(this.names.mask("司马光")).isEqualTo("司马*");
	}

	@Test
	void twoCharacterNameStartingLikeACompoundSurnameKeepsOneCharacter() {
		assertThat(this.names.mask("欧阳")).isEqualTo("欧*");
	}

	@Test
	void mobileNumberKeepsTheFirstThreeAndLastFourDigits() {
		assertThat(PhoneMask.mask("13812345678")).isEqualTo("138****5678");
	}

	@Test
	void landlineIsMaskedTheSameWay() {
		assertThat(PhoneMask.mask("02162345678")).isEqualTo("021****5678");
	}

	@Test
	void theStandardMaskKnowsTheListedCompoundSurnames() {
		assertThat(NameMask.standard().mask("诸葛亮")).isEqualTo("诸葛*");
		assertThat(NameMask.standard().mask("王小明")).isEqualTo("王**");
	}

	@Test
	void aNumberTooShortToShowSevenDigitsIsStarredWhole() {
		assertThat(PhoneMask.mask("1234567")).isEqualTo("*******");
	}

	@Test
	void phoneNumbersAreNormalisedBeforeTheyAreCompared() {
		assertThat(PhoneNumbers.normalize("+86 138-1234-5678")).contains("13812345678");
		assertThat(PhoneNumbers.normalize("021-62345678")).contains("02162345678");
	}

	@Test
	void malformedPhoneNumbersAreRefused() {
		assertThat(PhoneNumbers.normalize("12812345678")).isEmpty();
		assertThat(PhoneNumbers.normalize("1381234567")).isEmpty();
		assertThat(PhoneNumbers.normalize("62345678")).isEmpty();
		assertThat(PhoneNumbers.normalize("phone")).isEmpty();
	}

}

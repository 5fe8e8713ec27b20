package org.linli.shared.privacy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FieldCipherTest {

	private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);

	private static final String OTHER_KEY = Base64.getEncoder().encodeToString(filled(32, (byte) 7));

	private final FieldCipher cipher = FieldCipher.fromBase64Key(KEY, "test/encryption", "test/index");

	@Test
	void decryptsWhatItEncrypted() {
		byte[] sealed = this.cipher.encrypt("phone", "13812345678");

		assertThat(this.cipher.decrypt("phone", sealed)).isEqualTo("13812345678");
	}

	@Test
	void sealedValueIsIvPlusCiphertextPlusTagWithoutTheClearText() {
		byte[] sealed = this.cipher.encrypt("phone", "13812345678");

		assertThat(sealed).hasSize(12 + 11 + 16);
		assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain("1381234");
	}

	@Test
	void sameValueEncryptsDifferentlyEachTime() {
		byte[] first = this.cipher.encrypt("phone", "13812345678");
		byte[] second = this.cipher.encrypt("phone", "13812345678");

		assertThat(first).isNotEqualTo(second);
		assertThat(Arrays.copyOf(first, 12)).isNotEqualTo(Arrays.copyOf(second, 12));
	}

	@Test
	void alteredCiphertextIsDetected() {
		byte[] sealed = this.cipher.encrypt("id-number", "310107198001011234");
		sealed[15] ^= 1;

		assertThatThrownBy(() -> this.cipher.decrypt("id-number", sealed))
			.isInstanceOf(FieldCipher.UndecryptableException.class);
	}

	@Test
	void alteredIvIsDetected() {
		byte[] sealed = this.cipher.encrypt("phone", "13812345678");
		sealed[0] ^= 1;

		assertThatThrownBy(() -> this.cipher.decrypt("phone", sealed))
			.isInstanceOf(FieldCipher.UndecryptableException.class);
	}

	@Test
	void truncatedValueIsDetected() {
		byte[] sealed = this.cipher.encrypt("phone", "13812345678");

		assertThatThrownBy(() -> this.cipher.decrypt("phone", Arrays.copyOf(sealed, 20)))
			.isInstanceOf(FieldCipher.UndecryptableException.class);
	}

	@Test
	void valueSealedForOnePurposeDoesNotOpenForAnother() {
		byte[] sealed = this.cipher.encrypt("phone", "13812345678");

		assertThatThrownBy(() -> this.cipher.decrypt("id-number", sealed))
			.isInstanceOf(FieldCipher.UndecryptableException.class);
	}

	@Test
	void valueSealedUnderAnotherKeyDoesNotOpen() {
		byte[] sealed = FieldCipher.fromBase64Key(OTHER_KEY, "test/encryption", "test/index")
			.encrypt("phone", "13812345678");

		assertThatThrownBy(() -> this.cipher.decrypt("phone", sealed))
			.isInstanceOf(FieldCipher.UndecryptableException.class);
	}

	@Test
	void blindIndexIsStableForEqualValuesAndDiffersOtherwise() {
		byte[] index = this.cipher.blindIndex("phone", "13812345678");

		assertThat(this.cipher.blindIndex("phone", "13812345678")).isEqualTo(index).hasSize(32);
		assertThat(this.cipher.blindIndex("phone", "13812345679")).isNotEqualTo(index);
		assertThat(this.cipher.blindIndex("id-number", "13812345678")).isNotEqualTo(index);
		assertThat(FieldCipher.fromBase64Key(OTHER_KEY, "test/encryption", "test/index")
			.blindIndex("phone", "13812345678")).isNotEqualTo(index);
	}

	@Test
	void refusesAMissingKey() {
		assertThatIllegalStateException()
			.isThrownBy(() -> FieldCipher.fromBase64Key("", "test/encryption", "test/index"))
			.withMessageContaining("linli.security.data-key");
		assertThatIllegalStateException()
			.isThrownBy(() -> FieldCipher.fromBase64Key(null, "test/encryption", "test/index"));
	}

	@Test
	void refusesAKeyOfTheWrongLength() {
		String shortKey = Base64.getEncoder().encodeToString(new byte[16]);

		assertThatIllegalStateException()
			.isThrownBy(() -> FieldCipher.fromBase64Key(shortKey, "test/encryption", "test/index"))
			.withMessageContaining("32 bytes");
	}

	@Test
	void refusesAKeyThatIsNotBase64() {
		assertThatIllegalStateException()
			.isThrownBy(() -> FieldCipher.fromBase64Key("not base64!", "test/encryption", "test/index"))
			.withMessageContaining("base64");
	}

	private static byte[] filled(int length, byte value) {
		byte[] bytes = new byte[length];
		Arrays.fill(bytes, value);
		return bytes;
	}

	@Test
	void keysDerivedUnderAnotherLabelCannotOpenTheValue() {
		byte[] sealed = this.cipher.encrypt("phone", "13812345678");
		FieldCipher other = FieldCipher.fromBase64Key(KEY, "test/other-encryption", "test/index");

		assertThatThrownBy(() -> other.decrypt("phone", sealed)).isInstanceOf(FieldCipher.UndecryptableException.class);
		assertThat(other.blindIndex("phone", "13812345678")).isEqualTo(this.cipher.blindIndex("phone", "13812345678"));
	}

}

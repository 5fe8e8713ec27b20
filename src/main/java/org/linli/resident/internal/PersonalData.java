package org.linli.resident.internal;

import org.linli.resident.ResidentIdNumber;
import org.linli.shared.privacy.FieldCipher;
import org.linli.shared.privacy.PhoneMask;

/**
 * Turns phone numbers and ID numbers into what is stored (sealed value, blind index,
 * masked form) and back. The callers have validated the values already.
 */
final class PersonalData {

	private static final String PHONE = "linli:resident:phone";

	private static final String ID_NUMBER = "linli:resident:id-number";

	private final FieldCipher cipher;

	PersonalData(FieldCipher cipher) {
		this.cipher = cipher;
	}

	Stored phone(String text) {
		String phone = PhoneNumbers.normalize(text).orElseThrow();
		return new Stored(this.cipher.encrypt(PHONE, phone), this.cipher.blindIndex(PHONE, phone),
				PhoneMask.mask(phone));
	}

	Stored idNumber(String text) {
		ResidentIdNumber idNumber = ResidentIdNumber.parse(text).orElseThrow();
		return new Stored(this.cipher.encrypt(ID_NUMBER, idNumber.value()),
				this.cipher.blindIndex(ID_NUMBER, idNumber.value()), idNumber.masked());
	}

	byte[] phoneIndex(String normalizedPhone) {
		return this.cipher.blindIndex(PHONE, normalizedPhone);
	}

	byte[] idNumberIndex(ResidentIdNumber idNumber) {
		return this.cipher.blindIndex(ID_NUMBER, idNumber.value());
	}

	String openPhone(byte[] sealed) {
		return (sealed != null) ? this.cipher.decrypt(PHONE, sealed) : null;
	}

	String openIdNumber(byte[] sealed) {
		return (sealed != null) ? this.cipher.decrypt(ID_NUMBER, sealed) : null;
	}

	/** One personal data value as it is stored. */
	record Stored(byte[] sealed, byte[] index, String masked) {

	}

}

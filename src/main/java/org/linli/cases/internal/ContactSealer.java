package org.linli.cases.internal;

import java.util.HexFormat;

import org.linli.shared.privacy.FieldCipher;
import org.linli.shared.privacy.NameMask;
import org.linli.shared.privacy.PhoneMask;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Seals a reporter's contact details at rest under keys derived from the platform's data
 * key for this purpose only, and masks them for everyday views.
 */
@Component
class ContactSealer {

	private static final String PURPOSE = "linli/cases/reporter-contact/v1";

	private static final String FINGERPRINT = "linli/cases/submission-fingerprint/v1";

	private final FieldCipher cipher;

	ContactSealer(@Value("${linli.security.data-key:}") String dataKey) {
		this.cipher = FieldCipher.fromBase64Key(dataKey, PURPOSE, FINGERPRINT);
	}

	ReporterContact seal(String name, String phone) {
		if (name == null && phone == null) {
			return ReporterContact.NONE;
		}
		String clear = ((name != null) ? name : "") + "\n" + ((phone != null) ? phone : "");
		return new ReporterContact(this.cipher.encrypt(PURPOSE, clear),
				(name != null) ? NameMask.standard().mask(name) : null, (phone != null) ? PhoneMask.mask(phone) : null);
	}

	/**
	 * A keyed hash of a submission (which may hold a phone number), so that the stored
	 * fingerprint reveals nothing guessable.
	 */
	String fingerprint(String submission) {
		return HexFormat.of().formatHex(this.cipher.keyedHash(submission));
	}

}

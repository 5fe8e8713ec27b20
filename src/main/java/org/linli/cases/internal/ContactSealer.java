package org.linli.cases.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Seals a reporter's contact details at rest with AES-256-GCM under a key derived
 * (HKDF-SHA256) from the platform's data key for this purpose only, and masks them for
 * everyday views: the surname and one star per other character, the phone's first three
 * and last four digits.
 */
@Component
class ContactSealer {

	private static final String PURPOSE = "linli/cases/reporter-contact/v1";

	private static final int IV_BYTES = 12;

	private static final int TAG_BITS = 128;

	private static final String FINGERPRINT = "linli/cases/submission-fingerprint/v1";

	private final SecretKeySpec key;

	private final SecretKeySpec fingerprintKey;

	private final SecureRandom random = new SecureRandom();

	ContactSealer(@Value("${linli.security.data-key:}") String dataKey) {
		if (dataKey == null || dataKey.isBlank()) {
			throw new IllegalStateException("linli.security.data-key is not set (LINLI_SECURITY_DATA_KEY)");
		}
		byte[] secret = Base64.getDecoder().decode(dataKey.strip());
		this.key = new SecretKeySpec(derive(secret, PURPOSE), "AES");
		this.fingerprintKey = new SecretKeySpec(derive(secret, FINGERPRINT), "HmacSHA256");
	}

	ReporterContact seal(String name, String phone) {
		if (name == null && phone == null) {
			return ReporterContact.NONE;
		}
		String clear = ((name != null) ? name : "") + "\n" + ((phone != null) ? phone : "");
		return new ReporterContact(encrypt(clear), (name != null) ? maskName(name) : null,
				(phone != null) ? maskPhone(phone) : null);
	}

	/**
	 * A keyed hash of a submission (which may hold a phone number), so that the stored
	 * fingerprint reveals nothing guessable.
	 */
	String fingerprint(String submission) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(this.fingerprintKey);
			return HexFormat.of().formatHex(mac.doFinal(submission.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HMAC-SHA256 is not available", ex);
		}
	}

	private byte[] encrypt(String clear) {
		byte[] iv = new byte[IV_BYTES];
		this.random.nextBytes(iv);
		try {
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, this.key, new GCMParameterSpec(TAG_BITS, iv));
			cipher.updateAAD(PURPOSE.getBytes(StandardCharsets.UTF_8));
			byte[] sealed = cipher.doFinal(clear.getBytes(StandardCharsets.UTF_8));
			return ByteBuffer.allocate(IV_BYTES + sealed.length).put(iv).put(sealed).array();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("AES-GCM is not available", ex);
		}
	}

	static String maskName(String name) {
		int[] characters = name.codePoints().toArray();
		return (characters.length < 2) ? name : new String(characters, 0, 1) + "*".repeat(characters.length - 1);
	}

	static String maskPhone(String phone) {
		String digits = phone.replaceAll("[^0-9]", "");
		if (digits.length() < 8) {
			return "*".repeat(digits.length());
		}
		return digits.substring(0, 3) + "*".repeat(digits.length() - 7) + digits.substring(digits.length() - 4);
	}

	/** HKDF-SHA256 (RFC 5869) with an empty salt, one 32-byte block. */
	private static byte[] derive(byte[] dataKey, String info) {
		try {
			Mac extract = Mac.getInstance("HmacSHA256");
			extract.init(new SecretKeySpec(new byte[32], "HmacSHA256"));
			byte[] pseudoRandomKey = extract.doFinal(dataKey);
			Mac expand = Mac.getInstance("HmacSHA256");
			expand.init(new SecretKeySpec(pseudoRandomKey, "HmacSHA256"));
			expand.update(info.getBytes(StandardCharsets.UTF_8));
			return expand.doFinal(new byte[] { 1 });
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HMAC-SHA256 is not available", ex);
		}
	}

}

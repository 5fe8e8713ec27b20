package org.linli.shared.privacy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts personal data values at rest with AES-256-GCM and computes their blind index
 * (or any keyed hash that must not be guessable from the value). A sealed value is the
 * random 12-byte IV followed by the ciphertext and its 16-byte tag. The purpose (which
 * field) is bound in as associated data, so a phone's ciphertext cannot be passed off as
 * an ID number's. The encryption key and the index key are both derived from the
 * configured data key with HKDF-SHA256 under labels of the caller's choosing, so one
 * secret serves every module and no derived key reveals another.
 */
public final class FieldCipher {

	public static final int KEY_BYTES = 32;

	private static final int IV_BYTES = 12;

	private static final int TAG_BITS = 128;

	private final SecretKeySpec encryptionKey;

	private final SecretKeySpec indexKey;

	private final SecureRandom random = new SecureRandom();

	private FieldCipher(byte[] dataKey, String encryptionLabel, String indexLabel) {
		this.encryptionKey = new SecretKeySpec(hkdf(dataKey, encryptionLabel), "AES");
		this.indexKey = new SecretKeySpec(hkdf(dataKey, indexLabel), "HmacSHA256");
	}

	/**
	 * @throws IllegalStateException when the key is missing, not base64, or not 32 bytes
	 * long
	 */
	public static FieldCipher fromBase64Key(String base64, String encryptionLabel, String indexLabel) {
		if (base64 == null || base64.isBlank()) {
			throw new IllegalStateException(
					"linli.security.data-key is not set: give the base64 of 32 random bytes (LINLI_SECURITY_DATA_KEY)");
		}
		byte[] key;
		try {
			key = Base64.getDecoder().decode(base64.strip());
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalStateException("linli.security.data-key is not valid base64");
		}
		if (key.length != KEY_BYTES) {
			throw new IllegalStateException("linli.security.data-key must be " + KEY_BYTES + " bytes, not " + key.length
					+ ": give the base64 of 32 random bytes");
		}
		return new FieldCipher(key, encryptionLabel, indexLabel);
	}

	public byte[] encrypt(String purpose, String clear) {
		byte[] iv = new byte[IV_BYTES];
		this.random.nextBytes(iv);
		try {
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, this.encryptionKey, new GCMParameterSpec(TAG_BITS, iv));
			cipher.updateAAD(purpose.getBytes(StandardCharsets.UTF_8));
			byte[] sealed = cipher.doFinal(clear.getBytes(StandardCharsets.UTF_8));
			return ByteBuffer.allocate(IV_BYTES + sealed.length).put(iv).put(sealed).array();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("AES-GCM is not available", ex);
		}
	}

	/**
	 * @throws UndecryptableException when the value was altered, sealed for another
	 * purpose, or under another key
	 */
	public String decrypt(String purpose, byte[] sealed) {
		if (sealed.length < IV_BYTES + TAG_BITS / 8) {
			throw new UndecryptableException();
		}
		try {
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, this.encryptionKey, new GCMParameterSpec(TAG_BITS, sealed, 0, IV_BYTES));
			cipher.updateAAD(purpose.getBytes(StandardCharsets.UTF_8));
			byte[] clear = cipher.doFinal(sealed, IV_BYTES, sealed.length - IV_BYTES);
			return new String(clear, StandardCharsets.UTF_8);
		}
		catch (AEADBadTagException ex) {
			throw new UndecryptableException();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("AES-GCM is not available", ex);
		}
	}

	/**
	 * A keyed hash of the value, equal for equal values, for exact-match lookup without
	 * decrypting.
	 */
	public byte[] blindIndex(String purpose, String clear) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(this.indexKey);
			mac.update(purpose.getBytes(StandardCharsets.UTF_8));
			mac.update((byte) 0);
			return mac.doFinal(clear.getBytes(StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is not available", ex);
		}
	}

	/** A keyed hash of the whole value under the index key, with no purpose prefix. */
	public byte[] keyedHash(String clear) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(this.indexKey);
			return mac.doFinal(clear.getBytes(StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is not available", ex);
		}
	}

	/** HKDF-SHA256 (RFC 5869) with an empty salt, one output block. */
	private static byte[] hkdf(byte[] inputKey, String info) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(new byte[32], "HmacSHA256"));
			byte[] pseudoRandomKey = mac.doFinal(inputKey);
			mac.init(new SecretKeySpec(pseudoRandomKey, "HmacSHA256"));
			mac.update(info.getBytes(StandardCharsets.UTF_8));
			mac.update((byte) 1);
			byte[] okm = mac.doFinal();
			Arrays.fill(pseudoRandomKey, (byte) 0);
			return okm;
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is not available", ex);
		}
	}

	/**
	 * A stored value that does not decrypt: altered in the database, or the data key
	 * changed.
	 */
	public static final class UndecryptableException extends IllegalStateException {

		UndecryptableException() {
			super("An encrypted personal data value failed its integrity check");
		}

	}

}

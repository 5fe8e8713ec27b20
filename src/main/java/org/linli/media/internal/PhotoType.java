package org.linli.media.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * The image types accepted, recognised by their leading bytes only.
 */
enum PhotoType {

	JPEG("image/jpeg", "jpg"), PNG("image/png", "png"), WEBP("image/webp", "webp"), HEIC("image/heic", "heic"),
	HEIF("image/heif", "heif");

	private static final byte[] JPEG_MAGIC = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF };

	private static final byte[] PNG_MAGIC = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A };

	private static final Set<String> HEIC_BRANDS = Set.of("heic", "heix", "hevc", "heim", "heis");

	private static final Set<String> HEIF_BRANDS = Set.of("mif1", "msf1");

	private final String contentType;

	private final String extension;

	PhotoType(String contentType, String extension) {
		this.contentType = contentType;
		this.extension = extension;
	}

	String contentType() {
		return this.contentType;
	}

	String extension() {
		return this.extension;
	}

	static Optional<PhotoType> sniff(byte[] content) {
		if (startsWith(content, 0, JPEG_MAGIC)) {
			return Optional.of(JPEG);
		}
		if (startsWith(content, 0, PNG_MAGIC)) {
			return Optional.of(PNG);
		}
		if (isWebp(content)) {
			return Optional.of(WEBP);
		}
		return isoMediaType(content);
	}

	/**
	 * RIFF container of form WEBP whose first chunk is one of the three VP8 encodings.
	 */
	private static boolean isWebp(byte[] content) {
		if (!ascii(content, 0, "RIFF") || !ascii(content, 8, "WEBP")) {
			return false;
		}
		return ascii(content, 12, "VP8 ") || ascii(content, 12, "VP8L") || ascii(content, 12, "VP8X");
	}

	/**
	 * An ISO base media file opening with an {@code ftyp} box; HEIC when any brand names
	 * HEVC-coded images, HEIF when only the generic image brands appear.
	 */
	private static Optional<PhotoType> isoMediaType(byte[] content) {
		if (content.length < 16 || !ascii(content, 4, "ftyp")) {
			return Optional.empty();
		}
		long boxSize = ((content[0] & 0xFFL) << 24) | ((content[1] & 0xFFL) << 16) | ((content[2] & 0xFFL) << 8)
				| (content[3] & 0xFFL);
		if (boxSize < 16 || boxSize > content.length || boxSize % 4 != 0) {
			return Optional.empty();
		}
		boolean heif = false;
		for (int offset = 8; offset + 4 <= boxSize; offset += (offset == 8) ? 8 : 4) {
			String brand = new String(content, offset, 4, StandardCharsets.ISO_8859_1);
			if (HEIC_BRANDS.contains(brand)) {
				return Optional.of(HEIC);
			}
			heif |= HEIF_BRANDS.contains(brand);
		}
		return heif ? Optional.of(HEIF) : Optional.empty();
	}

	private static boolean ascii(byte[] content, int offset, String expected) {
		return startsWith(content, offset, expected.getBytes(StandardCharsets.ISO_8859_1));
	}

	private static boolean startsWith(byte[] content, int offset, byte[] expected) {
		return content.length >= offset + expected.length
				&& Arrays.equals(content, offset, offset + expected.length, expected, 0, expected.length);
	}

}

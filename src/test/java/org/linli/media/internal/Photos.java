package org.linli.media.internal;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ThreadLocalRandom;

import javax.imageio.ImageIO;

/**
 * Small, real-looking photos of each accepted type. Each call gives different bytes (a
 * random pixel) so tests do not meet each other's photos through deduplication.
 */
public final class Photos {

	private Photos() {
	}

	public static byte[] png() {
		return encode("png");
	}

	public static byte[] jpeg() {
		return encode("jpg");
	}

	/** A lossless WebP header (RIFF, WEBP, VP8L chunk) followed by arbitrary payload. */
	public static byte[] webp() {
		byte[] payload = randomBytes(24);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes(ascii("RIFF"));
		out.writeBytes(littleEndian(4 + 8 + payload.length));
		out.writeBytes(ascii("WEBP"));
		out.writeBytes(ascii("VP8L"));
		out.writeBytes(littleEndian(payload.length));
		out.writeBytes(payload);
		return out.toByteArray();
	}

	/** An ISO-BMFF {@code ftyp} box as an iPhone writes it, then an arbitrary box. */
	public static byte[] heic() {
		return isoMedia("heic", "mif1", "heic");
	}

	public static byte[] isoMedia(String majorBrand, String... compatibleBrands) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes(bigEndian(16 + 4 * compatibleBrands.length));
		out.writeBytes(ascii("ftyp"));
		out.writeBytes(ascii(majorBrand));
		out.writeBytes(bigEndian(0));
		for (String brand : compatibleBrands) {
			out.writeBytes(ascii(brand));
		}
		byte[] payload = randomBytes(16);
		out.writeBytes(bigEndian(8 + payload.length));
		out.writeBytes(ascii("mdat"));
		out.writeBytes(payload);
		return out.toByteArray();
	}

	private static byte[] encode(String format) {
		BufferedImage image = new BufferedImage(4, 3, BufferedImage.TYPE_INT_RGB);
		image.setRGB(1, 1, new Color(ThreadLocalRandom.current().nextInt(0xFFFFFF)).getRGB());
		image.setRGB(2, 2, new Color(ThreadLocalRandom.current().nextInt(0xFFFFFF)).getRGB());
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			if (!ImageIO.write(image, format, out)) {
				throw new IllegalStateException("No ImageIO writer for " + format);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	private static byte[] randomBytes(int length) {
		byte[] bytes = new byte[length];
		ThreadLocalRandom.current().nextBytes(bytes);
		return bytes;
	}

	private static byte[] ascii(String text) {
		return text.getBytes(StandardCharsets.US_ASCII);
	}

	private static byte[] bigEndian(int value) {
		return new byte[] { (byte) (value >>> 24), (byte) (value >>> 16), (byte) (value >>> 8), (byte) value };
	}

	private static byte[] littleEndian(int value) {
		return new byte[] { (byte) value, (byte) (value >>> 8), (byte) (value >>> 16), (byte) (value >>> 24) };
	}

}

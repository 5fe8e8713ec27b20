package org.linli.media.internal;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PhotoTypeTests {

	@Test
	void recognisesEachAcceptedTypeByItsBytes() {
		assertThat(PhotoType.sniff(Photos.jpeg())).contains(PhotoType.JPEG);
		assertThat(PhotoType.sniff(Photos.png())).contains(PhotoType.PNG);
		assertThat(PhotoType.sniff(Photos.webp())).contains(PhotoType.WEBP);
		assertThat(PhotoType.sniff(Photos.heic())).contains(PhotoType.HEIC);
	}

	@Test
	void heicBrandAmongCompatibleBrandsMakesHeic() {
		assertThat(PhotoType.sniff(Photos.isoMedia("mif1", "mif1", "heix"))).contains(PhotoType.HEIC);
		assertThat(PhotoType.sniff(Photos.isoMedia("hevc", "msf1"))).contains(PhotoType.HEIC);
	}

	@Test
	void genericImageBrandsAloneMakeHeif() {
		assertThat(PhotoType.sniff(Photos.isoMedia("mif1", "mif1", "avif"))).contains(PhotoType.HEIF);
	}

	@Test
	void otherIsoMediaIsRefused() {
		assertThat(PhotoType.sniff(Photos.isoMedia("isom", "isom", "mp41"))).isEmpty();
		assertThat(PhotoType.sniff(Photos.isoMedia("avif", "avif"))).isEmpty();
	}

	@Test
	void riffThatIsNotWebpIsRefused() {
		byte[] wave = Photos.webp();
		System.arraycopy("WAVE".getBytes(StandardCharsets.US_ASCII), 0, wave, 8, 4);
		assertThat(PhotoType.sniff(wave)).isEmpty();
	}

	@Test
	void textAndTruncatedMagicAreRefused() {
		assertThat(PhotoType.sniff("just some text".getBytes(StandardCharsets.UTF_8))).isEmpty();
		assertThat(PhotoType.sniff(new byte[] { (byte) 0xFF, (byte) 0xD8 })).isEmpty();
		assertThat(PhotoType.sniff(new byte[] { (byte) 0x89, 'P', 'N', 'G' })).isEmpty();
		assertThat(PhotoType.sniff(new byte[0])).isEmpty();
	}

	@Test
	void ftypBoxLongerThanTheFileIsRefused() {
		byte[] heic = Photos.isoMedia("heic", "mif1", "heic");
		heic[3] = (byte) 0x7C;
		assertThat(PhotoType.sniff(heic)).isEmpty();
	}

}

package org.linli.deliberation.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NamesTest {

	@Test
	void aMaskedNameKeepsItsFirstCharacterAndTheRoleInBrackets() {
		assertThat(Names.mask("李玉兰")).isEqualTo("李**");
		assertThat(Names.mask("刘伦学（业委会）")).isEqualTo("刘**（业委会）");
		assertThat(Names.mask("Tester(x)")).isEqualTo("T*****(x)");
		assertThat(Names.mask("王")).isEqualTo("王");
	}

}

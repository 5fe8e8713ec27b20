package org.linli.cases.web;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ConsoleSectionTest {

	@Test
	void moreAddsTwentyRowsUpToTwoHundred() {
		assertThat(new WorkPages.ConsoleSection(ConsoleQueue.FRESH, List.of(), true, 20).nextSize()).isEqualTo(40);
		assertThat(new WorkPages.ConsoleSection(ConsoleQueue.FRESH, List.of(), true, 190).nextSize()).isEqualTo(200);
		assertThat(new WorkPages.ConsoleSection(ConsoleQueue.FRESH, List.of(), true, 190).canShowMore()).isTrue();
		assertThat(new WorkPages.ConsoleSection(ConsoleQueue.FRESH, List.of(), true, 200).canShowMore())
			.as("two hundred rows is the most a queue shows")
			.isFalse();
		assertThat(new WorkPages.ConsoleSection(ConsoleQueue.FRESH, List.of(), false, 20).canShowMore()).isFalse();
	}

}

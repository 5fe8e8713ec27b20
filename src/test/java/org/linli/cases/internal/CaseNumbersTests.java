package org.linli.cases.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.linli.LinliTest;
import org.linli.cases.CaseApi;
import org.linli.shared.OverloadedException;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Case numbers come from the street's counter without holding it for the intake; intake
 * admits a bounded number of callers at once.
 */
@LinliTest
class CaseNumbersTests {

	private static final String STREET = "310107005";

	@Autowired
	CaseNumbers numbers;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Test
	void numbersDrawnAtOnceAreDistinctAndConsecutiveWithinTheStreetAndYear() throws Exception {
		Instant now = Instant.parse("2031-03-01T02:00:00Z");
		CaseNumbers.Wanted here = new CaseNumbers.Wanted(STREET, now);
		CaseNumbers.Wanted elsewhere = new CaseNumbers.Wanted("310107006", now);
		List<Future<List<String>>> drawn = new ArrayList<>();
		try (ExecutorService callers = Executors.newFixedThreadPool(8)) {
			for (int i = 0; i < 100; i++) {
				List<CaseNumbers.Wanted> batch = (i % 2 == 0) ? List.of(here) : List.of(here, elsewhere, here);
				drawn.add(callers.submit(() -> this.numbers.next(batch)));
			}
		}
		Set<String> distinct = new TreeSet<>();
		for (Future<List<String>> numbers : drawn) {
			numbers.get().stream().filter((number) -> number.contains(STREET)).forEach(distinct::add);
		}
		assertThat(distinct).hasSize(150);
		assertThat(distinct.iterator().next()).isEqualTo("2031" + STREET + "000001");
		assertThat(((TreeSet<String>) distinct).last()).isEqualTo("2031" + STREET + "000150");
	}

	@Test
	void aBatchGetsItsNumbersInTheOrderAsked() {
		Instant now = Instant.parse("2032-03-01T02:00:00Z");
		List<String> numbers = this.numbers.next(List.of(new CaseNumbers.Wanted(STREET, now),
				new CaseNumbers.Wanted("310107006", now), new CaseNumbers.Wanted(STREET, now),
				new CaseNumbers.Wanted(STREET, Instant.parse("2032-12-31T16:30:00Z"))));
		assertThat(numbers).containsExactly("2032" + STREET + "000001", "2032310107006000001",
				"2032" + STREET + "000002", "2033" + STREET + "000001");
	}

	@Test
	void aRetriedSubmissionDrawsNoNumber() throws Exception {
		CaseApi api = new CaseApi(this.mvc);
		String body = CaseApi.intake("WEB", CaseApi.freshSpot(), "06010", "retried concern");
		String key = "numbers-" + System.nanoTime();
		String first = api.report("resident1", body, key)
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		int before = lastValue(JsonPath.read(first, "$.number"));
		api.report("resident1", body, key).andExpect(status().isOk());
		assertThat(lastValue(JsonPath.read(first, "$.number"))).isEqualTo(before);
	}

	@Test
	void theGateRefusesAnIntakeThatWaitedItsTurnTooLong() throws Exception {
		IntakeGate gate = oneTurnGate();
		CountDownLatch held = new CountDownLatch(1);
		CountDownLatch done = new CountDownLatch(1);
		Thread other = Thread.ofVirtual().start(() -> {
			try (IntakeGate.Pass pass = gate.enter()) {
				held.countDown();
				done.await();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		});
		held.await();
		assertThatThrownBy(gate::enter).isInstanceOf(OverloadedException.class)
			.hasFieldOrPropertyWithValue("retryAfterSeconds", 2L);
		done.countDown();
		other.join();
		try (IntakeGate.Pass again = gate.enter()) {
			assertThat(again).as("a turn freed is a turn given").isNotNull();
		}
	}

	@Test
	void aRequestAdmittedBeforeAuthenticationKeepsItsTurnForTheIntake() {
		IntakeGate gate = oneTurnGate();
		try (IntakeGate.Pass request = gate.enter(); IntakeGate.Pass intake = gate.enter()) {
			assertThat(intake).isNotNull();
		}
		try (IntakeGate.Pass next = gate.enter()) {
			assertThat(next).as("the one turn was given back once").isNotNull();
		}
	}

	private static IntakeGate oneTurnGate() {
		return new IntakeGate(
				new CaseProperties(2, 2, 1, Duration.ofDays(7), 50, Duration.ofDays(7), 1, Duration.ofMillis(20)));
	}

	private int lastValue(String number) {
		return this.jdbc
			.sql("select last_value from cases.number_sequence where street_code = :street and year = :year")
			.param("street", number.substring(4, 13))
			.param("year", Integer.parseInt(number.substring(0, 4)))
			.query(Integer.class)
			.single();
	}

}

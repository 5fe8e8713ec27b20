package org.linli;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Without the {@code demo} profile the application starts empty: no demo street, no demo
 * logins.
 */
@SpringBootTest
@ActiveProfiles("test")
class ProductionProfileTests {

	@Autowired
	JdbcClient jdbc;

	@Test
	void noDemoDataIsLoadedOutsideTheDemoProfile() {
		assertThat(this.jdbc.sql("select count(*) from identity.accounts").query(Long.class).single()).isZero();
		assertThat(this.jdbc.sql("select count(*) from area.area").query(Long.class).single()).isZero();
		assertThat(this.jdbc.sql("select count(*) from resident.household").query(Long.class).single()).isZero();
	}

	@Test
	void referenceDataIsThereInEveryProfile() {
		assertThat(this.jdbc.sql("select count(*) from department.department").query(Long.class).single())
			.isGreaterThanOrEqualTo(10);
		assertThat(this.jdbc.sql("select count(*) from calendar.special_day").query(Long.class).single()).isEqualTo(72);
	}

}

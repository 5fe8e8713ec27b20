package org.linli.shared;

import org.junit.jupiter.api.Test;
import org.linli.LinliTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@LinliTest
class EmbeddedDatabaseTests {

	@Autowired
	JdbcClient jdbc;

	@Test
	void acknowledgedCommitsAreFlushedToDiskBeforeTheyAreAcknowledged() {
		assertThat(this.jdbc.sql("show synchronous_commit").query(String.class).single()).isEqualTo("on");
		assertThat(this.jdbc.sql("show fsync").query(String.class).single()).isEqualTo("on");
	}

	@Test
	void theDatabaseIsRealPostgreSqlOfTheConfiguredMajorVersion() {
		assertThat(this.jdbc.sql("show server_version_num").query(Integer.class).single())
			.isGreaterThanOrEqualTo(180000);
	}

}

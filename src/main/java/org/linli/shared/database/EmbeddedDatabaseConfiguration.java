package org.linli.shared.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Starts real PostgreSQL binaries from Maven Central when no
 * {@code spring.datasource.url} is configured, so a newcomer and the tests need nothing
 * installed. An operator sets {@code SPRING_DATASOURCE_URL} and this steps aside.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseConfiguration.NoExternalDatabase.class)
class EmbeddedDatabaseConfiguration {

	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres(EmbeddedDatabaseProperties properties) throws IOException {
		boolean keep = StringUtils.hasText(properties.dataDirectory());
		Path directory = keep ? Path.of(properties.dataDirectory()).toAbsolutePath()
				: Files.createTempDirectory("linli-pg");
		Files.createDirectories(directory);
		EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
			.setDataDirectory(directory)
			.setCleanDataDirectory(!keep)
			// stopped by the context after everything using the pool, not by a JVM hook
			// racing it
			.setRegisterShutdownHook(false)
			// the library turns both off for speed (-F and synchronous_commit=off);
			// acknowledged writes must survive a crash, and a later -c wins over -F
			.setServerConfig("fsync", "on")
			.setServerConfig("synchronous_commit", "on")
			.setServerConfig("timezone", "Asia/Shanghai")
			.setServerConfig("max_connections", "200");
		if (properties.port() > 0) {
			builder.setPort(properties.port());
		}
		return builder.start();
	}

	@Bean
	@ConfigurationProperties("spring.datasource.hikari")
	HikariDataSource dataSource(EmbeddedPostgres postgres) {
		HikariDataSource dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
		dataSource.setUsername("postgres");
		return dataSource;
	}

	static class NoExternalDatabase implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return !StringUtils.hasText(context.getEnvironment().getProperty("spring.datasource.url"));
		}

	}

}

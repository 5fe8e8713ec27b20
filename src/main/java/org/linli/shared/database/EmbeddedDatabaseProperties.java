package org.linli.shared.database;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the embedded PostgreSQL keeps its files; blank means a throw-away folder (tests).
 */
@ConfigurationProperties("linli.embedded-database")
record EmbeddedDatabaseProperties(String dataDirectory, int port) {
}

package org.linli.open311.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param jurisdictionId the jurisdiction this server answers for; a request naming
 * another one is not found
 * @param contact who runs the endpoint, for the discovery document
 * @param keyService where a developer asks for an API key, for the discovery document
 * @param changeset when the services last changed, for the discovery document
 * @param window the longest span a request list may cover (and the default one)
 * @param maxRows the most requests one list answers with (and the default page size)
 */
@ConfigurationProperties("linli.open311")
public record Open311Properties(@DefaultValue("linli") String jurisdictionId, @DefaultValue("") String contact,
		@DefaultValue("") String keyService, @DefaultValue("2026-11-22T00:00:00+08:00") String changeset,
		@DefaultValue("90d") Duration window, @DefaultValue("1000") int maxRows) {

}

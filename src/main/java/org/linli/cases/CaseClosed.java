package org.linli.cases;

import java.time.Instant;
import java.util.List;

/**
 * {@code reporter} is the signed-in resident who reported the concern, null for anyone
 * else; {@code followers} are the residents following it.
 */
public record CaseClosed(CaseId id, String number, String reporter, List<String> followers,
		Instant at) implements CaseEvent {

	public CaseClosed {
		followers = List.copyOf(followers);
	}

}

package org.linli.cases;

import java.util.Optional;

/**
 * Reads one concern for other modules, as the current caller may see it.
 */
public interface Concerns {

	/** Empty when the concern does not exist or lies outside the caller's scope. */
	Optional<ConcernSummary> visible(CaseId id);

}

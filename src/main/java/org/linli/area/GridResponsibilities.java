package org.linli.area;

import java.util.Map;

/**
 * The people a grid maps to; a duty nobody holds yet is null.
 */
public record GridResponsibilities(String gridWorker, String communityLead, String partyBranch,
		Map<String, String> liaisonsByDepartment) {

	public GridResponsibilities {
		liaisonsByDepartment = Map.copyOf(liaisonsByDepartment);
	}

}

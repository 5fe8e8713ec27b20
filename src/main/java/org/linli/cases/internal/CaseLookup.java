package org.linli.cases.internal;

import java.util.Optional;

import org.linli.cases.CaseId;
import org.linli.cases.ConcernSummary;
import org.linli.cases.Concerns;
import org.linli.identity.CurrentUser;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
class CaseLookup implements Concerns {

	private final CaseRepository repository;

	CaseLookup(CaseRepository repository) {
		this.repository = repository;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<ConcernSummary> visible(CaseId id) {
		return this.repository.find(id)
			.filter((found) -> CaseAccess.canSee(CurrentUser.scope(), found))
			.map((found) -> new ConcernSummary(found.id, found.number, found.tier, found.status, found.gridCode,
					found.communityCode, found.description));
	}

}

package org.linli.cases.internal;

import java.util.UUID;

import org.linli.cases.CaseId;
import org.linli.identity.CurrentUser;
import org.linli.identity.Scope;
import org.linli.media.PhotoAccess;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A concern's photos are visible to whoever may see the concern.
 */
@Component
class CasePhotoAccess implements PhotoAccess {

	private final JdbcClient jdbc;

	private final CaseRepository repository;

	CasePhotoAccess(JdbcClient jdbc, CaseRepository repository) {
		this.jdbc = jdbc;
		this.repository = repository;
	}

	@Override
	@Transactional(readOnly = true)
	public boolean maySee(UUID photoId) {
		Scope scope = CurrentUser.scope();
		return this.jdbc.sql("select case_id from cases.case_photo where photo_id = :photoId")
			.param("photoId", photoId)
			.query(UUID.class)
			.list()
			.stream()
			.anyMatch((caseId) -> this.repository.find(new CaseId(caseId))
				.filter((found) -> CaseAccess.canSee(scope, found))
				.isPresent());
	}

}

package org.linli.cases.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.linli.cases.CaseId;
import org.linli.media.PhotoStore;
import org.linli.shared.FieldProblem;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Which uploaded photos belong to a case: the reporter's, and the handler's with the
 * result.
 */
@Component
public class CasePhotos {

	static final int MAX_PER_STEP = 9;

	public enum Stage {

		REPORT, RESULT, VERIFICATION

	}

	public record CasePhoto(UUID id, Stage stage, String addedBy, Instant addedAt) {
	}

	private final JdbcClient jdbc;

	private final PhotoStore photos;

	CasePhotos(JdbcClient jdbc, PhotoStore photos) {
		this.jdbc = jdbc;
		this.photos = photos;
	}

	/**
	 * Adds a problem for each id that names no stored photo, or when there are too many.
	 */
	void check(List<UUID> photoIds, List<FieldProblem> problems) {
		if (photoIds == null) {
			return;
		}
		if (photoIds.size() > MAX_PER_STEP) {
			problems.add(new FieldProblem("photoIds", "cases.error.photos-too-many", MAX_PER_STEP));
		}
		for (int i = 0; i < photoIds.size(); i++) {
			UUID id = photoIds.get(i);
			if (id == null || this.photos.load(id).isEmpty()) {
				problems.add(new FieldProblem("photoIds[" + i + "]", "cases.error.photo-unknown", id));
			}
		}
	}

	void attach(CaseId caseId, List<UUID> photoIds, Stage stage, String actor, Instant at) {
		if (photoIds == null) {
			return;
		}
		for (UUID photoId : photoIds.stream().distinct().toList()) {
			this.jdbc.sql("""
					insert into cases.case_photo (case_id, photo_id, stage, added_by, added_at)
					values (:caseId, :photoId, :stage, :actor, :at)
					on conflict do nothing""")
				.param("caseId", caseId.value())
				.param("photoId", photoId)
				.param("stage", stage.name())
				.param("actor", (actor != null) ? actor : "anonymous")
				.param("at", Timestamp.from(at))
				.update();
		}
	}

	List<CasePhoto> of(CaseId caseId) {
		List<CasePhoto> found = new ArrayList<>();
		this.jdbc
			.sql("select photo_id, stage, added_by, added_at from cases.case_photo where case_id = :caseId"
					+ " order by added_at, photo_id")
			.param("caseId", caseId.value())
			.query((rs) -> {
				found.add(new CasePhoto(rs.getObject("photo_id", UUID.class), Stage.valueOf(rs.getString("stage")),
						rs.getString("added_by"), rs.getTimestamp("added_at").toInstant()));
			});
		return found;
	}

}

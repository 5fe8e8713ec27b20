package org.linli.deliberation.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.linli.shared.ConflictException;
import org.linli.shared.NotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The residents' convention (居民公约) of an area, versioned: every article adopted from a
 * matter makes a new version, optionally superseding an earlier article, which stays part
 * of the versions before. Adoptions in one area are serialised by a transaction lock.
 */
@Component
class Conventions {

	private final JdbcClient jdbc;

	Conventions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	record Version(int version, UUID matterId, String matterNumber, String adoptedBy, Instant adoptedAt) {
	}

	record Article(long id, String title, String body, UUID matterId, String matterNumber, int addedIn,
			Integer supersededIn) {
	}

	void adopt(UUID matter, Change.ConventionArticle article) {
		this.jdbc.sql("select pg_advisory_xact_lock(hashtext('deliberation.convention:' || :area))")
			.param("area", article.areaCode())
			.query()
			.singleRow();
		int version = latest(article.areaCode()) + 1;
		this.jdbc.sql("""
				insert into deliberation.convention_version (area_code, version, matter_id, adopted_by, adopted_at)
				values (:area, :version, :matter, :by, :at)""")
			.param("area", article.areaCode())
			.param("version", version)
			.param("matter", matter)
			.param("by", article.by())
			.param("at", MatterRepository.timestamp(article.at()))
			.update();
		if (article.supersedes() != null) {
			int superseded = this.jdbc.sql("""
					update deliberation.convention_article set superseded_in = :version
					 where id = :id and area_code = :area and superseded_in is null""")
				.param("version", version)
				.param("id", article.supersedes())
				.param("area", article.areaCode())
				.update();
			if (superseded != 1) {
				throw new ConflictException("deliberation.error.article-not-current", article.supersedes());
			}
		}
		this.jdbc.sql("""
				insert into deliberation.convention_article (area_code, title, body, matter_id, added_in)
				values (:area, :title, :body, :matter, :version)""")
			.param("area", article.areaCode())
			.param("title", article.title())
			.param("body", article.body())
			.param("matter", matter)
			.param("version", version)
			.update();
	}

	int latest(String areaCode) {
		return this.jdbc
			.sql("select coalesce(max(version), 0) from deliberation.convention_version where area_code = :area")
			.param("area", areaCode)
			.query(Integer.class)
			.single();
	}

	List<Version> versions(String areaCode) {
		return this.jdbc.sql("""
				select v.version, v.matter_id, m.number, v.adopted_by, v.adopted_at
				  from deliberation.convention_version v join deliberation.matter m on m.id = v.matter_id
				 where v.area_code = :area order by v.version desc""")
			.param("area", areaCode)
			.query((rs, row) -> new Version(rs.getInt(1), rs.getObject(2, UUID.class), rs.getString(3), rs.getString(4),
					rs.getTimestamp(5).toInstant()))
			.list();
	}

	/** The articles in force in the given version. */
	List<Article> articles(String areaCode, int version) {
		if (version < 1 || version > latest(areaCode)) {
			throw new NotFoundException("deliberation.error.convention-version-not-found", version);
		}
		return this.jdbc.sql("""
				select a.id, a.title, a.body, a.matter_id, m.number, a.added_in, a.superseded_in
				  from deliberation.convention_article a join deliberation.matter m on m.id = a.matter_id
				 where a.area_code = :area and a.added_in <= :version
				   and (a.superseded_in is null or a.superseded_in > :version)
				 order by a.added_in, a.id""")
			.param("area", areaCode)
			.param("version", version)
			.query((rs, row) -> new Article(rs.getLong(1), rs.getString(2), rs.getString(3),
					rs.getObject(4, UUID.class), rs.getString(5), rs.getInt(6), (Integer) rs.getObject(7)))
			.list();
	}

	/**
	 * The areas having a convention that applies to the given area (itself and above).
	 */
	List<String> areasCovering(String areaCode) {
		return this.jdbc.sql("""
				select distinct area_code from deliberation.convention_version
				 where :code like area_code || '%' order by area_code""")
			.param("code", areaCode)
			.query(String.class)
			.list();
	}

}

package org.linli.hotline.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.linli.catalogue.Catalogue;
import org.linli.catalogue.Category;
import org.linli.identity.CurrentUser;
import org.linli.shared.FieldProblem;
import org.linli.shared.InvalidInputException;
import org.linli.shared.NotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The editable table from the hotline's categories to catalogue codes. A change applies
 * to tickets taken in afterwards; concerns already taken in keep the category triage gave
 * them.
 */
@Service
@Transactional
public class CategoryMappings {

	private static final int CATEGORY_MAX = 100;

	private final JdbcClient jdbc;

	private final Catalogue catalogue;

	private final Clock clock;

	CategoryMappings(JdbcClient jdbc, Catalogue catalogue, Clock clock) {
		this.jdbc = jdbc;
		this.catalogue = catalogue;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Optional<String> categoryOf(String hotlineCategory) {
		return this.jdbc.sql("select category_code from hotline.category_mapping where hotline_category = :category")
			.param("category", hotlineCategory)
			.query(String.class)
			.optional();
	}

	@Transactional(readOnly = true)
	public List<Mapping> all() {
		return this.jdbc.sql("""
				select hotline_category, category_code, updated_by, updated_at from hotline.category_mapping
				 order by hotline_category""")
			.query((rs, row) -> mapping(rs.getString(1), rs.getString(2), rs.getString(3),
					rs.getTimestamp(4).toInstant()))
			.list();
	}

	/** Hotline categories of tickets taken in without a mapping, most frequent first. */
	@Transactional(readOnly = true)
	public List<Unmapped> unmapped() {
		return this.jdbc
			.sql("""
					select t.hotline_category, count(*) from hotline.ticket t
					 where t.category_code is null and t.hotline_category is not null
					   and not exists (select 1 from hotline.category_mapping m where m.hotline_category = t.hotline_category)
					 group by t.hotline_category order by count(*) desc, t.hotline_category limit 100""")
			.query((rs, row) -> new Unmapped(rs.getString(1), rs.getLong(2)))
			.list();
	}

	@PreAuthorize("hasRole('ADMIN')")
	public Mapping put(String hotlineCategory, String categoryCode) {
		String category = (hotlineCategory == null) ? null : hotlineCategory.strip();
		String code = (categoryCode == null) ? null : categoryCode.strip();
		List<FieldProblem> problems = new java.util.ArrayList<>();
		if (category == null || category.isEmpty() || category.length() > CATEGORY_MAX) {
			problems.add(new FieldProblem("hotlineCategory", "hotline.error.hotline-category", CATEGORY_MAX));
		}
		if (code == null || code.isEmpty() || this.catalogue.findByCode(code).isEmpty()) {
			problems.add(new FieldProblem("categoryCode", "hotline.error.category-code", String.valueOf(code)));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException("hotline.error.invalid", problems);
		}
		Instant now = this.clock.instant();
		String by = CurrentUser.scope().username();
		this.jdbc.sql("""
				insert into hotline.category_mapping (hotline_category, category_code, updated_by, updated_at)
				values (:category, :code, :by, :now)
				on conflict (hotline_category) do update
				   set category_code = excluded.category_code, updated_by = excluded.updated_by,
				       updated_at = excluded.updated_at""")
			.param("category", category)
			.param("code", code)
			.param("by", by)
			.param("now", Timestamp.from(now))
			.update();
		return mapping(category, code, by, now);
	}

	@PreAuthorize("hasRole('ADMIN')")
	public void remove(String hotlineCategory) {
		int removed = this.jdbc.sql("delete from hotline.category_mapping where hotline_category = :category")
			.param("category", (hotlineCategory == null) ? "" : hotlineCategory.strip())
			.update();
		if (removed == 0) {
			throw new NotFoundException("hotline.error.mapping-not-found", hotlineCategory);
		}
	}

	private Mapping mapping(String hotlineCategory, String categoryCode, String updatedBy, Instant updatedAt) {
		String name = this.catalogue.findByCode(categoryCode).map(Category::name).orElse(null);
		return new Mapping(hotlineCategory, categoryCode, name, updatedBy, updatedAt);
	}

	public record Mapping(String hotlineCategory, String categoryCode, String categoryName, String updatedBy,
			Instant updatedAt) {

	}

	public record Unmapped(String hotlineCategory, long tickets) {

	}

}

package org.linli.catalogue.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.linli.audit.AuditEntry;
import org.linli.audit.AuditLog;

import org.linli.calendar.TimeLimit;
import org.linli.catalogue.Catalogue;
import org.linli.catalogue.Category;
import org.linli.catalogue.CategoryKind;
import org.linli.catalogue.CategoryRoute;
import org.linli.catalogue.ResidentCategory;
import org.linli.catalogue.Tier;
import org.linli.identity.CurrentUser;
import org.linli.shared.FieldProblem;
import org.linli.shared.InvalidInputException;
import org.linli.shared.NotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class JdbcCatalogue implements Catalogue {

	private static final String SELECT = "select kind, code, name, major_class, parent_code, keywords, default_tier, "
			+ "default_department_code, time_limit_amount, time_limit_unit from catalogue.category ";

	private static final String ORDER = " order by array_position(array['COMPONENT', 'MATTER', 'SOCIAL'], kind), "
			+ "string_to_array(code, '.')::int[]";

	private final JdbcClient jdbc;

	private final DefaultsCheck check;

	private final AuditLog audit;

	JdbcCatalogue(JdbcClient jdbc, DefaultsCheck check, AuditLog audit) {
		this.jdbc = jdbc;
		this.check = check;
		this.audit = audit;
	}

	@Override
	public List<Category> all() {
		return this.jdbc.sql(SELECT + ORDER).query(JdbcCatalogue::category).list();
	}

	@Override
	public List<ResidentCategory> residentCategories() {
		return this.jdbc
			.sql("select code, category_code, name, name_en, description, description_en, group_name, group_en, "
					+ "keywords, keywords_en from catalogue.resident_category order by position")
			.query((rs, row) -> new ResidentCategory(rs.getString("code"), rs.getString("category_code"),
					rs.getString("name"), rs.getString("name_en"), rs.getString("description"),
					rs.getString("description_en"), rs.getString("group_name"), rs.getString("group_en"),
					rs.getString("keywords"), rs.getString("keywords_en")))
			.list();
	}

	@Override
	public List<Category> search(CategoryKind kind, String text) {
		List<String> conditions = new ArrayList<>();
		List<Object> params = new ArrayList<>();
		if (kind != null) {
			conditions.add("kind = ?");
			params.add(kind.name());
		}
		if (text != null && !text.isBlank()) {
			String needle = text.strip();
			conditions.add("(strpos(name, ?) > 0 or strpos(major_class, ?) > 0 or left(code, length(?)) = ?"
					+ " or exists (select 1 from unnest(keywords) keyword where strpos(keyword, ?) > 0))");
			params.addAll(List.of(needle, needle, needle, needle, needle));
		}
		String where = conditions.isEmpty() ? "" : "where " + String.join(" and ", conditions);
		return this.jdbc.sql(SELECT + where + ORDER).params(params).query(JdbcCatalogue::category).list();
	}

	@Override
	public Optional<Category> find(CategoryKind kind, String code) {
		if (kind == null || code == null) {
			return Optional.empty();
		}
		return this.jdbc.sql(SELECT + "where kind = ? and code = ?")
			.params(kind.name(), code)
			.query(JdbcCatalogue::category)
			.optional();
	}

	@Override
	public Optional<Category> findByCode(String code) {
		return find(CategoryKind.MATTER, code).or(() -> find(CategoryKind.SOCIAL, code))
			.or(() -> find(CategoryKind.COMPONENT, code));
	}

	@Override
	@Transactional
	public Category changeDefaults(CategoryKind kind, String code, Tier tier, String departmentCode,
			TimeLimit timeLimit) {
		find(kind, code).orElseThrow(() -> notFound(code));
		List<FieldProblem> problems = this.check.problems(tier, departmentCode, timeLimit);
		if (!problems.isEmpty()) {
			throw new InvalidInputException("catalogue.error.invalid", problems);
		}
		this.jdbc
			.sql("update catalogue.category set default_tier = ?, default_department_code = ?, "
					+ "time_limit_amount = ?, time_limit_unit = ? where kind = ? and code = ?")
			.params(tier.name(), departmentCode, timeLimit.amount(), timeLimit.unit().name(), kind.name(), code)
			.update();
		Map<String, String> detail = new HashMap<>();
		detail.put("tier", tier.name());
		if (departmentCode != null) {
			detail.put("department", departmentCode);
		}
		detail.put("timeLimit", timeLimit.amount() + " " + timeLimit.unit().name());
		record("CATEGORY_DEFAULTS_CHANGED", kind, code, detail);
		return find(kind, code).orElseThrow(() -> notFound(code));
	}

	@Override
	public String departmentFor(Category category, String areaCode) {
		if (areaCode == null) {
			return category.defaultDepartmentCode();
		}
		return this.jdbc
			.sql("select department_code from catalogue.category_route where kind = ? and code = ? "
					+ "and left(?, length(area_code)) = area_code order by length(area_code) desc limit 1")
			.params(category.kind().name(), category.code(), areaCode)
			.query(String.class)
			.optional()
			.orElse(category.defaultDepartmentCode());
	}

	@Override
	public List<CategoryRoute> routesOf(CategoryKind kind, String code) {
		return this.jdbc
			.sql("select kind, code, area_code, department_code from catalogue.category_route "
					+ "where kind = ? and code = ? order by area_code")
			.params(kind.name(), code)
			.query((rs, row) -> new CategoryRoute(CategoryKind.valueOf(rs.getString("kind")), rs.getString("code"),
					rs.getString("area_code"), rs.getString("department_code")))
			.list();
	}

	@Override
	@Transactional
	public CategoryRoute route(CategoryKind kind, String code, String areaCode, String departmentCode) {
		find(kind, code).orElseThrow(() -> notFound(code));
		List<FieldProblem> problems = this.check.routeProblems(areaCode, departmentCode);
		if (!problems.isEmpty()) {
			throw new InvalidInputException("catalogue.error.invalid", problems);
		}
		this.jdbc
			.sql("insert into catalogue.category_route (kind, code, area_code, department_code) values (?, ?, ?, ?) "
					+ "on conflict (kind, code, area_code) do update set department_code = excluded.department_code")
			.params(kind.name(), code, areaCode, departmentCode)
			.update();
		record("CATEGORY_ROUTED", kind, code, Map.of("area", areaCode, "department", departmentCode));
		return new CategoryRoute(kind, code, areaCode, departmentCode);
	}

	@Override
	@Transactional
	public void unroute(CategoryKind kind, String code, String areaCode) {
		int removed = this.jdbc
			.sql("delete from catalogue.category_route where kind = ? and code = ? and area_code = ?")
			.params(kind.name(), code, areaCode)
			.update();
		if (removed == 0) {
			throw new NotFoundException("catalogue.error.route.not-found", areaCode);
		}
		record("CATEGORY_UNROUTED", kind, code, Map.of("area", areaCode));
	}

	/** In the caller's transaction: the change and its audit entry commit together. */
	private void record(String action, CategoryKind kind, String code, Map<String, String> detail) {
		this.audit.record(new AuditEntry(CurrentUser.scope().username(), action, "category",
				kind.name().toLowerCase(Locale.ROOT) + "/" + code, detail));
	}

	private static NotFoundException notFound(String code) {
		return new NotFoundException("catalogue.error.not-found", code);
	}

	private static Category category(ResultSet rs, int row) throws SQLException {
		String[] keywords = (String[]) rs.getArray("keywords").getArray();
		return new Category(CategoryKind.valueOf(rs.getString("kind")), rs.getString("code"), rs.getString("name"),
				rs.getString("major_class"), rs.getString("parent_code"), Tier.valueOf(rs.getString("default_tier")),
				rs.getString("default_department_code"),
				new TimeLimit(rs.getInt("time_limit_amount"), TimeLimit.Unit.valueOf(rs.getString("time_limit_unit"))),
				Arrays.asList(keywords));
	}

}

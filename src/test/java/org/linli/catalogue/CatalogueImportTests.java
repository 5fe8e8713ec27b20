package org.linli.catalogue;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.linli.LinliTest;
import org.linli.calendar.TimeLimit;
import org.linli.department.Departments;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The migrations carry both reference catalogues (copied under
 * src/test/resources/catalogue from the project's reference data) completely, with the
 * documented defaults.
 */
@LinliTest
class CatalogueImportTests {

	private final Catalogue catalogue;

	private final Departments departments;

	@Autowired
	CatalogueImportTests(Catalogue catalogue, Departments departments) {
		this.catalogue = catalogue;
		this.departments = departments;
	}

	@Test
	void everyRowOfTheNationalCatalogueIsPresentUnderItsKindAndCode() throws IOException {
		List<CSVRecord> rows = csv("gbt47678-5-categories.csv");
		assertThat(rows).hasSize(403);
		Map<CategoryKind, List<Category>> byKind = this.catalogue.all()
			.stream()
			.collect(Collectors.groupingBy(Category::kind));
		assertThat(byKind.get(CategoryKind.COMPONENT)).hasSize(153);
		assertThat(byKind.get(CategoryKind.MATTER)).hasSize(250);
		for (CSVRecord row : rows) {
			CategoryKind kind = CategoryKind.valueOf(row.get("kind").toUpperCase(java.util.Locale.ROOT));
			assertThat(this.catalogue.find(kind, row.get("code"))).as(row.toString()).hasValueSatisfying((category) -> {
				assertThat(category.name()).isEqualTo(row.get("name"));
				assertThat(category.majorClass()).isEqualTo(row.get("major_class"));
				assertThat(category.keywords()).containsExactly(row.get("keywords").split("\\|"));
			});
		}
	}

	@Test
	void everySocialGovernanceTypeIsPresentWithItsDomain() throws IOException {
		List<CSVRecord> rows = csv("social-governance-categories.csv");
		assertThat(rows).hasSize(65);
		Map<String, String> domains = rows.stream()
			.filter((row) -> row.get("parent_code").isEmpty())
			.collect(Collectors.toMap((row) -> row.get("code"), (row) -> row.get("name")));
		for (CSVRecord row : rows) {
			String parent = row.get("parent_code").isEmpty() ? null : row.get("parent_code");
			assertThat(this.catalogue.find(CategoryKind.SOCIAL, row.get("code"))).as(row.toString())
				.hasValueSatisfying((category) -> {
					assertThat(category.name()).isEqualTo(row.get("name"));
					assertThat(category.parentCode()).isEqualTo(parent);
					assertThat(category.majorClass())
						.isEqualTo(domains.get((parent != null) ? parent : row.get("code")));
				});
		}
	}

	@Test
	void liftInstallationIsALocalCommunityAffairUnderPublicServices() {
		assertThat(this.catalogue.find(CategoryKind.SOCIAL, "0.14")).hasValueSatisfying((category) -> {
			assertThat(category.name()).isEqualTo("加装电梯");
			assertThat(category.parentCode()).isEqualTo("0");
			assertThat(category.defaultTier()).isEqualTo(Tier.COMMUNITY);
		});
	}

	@Test
	void publishedLocalTimeLimitsAreTheDefaults() {
		Map<String, Category> matters = this.catalogue.search(CategoryKind.MATTER, null)
			.stream()
			.collect(Collectors.toMap(Category::code, Function.identity()));
		assertThat(matters.get("06010").timeLimit()).isEqualTo(TimeLimit.workingDays(1));
		assertThat(matters.get("06011").timeLimit()).isEqualTo(TimeLimit.workingDays(4));
		assertThat(matters.get("06012").timeLimit()).isEqualTo(TimeLimit.workingHours(5));
		assertThat(matters.get("06014").timeLimit()).isEqualTo(TimeLimit.workingHours(2));
		assertThat(matters.get("06001").timeLimit()).isEqualTo(TimeLimit.workingDays(15));
		assertThat(matters.get("06010").defaultTier()).isEqualTo(Tier.MAJOR);
		assertThat(matters.get("06010").defaultDepartmentCode()).isEqualTo("LH");
	}

	@Test
	void socialDomainsAreSplitIntoTheThreeAffairs() {
		assertThat(this.catalogue.find(CategoryKind.SOCIAL, "1.4")).get()
			.extracting(Category::defaultTier, Category::defaultDepartmentCode)
			.containsExactly(Tier.COMMUNITY, "ZZB");
		assertThat(this.catalogue.find(CategoryKind.SOCIAL, "2.3")).get()
			.extracting(Category::defaultTier, Category::defaultDepartmentCode)
			.containsExactly(Tier.MAJOR, "PCS");
		assertThat(this.catalogue.find(CategoryKind.SOCIAL, "0.4")).get()
			.extracting(Category::defaultTier, Category::defaultDepartmentCode)
			.containsExactly(Tier.PRIVATE, null);
	}

	@Test
	void everyDefaultDepartmentIsAKnownDepartment() {
		assertThat(this.catalogue.all()).filteredOn((category) -> category.defaultDepartmentCode() != null)
			.allSatisfy((category) -> assertThat(this.departments.isActive(category.defaultDepartmentCode()))
				.as(category.code())
				.isTrue());
	}

	@Test
	void aBareCodeFindsTheMatterBeforeTheComponentAndSocialCodesDirectly() {
		assertThat(this.catalogue.findByCode("01001")).get().extracting(Category::kind).isEqualTo(CategoryKind.MATTER);
		assertThat(this.catalogue.findByCode("1.4")).get().extracting(Category::kind).isEqualTo(CategoryKind.SOCIAL);
		assertThat(this.catalogue.findByCode("99999")).isEmpty();
	}

	@Test
	void listsAreInCatalogueOrderWithNumericSocialCodes() {
		List<String> social = this.catalogue.search(CategoryKind.SOCIAL, null).stream().map(Category::code).toList();
		assertThat(social.subList(0, 3)).containsExactly("0", "0.1", "0.2");
		assertThat(social.indexOf("0.10")).isGreaterThan(social.indexOf("0.9"));
		assertThat(this.catalogue.all().get(0)).extracting(Category::kind, Category::code)
			.containsExactly(CategoryKind.COMPONENT, "01001");
	}

	@Test
	@WithMockUser(roles = "DISPATCHER")
	void theServiceItselfRefusesToChangeDefaultsForNonAdministrators() {
		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> this.catalogue
			.changeDefaults(CategoryKind.MATTER, "06010", Tier.PRIVATE, null, TimeLimit.workingDays(9)));
		assertThat(this.catalogue.find(CategoryKind.MATTER, "06010")).get()
			.extracting(Category::defaultTier)
			.isEqualTo(Tier.MAJOR);
	}

	private static List<CSVRecord> csv(String name) throws IOException {
		try (Reader reader = new InputStreamReader(CatalogueImportTests.class.getResourceAsStream("/catalogue/" + name),
				StandardCharsets.UTF_8)) {
			return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
		}
	}

}

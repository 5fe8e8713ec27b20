package org.linli.browser;

import org.junit.jupiter.api.Test;
import org.linli.calendar.TimeLimit;
import org.linli.catalogue.Catalogue;
import org.linli.catalogue.Category;
import org.linli.catalogue.CategoryKind;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An administrator reads the working calendar and changes one category's time limit
 * through the edit form, in a real headless Chromium; writes desktop screenshots to
 * {@code target/screenshots}.
 */
class AdminPagesBrowserTests extends BrowserTest {

	/** 公园秩序: a category no other test relies on. */
	static final String CODE = "06047";

	@Autowired
	Catalogue catalogue;

	@Autowired
	UserDetailsService users;

	@Test
	void anAdministratorReadsTheYearsHolidaysAndSchedules() {
		signIn("admin");
		driver.findElement(By.linkText("工作日历")).click();
		assertThat(driver.findElement(By.tagName("h1")).getText()).endsWith("年工作日历");

		open("/admin/calendar?year=2026");
		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("2026 年工作日历");
		assertThat(driver.findElement(By.id("special-days")).getText()).contains("2026-10-10", "星期六", "调休上班");
		assertThat(driver.findElement(By.id("schedules")).getText()).contains("OFFICE", "FIELD");
		assertThat(driver.findElement(By.id("csv")).getAttribute("value")).startsWith("date,kind,name\n2026-01-01,");
		Browser.screenshot(driver, "admin-calendar-desktop");
	}

	@Test
	void anAdministratorChangesOneCategorysTimeLimitThroughTheForm() {
		Category before = this.catalogue.find(CategoryKind.MATTER, CODE).orElseThrow();
		try {
			signIn("admin");
			driver.findElement(By.linkText("事项分类")).click();
			driver.findElement(By.id("q")).sendKeys("公园秩序");
			driver.findElement(By.cssSelector("form.filters button[type=submit]")).click();
			driver.findElement(By.linkText(CODE)).click();
			assertThat(driver.findElement(By.tagName("h1")).getText()).contains(CODE, "公园秩序");

			WebElement amount = driver.findElement(By.id("amount"));
			amount.clear();
			amount.sendKeys("4");
			new Select(driver.findElement(By.id("unit"))).selectByValue("WORKING_HOURS");
			Browser.screenshot(driver, "admin-category-edit-desktop");
			driver.findElement(By.cssSelector("form.defaults button[type=submit]")).click();

			assertThat(driver.findElement(By.cssSelector("[role=status].alert")).getText()).contains(CODE, "公园秩序");
			assertThat(driver.findElement(By.id("categories")).getText()).contains("4 个工作小时");
			assertThat(this.catalogue.find(CategoryKind.MATTER, CODE).orElseThrow().timeLimit())
				.isEqualTo(TimeLimit.workingHours(4));
		}
		finally {
			restore(before);
		}
	}

	private void restore(Category category) {
		UserDetails admin = this.users.loadUserByUsername("admin");
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
		try {
			this.catalogue.changeDefaults(category.kind(), category.code(), category.defaultTier(),
					category.defaultDepartmentCode(), category.timeLimit());
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

}

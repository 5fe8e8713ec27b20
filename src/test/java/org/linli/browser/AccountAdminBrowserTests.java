package org.linli.browser;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An administrator creates an account after a refused first try, disables it in place and
 * reactivates it, and reads the departments, in a real headless Chromium; writes
 * {@code admin-users-error-desktop.png}, {@code admin-users-desktop.png} and
 * {@code admin-departments-phone.png} to {@code target/screenshots}.
 */
class AccountAdminBrowserTests extends BrowserTest {

	@Test
	void anAdministratorCreatesAnAccountAfterFixingTheFormAndDisablesItInPlace() {
		signIn("admin");
		driver.findElement(By.linkText("用户账户")).click();
		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("用户账户");

		driver.findElement(By.cssSelector("#new-account-panel summary")).click();
		driver.findElement(By.id("username")).sendKeys("worker3");
		driver.findElement(By.id("displayName")).sendKeys("钱伟（网格员）");
		driver.findElement(By.id("password")).sendKeys("short");
		driver.findElement(By.cssSelector("input[name=roles][value=GRID_WORKER]")).click();
		driver.findElement(By.id("areaCodes")).sendKeys("310107005099");
		// past the browser's own checks, to the server's
		driver.executeScript("document.getElementById('new-account').noValidate = true");
		driver.findElement(By.cssSelector("#new-account button[type=submit]")).click();
		assertThat(driver.findElement(By.id("password-error")).getText()).contains("密码至少 8 位");
		assertThat(driver.findElement(By.id("areaCodes-error")).getText()).contains("区域 310107005099 不存在");
		assertThat(driver.findElement(By.id("username")).getAttribute("value")).isEqualTo("worker3");
		Browser.screenshot(driver, "admin-users-error-desktop");

		driver.findElement(By.id("password")).sendKeys("a-good-password");
		WebElement areas = driver.findElement(By.id("areaCodes"));
		areas.clear();
		areas.sendKeys("310107005003");
		driver.findElement(By.cssSelector("#new-account button[type=submit]")).click();
		// the notice is swapped in after the answer: read it once it is there, not the
		// one it replaces
		new WebDriverWait(driver, Duration.ofSeconds(5))
			.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "已创建账户 worker3"));
		assertThat(driver.findElement(By.id("notice")).getText()).isEqualTo("已创建账户 worker3（钱伟（网格员））。");
		WebElement row = driver.findElement(By.id("account-worker3"));
		assertThat(row.getText()).contains("网格员", "曹杨三村 310107005003", "启用");

		row.findElement(By.cssSelector("button")).click();
		new WebDriverWait(driver, Duration.ofSeconds(5))
			.until(ExpectedConditions.textToBePresentInElementLocated(By.id("account-worker3"), "已停用"));
		new WebDriverWait(driver, Duration.ofSeconds(5))
			.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "已停用账户 worker3"));
		assertThat(driver.findElement(By.id("notice")).getText()).isEqualTo("已停用账户 worker3。");
		driver.executeScript("arguments[0].scrollIntoView({block: 'center'})",
				driver.findElement(By.id("account-worker3")));
		Browser.screenshot(driver, "admin-users-desktop");
		driver.findElement(By.cssSelector("#account-worker3 button")).click();
		new WebDriverWait(driver, Duration.ofSeconds(5))
			.until(ExpectedConditions.textToBePresentInElementLocated(By.id("account-worker3"), "启用"));

		driver.manage().window().setSize(Browser.PHONE);
		open("/admin/departments");
		assertThat(driver.findElement(By.id("departments")).getText()).contains("城管执法", "派出所");
		Browser.screenshot(driver, "admin-departments-phone");
	}

}

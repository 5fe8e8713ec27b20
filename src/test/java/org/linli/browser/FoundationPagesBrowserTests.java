package org.linli.browser;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Signs in, walks the area and household pages, reveals one resident's data and switches
 * language, in a real headless Chromium; writes a screenshot of each page at phone and
 * desktop size to {@code target/screenshots}.
 */
class FoundationPagesBrowserTests extends BrowserTest {

	@Test
	void staffSignInSeeTheirCommunityOnAMapAndRevealOneResidentWithAReason() {
		signIn("staff1");
		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("工作台");
		Browser.screenshot(driver, "home-desktop");

		open("/areas/310107005001");
		assertThat(driver.findElement(By.tagName("h1")).getText()).contains("曹杨一村");
		assertThat(driver.findElement(By.cssSelector("dl.facts")).getText()).contains("李秀英").doesNotContain("null");
		new WebDriverWait(driver, Duration.ofSeconds(10))
			.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("#area-map path"), 5));
		Browser.screenshot(driver, "area-desktop");
		driver.manage().window().setSize(Browser.PHONE);
		Browser.screenshot(driver, "area-phone");
		driver.manage().window().setSize(Browser.DESKTOP);

		driver.findElement(By.linkText("住户名册")).click();
		driver.findElement(By.cssSelector("tbody tr td a")).click();
		WebElement secret = driver.findElement(By.cssSelector("td[id^=secret-]"));
		String masked = secret.getText();
		assertThat(masked).contains("****");

		secret.findElement(By.tagName("button")).click();
		new WebDriverWait(driver, Duration.ofSeconds(5))
			.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("td[id^=secret-] .field-error")));
		assertThat(driver.findElement(By.cssSelector("td[id^=secret-] .field-error")).getText()).isNotBlank();

		WebElement reason = driver.findElement(By.cssSelector("td[id^=secret-] input[name=reason]"));
		reason.sendKeys("入户走访核对联系方式");
		driver.findElement(By.cssSelector("td[id^=secret-] button")).click();
		new WebDriverWait(driver, Duration.ofSeconds(5))
			.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("td[id^=secret-] .revealed")));
		assertThat(driver.findElement(By.cssSelector("td[id^=secret-]")).getText()).doesNotContain("****");
		Browser.screenshot(driver, "household-revealed-desktop");
	}

	@Test
	void theLanguageSwitchSticksAcrossPages() {
		signIn("dispatcher");
		driver.findElement(By.linkText("English")).click();
		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Workbench");
		open("/areas/310107005");
		assertThat(driver.findElement(By.cssSelector("h1 .tag")).getText()).isEqualTo("Street / town");
		driver.manage().window().setSize(Browser.PHONE);
		Browser.screenshot(driver, "street-en-phone");
		driver.findElement(By.linkText("中文")).click();
		assertThat(driver.findElement(By.cssSelector("h1 .tag")).getText()).isEqualTo("街道（镇）");
	}

	@Test
	void aWrongPasswordShowsTheErrorOnTheLoginPage() {
		open("/login");
		driver.findElement(By.id("username")).sendKeys("staff1");
		driver.findElement(By.id("password")).sendKeys("wrong-password");
		driver.findElement(By.cssSelector("button[type=submit]")).click();
		assertThat(driver.findElement(By.cssSelector("[role=alert]")).getText()).contains("用户名或密码错误");
		driver.manage().window().setSize(Browser.PHONE);
		Browser.screenshot(driver, "login-error-phone");
	}

}

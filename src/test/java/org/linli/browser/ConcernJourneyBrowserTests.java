package org.linli.browser;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One concern through every role's pages in a real headless Chromium: a resident reports
 * it on a phone without an account, the street's dispatcher registers and dispatches it
 * from the console, the department signs and reports, the grid worker verifies on site,
 * and the resident rates it through the private tracking link. Screenshots of each page
 * at phone or desktop size go to {@code target/screenshots}.
 */
class ConcernJourneyBrowserTests extends BrowserTest {

	@Test
	void aConcernReportedOnAPhoneIsDispatchedHandledVerifiedAndRated() {
		driver.manage().window().setSize(Browser.PHONE);
		open("/report");
		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("我要反映");
		waitFor(By.cssSelector("#pick-map path"));
		new Select(driver.findElement(By.id("residentCategory"))).selectByValue("exposed-rubbish");
		driver.findElement(By.id("description")).sendKeys("小区门口垃圾堆了两天没人清运");
		driver.findElement(By.id("lat")).sendKeys("39.9042");
		driver.findElement(By.id("lon")).sendKeys("116.4074");
		Browser.screenshot(driver, "report-phone");
		driver.findElement(By.cssSelector("#report-form button[type=submit]")).click();

		assertThat(driver.findElement(By.id("lat-error")).getText()).contains("不在平台的任何网格内");
		assertThat(driver.findElement(By.id("description")).getAttribute("value")).contains("垃圾堆了两天");
		replace(driver.findElement(By.id("lat")), "31.2452");
		replace(driver.findElement(By.id("lon")), "121.3934");
		driver.findElement(By.cssSelector("#report-form button[type=submit]")).click();

		assertThat(driver.findElement(By.cssSelector("[role=status]")).getText()).contains("已收到");
		String trackingPage = driver.getCurrentUrl().replace("?reported", "");
		String number = driver.findElement(By.tagName("h1")).getText().replaceAll("[^0-9]", "");
		Browser.screenshot(driver, "track-phone");

		driver.manage().window().setSize(Browser.DESKTOP);
		driver.manage().deleteAllCookies();
		signIn("dispatcher");
		open("/console");
		By newest = By.xpath("//article[contains(@class,'console-row')][.//a[text()='" + number + "']]");
		while (driver.findElements(newest).isEmpty()) {
			// the oldest concerns come first; the dispatcher asks for more until this one
			// shows
			List<WebElement> more = driver.findElements(By.cssSelector("#fresh > a.more"));
			assertThat(more)
				.as("concern %s is not among the new ones shown: %s", number,
						driver.findElements(By.cssSelector("#fresh .console-row header a"))
							.stream()
							.map(WebElement::getText)
							.toList())
				.isNotEmpty();
			more.get(0).click();
			new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(more.get(0)));
		}
		WebElement row = driver.findElement(newest);
		assertThat(row.findElement(By.name("categoryCode")).getAttribute("value")).startsWith("06010");
		Browser.screenshot(driver, "console-desktop");
		row.findElement(By.cssSelector("button[type=submit]")).click();
		new WebDriverWait(driver, Duration.ofSeconds(10))
			.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("article.done"), "绿化市容"));

		driver.manage().deleteAllCookies();
		signIn("dept-lh");
		open("/department");
		Browser.screenshot(driver, "department-desktop");
		driver.findElement(By.linkText(number)).click();
		clickAndWait(By.cssSelector("form.inline-action button"), "已签收。");
		driver.findElement(By.id("handle-result")).sendKeys("已清运并消毒");
		clickAndWait(By.cssSelector("form[action$='/do/handle'] button[type=submit]"), "处置结果已反馈。");
		Browser.screenshot(driver, "case-department-desktop");

		driver.manage().deleteAllCookies();
		signIn("worker1");
		driver.manage().window().setSize(Browser.PHONE);
		open("/worker");
		driver.findElement(By.linkText(number)).click();
		driver.findElement(By.id("verify-note")).sendKeys("现场已清理干净");
		clickAndWait(By.cssSelector("form[action$='/do/verify'] button[value=true]"), "核查结果已记录。");
		assertThat(driver.findElement(By.cssSelector(".case-head .status")).getText()).isEqualTo("已结案");
		Browser.screenshot(driver, "case-verified-phone");

		driver.manage().deleteAllCookies();
		driver.get(trackingPage);
		driver.findElement(By.cssSelector("input[name=rating][value=SATISFIED]")).click();
		driver.findElement(By.cssSelector("form.rating button[type=submit]")).click();
		// the submit loads a new page: wait for it rather than read the old one as it
		// goes
		new WebDriverWait(driver, Duration.ofSeconds(10))
			.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "您的评价：满意"));
		assertThat(driver.findElement(By.tagName("main")).getText()).contains("您的评价：满意", "处置结果已现场核查");
		Browser.screenshot(driver, "track-rated-phone");
	}

	@Test
	void theReportFormSpeaksEnglishWhenAsked() {
		driver.manage().window().setSize(Browser.PHONE);
		open("/report");
		driver.findElement(By.linkText("English")).click();
		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Report a problem");
		assertThat(new Select(driver.findElement(By.id("residentCategory"))).getOptions())
			.extracting(WebElement::getText)
			.contains("Rubbish left uncollected");
	}

	private static void clickAndWait(By button, String notice) {
		driver.findElement(button).click();
		new WebDriverWait(driver, Duration.ofSeconds(10))
			.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#case [role=status]"), notice));
	}

	private static void waitFor(By locator) {
		new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(locator));
	}

	private static void replace(WebElement field, String value) {
		field.clear();
		field.sendKeys(value);
	}

}

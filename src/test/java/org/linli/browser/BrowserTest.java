package org.linli.browser;

import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The application on a real port with the demo street, driven by one headless Chromium
 * per test class; each test starts signed out at desktop size.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "test", "demo" })
abstract class BrowserTest {

	static ChromeDriver driver;

	@LocalServerPort
	int port;

	@BeforeAll
	static void startBrowser() {
		assumeTrue(Browser.installed(), "Debian chromium and chromium-driver are not installed");
		driver = Browser.start();
	}

	@AfterAll
	static void stopBrowser() {
		if (driver != null) {
			driver.quit();
			driver = null;
		}
	}

	@BeforeEach
	void signOut() {
		driver.manage().deleteAllCookies();
		driver.manage().window().setSize(Browser.DESKTOP);
	}

	void signIn(String login) {
		open("/login");
		driver.findElement(By.id("username")).sendKeys(login);
		driver.findElement(By.id("password")).sendKeys("linli-demo");
		WebElement submit = driver.findElement(By.cssSelector("button[type=submit]"));
		submit.click();
		// the next page must have loaded, or opening another one may cancel the sign-in
		new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(submit));
	}

	void open(String path) {
		driver.get("http://localhost:" + this.port + path);
	}

}

package org.linli.browser;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A lift for building 1 from the first resident's proposal to the residents' convention,
 * on a phone, as the people of the "131" model: resident1 raises it, staff1 screens it,
 * holds the building meeting, records the council's decision and the cost plan and opens
 * the owners' vote; resident1 votes and staff record proxy ballots for the neighbours
 * without a phone; the owners' committee compares three quotes and reports the work with
 * a photo; the supervisory committee signs it off; resident1 rates it; the council writes
 * the rule into the convention. Screenshots of each stage go to
 * {@code target/screenshots}.
 */
class SelfGovernanceBrowserTests extends BrowserTest {

	private static final String TITLE = "1号楼加装电梯（浏览器测试）";

	@Test
	void aLiftGoesFromAResidentsProposalToTheConventionOnAPhone() throws IOException {
		as("resident1");
		open("/matters");
		driver.findElement(By.id("raise-title-input")).sendKeys(TITLE);
		driver.findElement(By.id("raise-description")).sendKeys("六层老公房，老人上下楼难，申请加装电梯。");
		submit(driver.findElement(By.cssSelector("#raise-form button[type=submit]")));
		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo(TITLE);
		assertThat(currentStage()).isEqualTo("民提");
		String matter = driver.getCurrentUrl();
		Browser.screenshot(driver, "matter-raised-phone");

		as("staff1");
		driver.get(matter);
		submit(button("#raise", "通过，进入议事"));
		assertThat(currentStage()).isEqualTo("民议");
		driver.findElement(By.cssSelector("#discuss details summary")).click();
		new Select(driver.findElement(By.id("meeting-kind"))).selectByValue("BUILDING");
		driver.findElement(By.id("meeting-place")).sendKeys("1号楼楼道口");
		driver.findElement(By.id("meeting-agenda")).sendKeys("加梯方案、费用分摊、一楼顾虑");
		submit(button("#discuss", "发出通知"));
		driver.findElement(By.cssSelector("#discuss input[name=attendance]")).sendKeys("11");
		driver.findElement(By.cssSelector("#discuss textarea[name=minutes]")).sendKeys("多数业主同意，按楼层分摊。");
		submit(button("#discuss", "记录纪要"));
		assertThat(driver.findElement(By.id("discuss")).getText()).contains("到会 11 人", "按楼层分摊");
		driver.findElement(By.id("plan-total")).sendKeys("368000");
		new Select(driver.findElement(By.id("plan-method"))).selectByValue("BY_FLOOR_WEIGHTS");
		submit(driver.findElement(By.cssSelector("#cost-plan-form button")));
		assertThat(driver.findElement(By.cssSelector("#fund table.shares")).getText()).contains("0.00");
		driver.findElement(By.id("council-reasons")).sendKeys("方案成熟，提交业主表决。");
		submit(button("#council-form", "提交表决"));
		new Select(driver.findElement(By.id("vote-rule"))).selectByValue("OWNERS_DOUBLE_MAJORITY_3_4");
		submit(driver.findElement(By.cssSelector("#open-vote-form button")));
		assertThat(currentStage()).isEqualTo("民决");

		as("resident1");
		driver.get(matter + "#vote");
		button("#vote", "同意").click();
		new WebDriverWait(driver, Duration.ofSeconds(10))
			.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#vote .my-choice"), "同意"));
		Browser.screenshot(driver, "matter-vote-phone");

		as("staff1");
		driver.get(matter + "#vote");
		recordProxyBallotsForEveryoneElse();
		submit(button("#vote", "截止表决并计票"));
		assertThat(driver.findElement(By.cssSelector("#vote .outcome")).getText()).isEqualTo("通过");
		assertThat(driver.findElement(By.cssSelector("#vote ul.conditions")).getText()).contains("参与表决的专有面积", ">=2/3",
				">=3/4");
		assertThat(currentStage()).isEqualTo("民筹");
		Browser.screenshot(driver, "matter-tally-phone");

		as("resident1");
		driver.get(matter + "#fund");
		submit(button("#fund", "认缴我家这份"));
		assertThat(driver.findElement(By.cssSelector("#fund tr.mine")).getText()).contains("已认缴");

		as("owners1");
		driver.get(matter + "#execute");
		for (List<String> quote : List.of(List.of("上海某电梯公司", "390000"), List.of("曹杨电梯工程部", "368000"),
				List.of("外省电梯厂", "350000"))) {
			driver.findElement(By.cssSelector("#execute details summary")).click();
			driver.findElement(By.id("quote-supplier")).sendKeys(quote.get(0));
			driver.findElement(By.id("quote-amount")).sendKeys(quote.get(1));
			submit(driver.findElement(By.cssSelector("#quote-form button")));
		}
		new Select(driver.findElement(By.id("quote-choice"))).selectByIndex(1);
		driver.findElement(By.id("quote-reason")).sendKeys("本地公司，维保响应快，价格居中。");
		submit(driver.findElement(By.cssSelector("#choose-quote-form button")));
		assertThat(driver.findElement(By.cssSelector("#execute tr.chosen")).getText()).contains("曹杨电梯工程部");
		submit(button("#execute", "开始实施"));
		assertThat(currentStage()).isEqualTo("民办");
		driver.findElement(By.cssSelector("#execute details summary")).click();
		driver.findElement(By.id("task-title")).sendKeys("办理规划审批");
		driver.findElement(By.id("task-owner")).sendKeys("刘伦学");
		submit(driver.findElement(By.cssSelector("#task-form button")));
		submit(button("#execute", "完成"));
		driver.findElement(By.id("progress-note")).sendKeys("电梯井道完工，轿厢安装调试完毕。");
		driver.findElement(By.id("progress-photos")).sendKeys(photo().toAbsolutePath().toString());
		submit(driver.findElement(By.cssSelector("#progress-form button")));
		assertThat(driver.findElements(By.cssSelector("#execute .photos img"))).hasSize(1);
		submit(button("#execute", "报告完工，请监委会验收"));
		Browser.screenshot(driver, "matter-execute-phone");

		as("supervisor1");
		driver.get(matter + "#evaluate");
		driver.findElement(By.id("sign-off-note")).sendKeys("质监验收合格，账目公示无异议。");
		submit(button("#sign-off-form", "验收通过"));
		assertThat(currentStage()).isEqualTo("民评");

		as("resident1");
		driver.get(matter + "#evaluate");
		driver.findElement(By.cssSelector("#rating-form input[value=SATISFIED]")).click();
		submit(driver.findElement(By.cssSelector("#rating-form button")));
		assertThat(driver.findElement(By.id("evaluate")).getText()).contains("您家的评价：满意");

		as("council1");
		driver.get(matter + "#evaluate");
		driver.findElement(By.cssSelector("#evaluate details summary")).click();
		driver.findElement(By.id("convention-title")).sendKeys("电梯使用");
		driver.findElement(By.id("convention-text")).sendKeys("电梯维保费按楼层系数分摊，一楼不出；禁止电动车进电梯。");
		submit(driver.findElement(By.cssSelector("#convention-form button")));

		as("staff1");
		driver.get(matter + "#evaluate");
		submit(button("#evaluate", "办结议题"));
		assertThat(driver.findElements(By.cssSelector(".stages li.done"))).hasSize(6);
		assertThat(driver.findElement(By.cssSelector(".matter-head .status")).getText()).isEqualTo("已办结");
		driver.get(matter);
		Browser.screenshot(driver, "matter-closed-phone");

		driver.findElement(By.partialLinkText("1号楼 的居民公约")).click();
		assertThat(driver.findElement(By.id("articles")).getText()).contains("电梯使用", "禁止电动车进电梯");
		Browser.screenshot(driver, "convention-phone");

		open("/matters/map");
		new WebDriverWait(driver, Duration.ofSeconds(10))
			.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("#matter-map path.matter-dot"), 3));
		assertThat(driver.findElement(By.id("map-list")).getText()).contains(TITLE, "1号楼加装电梯", "楼道路灯");
		Browser.screenshot(driver, "self-governance-map-phone");
	}

	/**
	 * Every household not yet voted, by staff: the ground floor against (they gain
	 * nothing from a lift), everyone else for.
	 */
	private void recordProxyBallotsForEveryoneElse() {
		while (true) {
			driver.findElement(By.cssSelector("#proxy summary")).click();
			Select household = new Select(driver.findElement(By.id("proxy-household")));
			WebElement next = household.getOptions()
				.stream()
				.filter((option) -> option.getText().contains("未投"))
				.findFirst()
				.orElse(null);
			if (next == null) {
				return;
			}
			boolean groundFloor = next.getText().startsWith("1");
			household.selectByValue(next.getAttribute("value"));
			new Select(driver.findElement(By.id("proxy-choice"))).selectByValue(groundFloor ? "AGAINST" : "FOR");
			driver.findElement(By.id("proxy-note")).sendKeys("电话确认");
			submit(button("#proxy", "登记"));
		}
	}

	/** Submits a form and waits for the page it leads to. */
	private static void submit(WebElement button) {
		WebElement page = driver.findElement(By.tagName("html"));
		button.click();
		new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(page));
	}

	/** Signs in afresh as the login and waits until the sign-in has landed. */
	private void as(String login) {
		driver.manage().deleteAllCookies();
		driver.manage().window().setSize(Browser.PHONE);
		open("/login");
		driver.findElement(By.id("username")).sendKeys(login);
		driver.findElement(By.id("password")).sendKeys("linli-demo");
		submit(driver.findElement(By.cssSelector("button[type=submit]")));
		assertThat(driver.getCurrentUrl()).endsWith("/home");
	}

	private static String currentStage() {
		return driver.findElement(By.cssSelector(".stages li.current .stage-name")).getText();
	}

	private static WebElement button(String within, String text) {
		return driver.findElement(By.cssSelector(within))
			.findElement(By.xpath(".//button[normalize-space()='" + text + "']"));
	}

	private static Path photo() throws IOException {
		BufferedImage image = new BufferedImage(64, 64, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = image.createGraphics();
		graphics.setColor(new Color(0x02, 0x7a, 0x48));
		graphics.fillRect(0, 0, 64, 64);
		graphics.dispose();
		Path file = Files.createTempFile("lift-progress", ".png");
		ImageIO.write(image, "png", file.toFile());
		return file;
	}

}

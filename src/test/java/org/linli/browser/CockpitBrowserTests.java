package org.linli.browser;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The leader opens the cockpit of the street with a few concerns in it, in a real
 * headless Chromium at desktop and phone size: the grids are drawn and coloured without
 * tiles, the charts are drawn with their labels, the figures and the overdue list are on
 * the page. Writes {@code cockpit-desktop.png} and {@code cockpit-phone.png} to
 * {@code target/screenshots}.
 */
class CockpitBrowserTests extends BrowserTest {

	private static final String[] CATEGORIES = { "06010", "06010", "07001", "09005", "08001", "06010", "06001" };

	private static final String[] CHANNELS = { "WEB", "HOTLINE", "PATROL", "WEB", "WALK_IN", "WEB", "PHONE" };

	private static boolean seeded;

	@Autowired
	JdbcClient jdbc;

	/**
	 * Concerns in every twelfth grid through the API, most of them dispatched; two orders
	 * are moved past their due in the database, as days of waiting would.
	 */
	@BeforeEach
	void seedConcerns() throws IOException {
		if (seeded) {
			return;
		}
		RestClient api = api();
		String dispatcher = token(api, "dispatcher");
		String resident = token(api, "resident1");
		List<String> dispatched = new ArrayList<>();
		List<double[]> spots = gridCentres();
		for (int i = 0; i < spots.size(); i += 12) {
			int n = i / 12;
			String category = CATEGORIES[n % CATEGORIES.length];
			String id = report(api, (n % 2 == 0) ? resident : dispatcher, spots.get(i), CHANNELS[n % CHANNELS.length],
					category);
			if (n % 4 != 3) {
				act(api, dispatcher, id, "accept", "{\"tier\":\"MAJOR\",\"categoryCode\":\"" + category + "\"}");
				act(api, dispatcher, id, "dispatch", "{}");
				dispatched.add(id);
			}
		}
		this.jdbc.sql("update cases.dispatch set due = now() - interval '2 days' where case_id in (:ids)")
			.param("ids", dispatched.subList(0, 2).stream().map(UUID::fromString).toList())
			.update();
		seeded = true;
	}

	@Test
	void theLeaderSeesTheStreetOnAMapWithChartsFiguresAndTheOverdueList() throws IOException {
		signIn("leader");
		driver.findElement(By.id("cockpit-link")).click();
		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("领导驾驶舱 · 曹杨新村街道");
		WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(15));
		wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("#cockpit-map path"), 200));
		wait.until(ExpectedConditions.attributeToBe(By.id("cockpit-map"), "data-loaded", "true"));
		wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("figure[data-chart] .chart svg"), 3));

		assertThat(Long.parseLong(driver.findElement(By.id("kpi-reported")).getText())).isGreaterThanOrEqualTo(15);
		assertThat(Long.parseLong(driver.findElement(By.id("kpi-overdue")).getText())).isGreaterThanOrEqualTo(2);
		assertThat(driver.findElement(By.id("overdue-list")).getText()).contains("绿化市容", "工作小时");
		assertThat(driver.findElement(By.id("department-loads")).getText()).contains("城管执法", "绿化市容");
		assertThat(driver.findElement(By.cssSelector("#chart-channel .chart svg")).getText()).contains("12345 热线",
				"居民网上反映");
		assertThat(driver.findElement(By.cssSelector("#chart-tier .chart svg")).getText()).contains("大事");
		assertThat(driver.findElements(By.cssSelector("#cockpit-map .leaflet-tile"))).isEmpty();

		long reported = Long.parseLong(driver.findElement(By.id("kpi-reported")).getText());
		driver.executeScript(
				"""
						window.cspViolations = [];
						document.addEventListener('securitypolicyviolation', (e) => window.cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));
						document.getElementById('chart-status').dataset.old = 'true';""");
		report(api(), token(api(), "resident2"), gridCentres().get(5), "WEB", "06010");
		driver.executeScript("const kpis = document.getElementById('cockpit-kpis');"
				+ "htmx.ajax('GET', kpis.getAttribute('hx-get'), { target: kpis, swap: 'innerHTML' });");
		wait.until(ExpectedConditions
			.presenceOfElementLocated(By.cssSelector("#chart-status:not([data-old]) .chart svg")));
		assertThat(Long.parseLong(driver.findElement(By.id("kpi-reported")).getText())).isEqualTo(reported + 1);
		assertThat(driver.executeScript("return window.cspViolations")).as("CSP violations").asList().isEmpty();
		driver.manage().window().setSize(new Dimension(Browser.DESKTOP.getWidth(), 2300));
		Browser.screenshot(driver, "cockpit-desktop");

		driver.manage().window().setSize(Browser.PHONE);
		wait.until(
				(ignored) -> driver.findElement(By.cssSelector("#chart-status .chart svg")).getSize().getWidth() < 360);
		assertThat(wider()).as("elements wider than a phone").isEmpty();
		driver.manage().window().setSize(new Dimension(Browser.PHONE.getWidth(), 1400));
		driver.navigate().refresh();
		wait.until(ExpectedConditions.attributeToBe(By.id("cockpit-map"), "data-loaded", "true"));
		wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("figure[data-chart] .chart svg"), 3));
		Browser.screenshot(driver, "cockpit-phone");
	}

	/**
	 * Elements that stick out to the right of the viewport (a page that scrolls
	 * sideways).
	 */
	private static List<?> wider() {
		return (List<?>) driver.executeScript("""
				return Array.from(document.querySelectorAll('body *'))
				  .filter((e) => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1
				    && !e.closest('.table-wrap') && !e.closest('.leaflet-container'))
				  .map((e) => e.tagName + '#' + e.id + '.' + e.className).slice(0, 10);""");
	}

	private RestClient api() {
		return RestClient.create("http://localhost:" + this.port + "/api/v1");
	}

	private static String report(RestClient api, String token, double[] spot, String channel, String category) {
		String body = api.post()
			.uri("/cases")
			.header("Authorization", "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.body("""
					{"channel":"%s","description":"cockpit","lat":%s,"lon":%s,"categoryCode":"%s"}""".formatted(channel,
					spot[0], spot[1], category))
			.retrieve()
			.body(String.class);
		return JsonPath.read(body, "$.id");
	}

	private static void act(RestClient api, String token, String id, String action, String body) {
		api.post()
			.uri("/cases/{id}/{action}", id, action)
			.header("Authorization", "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.body(body)
			.retrieve()
			.toBodilessEntity();
	}

	private static String token(RestClient api, String username) {
		String body = api.post()
			.uri("/auth/token")
			.contentType(MediaType.APPLICATION_JSON)
			.body("{\"username\":\"" + username + "\",\"password\":\"linli-demo\"}")
			.retrieve()
			.body(String.class);
		return JsonPath.read(body, "$.accessToken");
	}

	/** The centre of each grid's bounding box, from the demo street's grid file. */
	private static List<double[]> gridCentres() throws IOException {
		try (InputStream in = new ClassPathResource("demo/caoyang-grids.geojson").getInputStream()) {
			List<List<List<List<Double>>>> rings = JsonPath.read(in,
					"$.features[?(@.properties.code =~ /\\d{15}/)].geometry.coordinates");
			List<double[]> centres = new ArrayList<>();
			for (List<List<List<Double>>> polygon : rings) {
				List<List<Double>> ring = polygon.get(0);
				double minLon = ring.stream().mapToDouble((point) -> point.get(0)).min().orElseThrow();
				double maxLon = ring.stream().mapToDouble((point) -> point.get(0)).max().orElseThrow();
				double minLat = ring.stream().mapToDouble((point) -> point.get(1)).min().orElseThrow();
				double maxLat = ring.stream().mapToDouble((point) -> point.get(1)).max().orElseThrow();
				centres.add(new double[] { (minLat + maxLat) / 2, (minLon + maxLon) / 2 });
			}
			return centres;
		}
	}

}

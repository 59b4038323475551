package org.sinosoviet.timeline.page;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.sinosoviet.timeline.ApiTestSupport;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The page at / in a real browser: Debian's Chromium driven through chromedriver. Skipped where they are
 * not installed, unless BROWSER_TESTS=required (as .ci/run sets it), where their absence is a failure.
 */
class TimelinePageBrowserTest extends ApiTestSupport {

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	private static final Path SCREENSHOTS = Path.of("target", "screenshots");

	private static WebDriver browser;

	@LocalServerPort
	private int port;

	@BeforeAll
	static void startBrowser() {
		boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
		if (!installed && "required".equals(System.getenv("BROWSER_TESTS"))) {
			throw new IllegalStateException("Chromium and chromedriver are required but not installed");
		}
		assumeTrue(installed, "Chromium and chromedriver are not installed (apt install chromium chromium-driver)");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
				"--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--disable-dev-shm-usage", "--window-size=1280,1600");
		// The console shows whether the content security policy blocked anything.
		options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		browser = new ChromeDriver(service, options);
	}

	@AfterAll
	static void stopBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	@Test
	void readerSeesFiltersAndOpensAnEvent() throws IOException {
		int total = given().get("/events").jsonPath().getInt("page.totalElements");
		WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));

		browser.get("http://localhost:" + port + "/");
		wait.until(ExpectedConditions.textToBe(By.id("status"), total + " events shown."));
		assertThat(browser.findElements(By.cssSelector("#eras .event a"))).hasSize(total);
		assertThat(browser.findElements(By.cssSelector("#eras section.era"))).hasSize(4);
		assertThat(browser.findElements(By.cssSelector("#causes li"))).isNotEmpty();
		assertThat(browser.findElements(By.cssSelector("#trend polyline"))).hasSize(1);
		assertThat(browser.findElement(By.cssSelector("#eras .event time")).getText()).isEqualTo("1 October 1949");

		new Select(browser.findElement(By.id("filter-era"))).selectByValue("khrushchev");
		int khrushchev = given().get("/events?era=khrushchev").jsonPath().getInt("page.totalElements");
		wait.until(ExpectedConditions.textToBe(By.id("status"), khrushchev + " events shown."));
		assertThat(browser.getCurrentUrl()).contains("era=khrushchev");
		assertThat(browser.findElements(By.cssSelector("#eras .event a")))
			.allSatisfy(link -> assertThat(link.getAttribute("data-era")).isEqualTo("khrushchev"));

		new Select(browser.findElement(By.id("filter-actor"))).selectByValue("deng-xiaoping");
		int both = given().get("/events?era=khrushchev&actor=deng-xiaoping").jsonPath().getInt("page.totalElements");
		wait.until(ExpectedConditions.textToBe(By.id("status"), both + (both == 1 ? " event" : " events") + " shown."));
		assertThat(browser.getCurrentUrl()).contains("era=khrushchev").contains("actor=deng-xiaoping");

		browser.navigate().refresh();
		wait.until(ExpectedConditions.textToBe(By.id("status"), both + (both == 1 ? " event" : " events") + " shown."));
		assertThat(new Select(browser.findElement(By.id("filter-actor"))).getFirstSelectedOption().getAttribute("value"))
			.isEqualTo("deng-xiaoping");

		WebElement first = browser.findElement(By.cssSelector("#eras .event a"));
		String slug = first.getAttribute("data-slug");
		first.click();
		WebElement title = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("detail-title")));
		String expectedTitle = given().get("/events/" + slug).jsonPath().getString("title");
		wait.until(ExpectedConditions.textToBePresentInElement(title, expectedTitle));
		assertThat(browser.getCurrentUrl()).contains("event=" + slug);
		assertThat(browser.findElement(By.id("detail-dates")).getText()).as("dates as people write them")
			.matches("(about )?\\d{1,2} [A-Z][a-z]+ \\d{4}.*|(about )?[A-Z][a-z]+ \\d{4}.*|(about )?\\d{4}.*")
			.doesNotContainPattern("\\d{4}-\\d{2}");
		List<String> citedTitles = given().get("/events/" + slug).jsonPath().getList("citations.title", String.class);
		List<WebElement> references = wait.until(ExpectedConditions
			.numberOfElementsToBe(By.cssSelector("#detail-references li"), citedTitles.size()));
		assertThat(references.get(0).getText()).as("a reference written out for readers")
			.contains(citedTitles.get(0))
			.doesNotContain(".txt");
		for (WebElement source : browser.findElements(By.cssSelector("#detail-sources li"))) {
			assertThat(source.getText()).as("a study note named by its title").contains("Sino-Soviet Relations")
				.doesNotContain(".txt");
		}
		assertThat(browser.findElements(By.cssSelector("#detail-actors li"))).isNotEmpty();
		assertThat(browser.findElement(By.id("detail-summary")).getText()).isNotBlank();

		screenshot("timeline-event-detail.png");

		browser.findElement(By.id("detail-close")).click();
		wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("detail-title")));
		assertThat(browser.getCurrentUrl()).doesNotContain("event=");
		browser.get("http://localhost:" + port + "/?era=brezhnev");
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "events shown."));
		screenshot("timeline-brezhnev.png");

		assertThat(given().get("/").header("Content-Security-Policy")).contains("script-src 'self'");
		assertThat(browser.manage().logs().get(LogType.BROWSER).getAll()).extracting(LogEntry::getMessage)
			.as("the page works under its content security policy")
			.noneMatch(message -> message.contains("Content Security Policy") || message.contains("Refused to"));
	}

	private static void screenshot(String name) throws IOException {
		Files.createDirectories(SCREENSHOTS);
		File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
		Files.copy(shot.toPath(), SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
	}

}

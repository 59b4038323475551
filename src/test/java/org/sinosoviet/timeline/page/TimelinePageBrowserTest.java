package org.sinosoviet.timeline.page;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.interactions.WheelInput;
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
 * Every test ends with a console free of errors; screenshots go to target/screenshots.
 */
class TimelinePageBrowserTest extends ApiTestSupport {

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	private static final Path SCREENSHOTS = Path.of("target", "screenshots");

	private static final Pattern YEAR = Pattern.compile("\\d{4}");

	private static WebDriver browser;

	@LocalServerPort
	private int port;

	private WebDriverWait wait;

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
				"--disable-dev-shm-usage", "--window-size=1366,900", "--hide-scrollbars");
		// The console shows whether the content security policy blocked anything, and any failed request.
		options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		browser = new ChromeDriver(service, options);
		browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
	}

	@AfterAll
	static void stopBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	@BeforeEach
	void onALaptop() {
		wait = new WebDriverWait(browser, Duration.ofSeconds(20));
		viewport(1366, 900, false);
		browser.manage().logs().get(LogType.BROWSER);
	}

	@AfterEach
	void consoleIsClean() {
		assertThat(browser.manage().logs().get(LogType.BROWSER).getAll())
			.as("the console shows no errors, no refused resource and no failed request")
			.filteredOn(entry -> entry.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue()
					|| entry.getMessage().contains("Content Security Policy") || entry.getMessage().contains("Refused to"))
			.extracting(LogEntry::getMessage)
			.isEmpty();
	}

	@Test
	void readerSeesFiltersAndOpensAnEvent() throws IOException {
		int total = count("/events");

		open("/");
		waitForShown(total);
		assertThat(browser.findElements(By.cssSelector("#eras .event a"))).hasSize(total);
		assertThat(browser.findElements(By.cssSelector("#eras section.era"))).hasSize(4);
		assertThat(browser.findElements(By.cssSelector("#causes li"))).isNotEmpty();
		assertThat(browser.findElements(By.cssSelector("#trend polyline"))).hasSize(1);
		assertThat(browser.findElement(By.cssSelector("#eras .event time")).getText()).isEqualTo("1 October 1949");

		new Select(browser.findElement(By.id("filter-era"))).selectByValue("khrushchev");
		int khrushchev = count("/events?era=khrushchev");
		waitForShown(khrushchev);
		assertThat(browser.getCurrentUrl()).contains("era=khrushchev");
		assertThat(browser.findElements(By.cssSelector("#eras .event a")))
			.allSatisfy(link -> assertThat(link.getAttribute("data-era")).isEqualTo("khrushchev"));
		assertThat(browser.findElements(By.cssSelector("#eras section.era")))
			.as("no empty boxes for the eras the filter leaves out")
			.singleElement()
			.satisfies(era -> assertThat(era.findElement(By.tagName("h3")).getText())
				.isEqualTo("The Khrushchev era · " + khrushchev + " events"));
		assertThat(browser.findElements(By.cssSelector("#eras .empty"))).isEmpty();

		new Select(browser.findElement(By.id("filter-actor"))).selectByValue("deng-xiaoping");
		int both = count("/events?era=khrushchev&actor=deng-xiaoping");
		waitForShown(both);
		assertThat(browser.getCurrentUrl()).contains("era=khrushchev").contains("actor=deng-xiaoping");

		browser.navigate().refresh();
		waitForShown(both);
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
		assertThat(browser.switchTo().activeElement().getAttribute("data-slug")).as("focus goes back to the link")
			.isEqualTo(slug);

		assertThat(given().get("/").header("Content-Security-Policy")).contains("script-src 'self'");
		String icon = browser.findElement(By.cssSelector("link[rel='icon']")).getAttribute("href");
		assertThat(given().get(icon).then().extract().contentType()).as("a favicon the page names and the service serves")
			.startsWith("image/svg+xml");
	}

	@Test
	void referencesAreWrittenOutWithAuthorsTitleYearAndLink() {
		String slug = "sino-soviet-treaty-1950";
		Map<String, Object> reference = given().get("/references/"
				+ given().get("/events/" + slug).jsonPath().getString("citations[0].reference"))
			.jsonPath()
			.getMap("$");

		open("/?event=" + slug);
		WebElement first = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#detail-references li")));
		@SuppressWarnings("unchecked")
		List<String> authors = (List<String>) reference.get("authors");
		String written = first.getText();
		assertThat(written).contains((String) reference.get("title"));
		if (!authors.isEmpty()) {
			assertThat(written).contains(authors.get(0));
		}
		if (reference.get("date") != null) {
			assertThat(written).contains(((String) reference.get("date")).substring(0, 4));
		}
		assertThat(browser.findElements(By.cssSelector("#detail-references a[href^='http']")))
			.as("a reference that can be read online is a link")
			.allSatisfy(link -> assertThat(link.getText()).isNotBlank());
		browser.findElement(By.id("detail-close")).sendKeys(Keys.ENTER);
		wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("detail-title")));
	}

	@Test
	void readerSearchesAndFiltersByTypeAndImpact() throws IOException {
		open("/");
		waitForShown(count("/events"));

		browser.findElement(By.id("filter-q")).sendKeys("treaty");
		Set<String> treaty = slugs("/events?q=treaty&size=200");
		waitForShown(treaty.size());
		assertThat(browser.getCurrentUrl()).contains("q=treaty");
		assertThat(shownSlugs()).isEqualTo(treaty);
		assertErasShownWithCounts("q=treaty");

		browser.findElement(By.id("filter-clear")).click();
		waitForShown(count("/events"));
		assertThat(browser.findElement(By.id("filter-q")).getAttribute("value")).isEmpty();

		new Select(browser.findElement(By.id("filter-type"))).selectByVisibleText("Border clash");
		Set<String> clashes = slugs("/events?type=border-clash&size=200");
		waitForShown(clashes.size());
		assertThat(browser.getCurrentUrl()).contains("type=border-clash");
		assertThat(shownSlugs()).isEqualTo(clashes);
		assertErasShownWithCounts("type=border-clash");
		assertThat(axisSlugs()).as("the axis follows the filters").isEqualTo(clashes);

		new Select(browser.findElement(By.id("filter-impact"))).selectByValue("-2");
		Set<String> worst = slugs("/events?type=border-clash&impact=-2&size=200");
		waitForShown(worst.size());
		assertThat(browser.getCurrentUrl()).contains("type=border-clash").contains("impact=-2");
		assertThat(shownSlugs()).isEqualTo(worst);
		assertThat(browser.findElements(By.cssSelector("#eras .impact"))).extracting(WebElement::getText)
			.containsOnly("−2");
		screenshot("search-type-impact.png");

		browser.navigate().refresh();
		waitForShown(worst.size());
		assertThat(new Select(browser.findElement(By.id("filter-type"))).getFirstSelectedOption().getText())
			.isEqualTo("Border clash");

		browser.findElement(By.id("filter-q")).sendKeys("zzxqv", Keys.ENTER);
		waitForShown(0);
		assertThat(browser.findElements(By.cssSelector("#eras section.era"))).isEmpty();
		assertThat(browser.findElement(By.id("eras")).getText()).isEqualTo("No events match these filters.");
	}

	@Test
	void readerZoomsAndPansTheAxis() throws IOException {
		int total = count("/events");
		open("/");
		waitForShown(total);
		WebElement range = browser.findElement(By.id("axis-range"));
		assertThat(range.getText()).isEqualTo("Showing 1949–1991");
		assertThat(browser.findElements(By.cssSelector("#axis .mark"))).hasSize(total);
		assertThat(browser.findElements(By.cssSelector("#axis .band"))).as("the eras as bands").hasSize(4);

		browser.findElement(By.id("axis-zoom-in")).click();
		browser.findElement(By.id("axis-zoom-in")).click();
		assertThat(range.getText()).isNotEqualTo("Showing 1949–1991");
		int zoomed = browser.findElements(By.cssSelector("#axis .mark")).size();
		assertThat(zoomed).as("fewer events in a shorter stretch").isPositive().isLessThan(total);
		int[] years = yearsShown();
		assertThat(years[1] - years[0]).isLessThanOrEqualTo(12);

		browser.findElement(By.id("axis-later")).click();
		assertThat(yearsShown()[0]).as("later moves the axis on").isGreaterThan(years[0]);
		int[] afterButton = yearsShown();

		WebElement axis = browser.findElement(By.id("axis"));
		new Actions(browser).moveToElement(axis, 0, -axis.getSize().getHeight() / 2 + 6)
			.clickAndHold()
			.moveByOffset(-150, 0)
			.moveByOffset(-150, 0)
			.release()
			.perform();
		assertThat(yearsShown()[0]).as("dragging the axis to the left shows later years").isGreaterThan(afterButton[0]);
		assertThat(browser.getCurrentUrl()).as("a drag opens nothing").doesNotContain("event=");

		browser.findElement(By.id("axis-whole")).click();
		assertThat(range.getText()).isEqualTo("Showing 1949–1991");
		List<WebElement> inOrder = browser.findElements(By.cssSelector("#axis .mark"));
		assertThat(browser.findElements(By.cssSelector("#axis .mark[tabindex='0']"))).as("one stop in the tab order")
			.containsExactly(inOrder.get(0));
		script("document.querySelector(\"#axis .mark[tabindex='0']\").focus()");
		new Actions(browser).sendKeys(Keys.ARROW_RIGHT).perform();
		assertThat(browser.switchTo().activeElement()).as("the arrow keys go from event to event")
			.isEqualTo(inOrder.get(1));
		String second = inOrder.get(1).getAttribute("data-slug");
		new Actions(browser).sendKeys("+").perform();
		assertThat(range.getText()).as("+ zooms in").isNotEqualTo("Showing 1949–1991");
		assertThat(browser.switchTo().activeElement().getAttribute("data-slug")).as("and keeps the event in focus")
			.isEqualTo(second);
		browser.findElement(By.id("axis-whole")).click();
		assertThat(range.getText()).isEqualTo("Showing 1949–1991");
		script("document.getElementById('axis').scrollIntoView({ block: 'center' })");
		long before = scrollY();
		new Actions(browser).scrollFromOrigin(WheelInput.ScrollOrigin.fromElement(axis), 0, 200).perform();
		wait.until(driver -> scrollY() > before);
		assertThat(range.getText()).as("fully out, the wheel scrolls the page rather than the axis")
			.isEqualTo("Showing 1949–1991");
		new Actions(browser).scrollFromOrigin(WheelInput.ScrollOrigin.fromElement(axis), 0, -200).perform();
		wait.until(driver -> !range.getText().equals("Showing 1949–1991"));
		assertThat(browser.findElements(By.cssSelector("#axis .mark")).size()).as("the wheel zooms in")
			.isLessThan(total);

		WebElement year = browser.findElement(By.id("axis-year"));
		year.clear();
		year.sendKeys("1969", Keys.ENTER);
		assertThat(range.getText()).isEqualTo("Showing 1969");
		assertThat(axisSlugs()).as("exactly the events of 1969").isEqualTo(slugs("/events?from=1969&to=1969&size=200"))
			.contains("zhenbao-island-clash");
		assertThat(browser.findElement(By.id("axis-zoom-in")).isEnabled()).as("a year is as close as it goes").isFalse();
		assertThat(browser.findElements(By.cssSelector("#axis .mark-label"))).extracting(WebElement::getText)
			.as("a close view names its events")
			.contains(given().get("/events/zhenbao-island-clash").jsonPath().getString("title"));
		screenshot("axis-1969.png");

		Map<String, Object> monthly = given().get("/events?size=200")
			.jsonPath()
			.<Map<String, Object>>getList("content")
			.stream()
			.filter(event -> "month".equals(event.get("precision")) && event.get("end") == null)
			.findFirst()
			.orElseThrow();
		String monthYear = ((String) monthly.get("start")).substring(0, 4);
		year.clear();
		year.sendKeys(monthYear, Keys.ENTER);
		assertThat(range.getText()).isEqualTo("Showing " + monthYear);
		double width = axis.getRect().getWidth();
		double monthBar = bar((String) monthly.get("slug")).getWidth();
		assertThat(monthBar / width).as("an event known to the month spans its month").isBetween(1 / 14.0, 1 / 11.0);
		Map<String, Object> daily = given().get("/events?size=200&from=" + monthYear + "&to=" + monthYear)
			.jsonPath()
			.<Map<String, Object>>getList("content")
			.stream()
			.filter(event -> "day".equals(event.get("precision")) && event.get("end") == null)
			.findFirst()
			.orElseThrow();
		assertThat(bar((String) daily.get("slug")).getWidth() / width).as("an event known to the day is a tick")
			.isLessThan(1 / 60.0);

		Map<String, Object> yearly = given().get("/events?size=200")
			.jsonPath()
			.<Map<String, Object>>getList("content")
			.stream()
			.filter(event -> "year".equals(event.get("precision")))
			.findFirst()
			.orElseThrow();
		String yearOnly = ((String) yearly.get("start")).substring(0, 4);
		year.clear();
		year.sendKeys(yearOnly, Keys.ENTER);
		wait.until(ExpectedConditions.textToBe(By.id("axis-range"), "Showing " + yearOnly));
		Rectangle yearBar = bar((String) yearly.get("slug"));
		assertThat(yearBar.getX()).as("an event known to the year starts with its year")
			.isBetween(axis.getRect().getX() - 1, axis.getRect().getX() + 2);

		By mark = By.cssSelector("#axis .mark[data-slug='" + yearly.get("slug") + "']");
		new WebDriverWait(browser, Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
			.until(driver -> {
				driver.findElement(mark).click();
				return true;
			});
		WebElement title = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("detail-title")));
		assertThat(title.getText()).isEqualTo(yearly.get("title"));
		browser.findElement(By.id("detail-close")).click();
	}

	@Test
	void readerOpensAnEventFromTheMap() throws IOException {
		int clashes = given().get("/events?format=geojson&type=border-clash").jsonPath().getList("features").size();
		open("/?type=border-clash");
		waitForShown(count("/events?type=border-clash"));
		assertThat(placeCounts().values().stream().mapToInt(Integer::intValue).sum())
			.as("the map follows the filters")
			.isEqualTo(clashes);

		open("/");
		waitForShown(count("/events"));
		assertThat(placeCounts()).containsKeys("Moscow", "Beijing");
		assertThat(browser.findElements(By.cssSelector("#map path.country"))).as("the outline is drawn").hasSizeGreaterThan(40);
		WebElement zhenbao = browser.findElements(By.cssSelector("#map .place-button"))
			.stream()
			.filter(button -> button.getAccessibleName().startsWith("Zhenbao"))
			.findFirst()
			.orElseThrow();
		zhenbao.sendKeys(Keys.ENTER);
		WebElement heading = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("place-heading")));
		assertThat(heading.getText()).startsWith("Zhenbao").endsWith("1 event");
		assertThat(browser.switchTo().activeElement()).as("the reader is taken to the place's events").isEqualTo(heading);
		screenshot("map-place.png");

		WebElement link = browser.findElement(By.cssSelector("#place-events a"));
		assertThat(link.getAttribute("data-slug")).isEqualTo("zhenbao-island-clash");
		link.sendKeys(Keys.ENTER);
		WebElement title = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("detail-title")));
		wait.until(ExpectedConditions.textToBePresentInElement(title,
				given().get("/events/zhenbao-island-clash").jsonPath().getString("title")));
		assertThat(browser.getCurrentUrl()).contains("event=zhenbao-island-clash");
		browser.findElement(By.id("detail-close")).click();
		wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("detail-title")));
	}

	@Test
	void trendNamesItsAxesAndItsTurningPoints() {
		open("/");
		waitForShown(count("/events"));
		assertThat(browser.findElements(By.cssSelector("#trend text"))).extracting(WebElement::getText)
			.contains("Year", "Relations index (running sum)");
		List<WebElement> turns = browser.findElements(By.cssSelector("#turning-points li"));
		assertThat(turns).hasSizeBetween(3, 6);
		assertThat(browser.findElements(By.cssSelector("#trend .turn-number"))).hasSize(turns.size());
		assertThat(turns).extracting(WebElement::getText).anyMatch(text -> text.startsWith("1960"))
			.anyMatch(text -> text.startsWith("1989"));
		WebElement event = turns.get(0).findElement(By.tagName("a"));
		String slug = event.getAttribute("data-slug");
		event.click();
		WebElement title = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("detail-title")));
		wait.until(ExpectedConditions.textToBePresentInElement(title,
				given().get("/events/" + slug).jsonPath().getString("title")));
		browser.findElement(By.id("detail-close")).click();
	}

	@Test
	void onAPhoneTheCausesAreOneTapAway() throws IOException {
		viewport(390, 844, true);
		open("/");
		waitForShown(count("/events"));
		assertThat((Long) script("return document.documentElement.scrollWidth - window.innerWidth"))
			.as("nothing overflows at 390 px")
			.isLessThanOrEqualTo(0L);
		for (String filter : List.of("q", "era", "type", "impact", "actor", "grievance")) {
			Rectangle label = browser.findElement(By.cssSelector("label[for='filter-" + filter + "']")).getRect();
			Rectangle control = browser.findElement(By.id("filter-" + filter)).getRect();
			assertThat(label.getY() + label.getHeight()).as("the %s label sits above its control", filter)
				.isLessThanOrEqualTo(control.getY() + 1);
			assertThat(Math.abs(label.getX() - control.getX())).as("the %s label lines up with its control", filter)
				.isLessThanOrEqualTo(2);
		}
		screenshot("page-phone.png");

		browser.findElement(By.cssSelector("nav.section-menu a[href='#axis-section']")).click();
		assertThat(browser.findElements(By.cssSelector("#axis .mark"))).as("the axis on a phone")
			.hasSize(count("/events"))
			.allSatisfy(mark -> assertThat(mark.getRect().getX()).isBetween(0, 390));
		screenshot("phone-axis.png");

		script("window.scrollTo(0, document.getElementById('eras').offsetTop + 3000)");
		WebElement menu = browser.findElement(By.cssSelector("nav.section-menu"));
		assertThat(menu.getRect().getY() - scrollY()).as("the section menu stays at the top").isBetween(-1L, 1L);
		WebElement causes = browser.findElement(By.cssSelector("nav.section-menu a[href='#causes-section']"));
		assertThat(causes.getText()).isEqualTo("Causes");
		causes.click();
		long top = browser.findElement(By.id("causes-heading")).getRect().getY() - scrollY();
		assertThat(top).as("one tap brings the causes into view, below the menu")
			.isBetween((long) menu.getSize().getHeight() - 1, 844L - 200);
		assertThat(browser.findElement(By.cssSelector("#causes li")).isDisplayed()).isTrue();
		screenshot("page-phone-causes.png");

		browser.findElement(By.cssSelector("nav.section-menu a[href='#trend-section']")).click();
		long trendTop = browser.findElement(By.id("trend-heading")).getRect().getY() - scrollY();
		assertThat(trendTop).as("and another the trend").isBetween((long) menu.getSize().getHeight() - 1, 844L - 200);
	}

	@Test
	void pagePassesAnAccessibilityAudit() throws IOException {
		open("/");
		waitForShown(count("/events"));
		screenshot("page-desktop.png");
		assertThat(axeViolations()).as("WCAG 2.1 A and AA violations on a laptop").isEmpty();

		WebElement year = browser.findElement(By.id("axis-year"));
		year.clear();
		year.sendKeys("1969", Keys.ENTER);
		browser.findElement(By.cssSelector("#map .place-button")).click();
		assertThat(axeViolations()).as("with a year on the axis and a place open").isEmpty();

		open("/?event=zhenbao-island-clash");
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#detail-references li")));
		assertThat(axeViolations()).as("with an event open").isEmpty();
		browser.findElement(By.id("detail-close")).click();

		viewport(390, 844, true);
		open("/?era=brezhnev");
		waitForShown(count("/events?era=brezhnev"));
		assertThat(axeViolations()).as("on a phone").isEmpty();
	}

	private void open(String path) {
		browser.get("http://localhost:" + port + path);
	}

	private void waitForShown(int count) {
		wait.until(ExpectedConditions.textToBe(By.id("status"), count + (count == 1 ? " event" : " events") + " shown."));
	}

	private int count(String path) {
		return given().get(path).jsonPath().getInt("page.totalElements");
	}

	private Set<String> slugs(String path) {
		return new HashSet<>(given().get(path).jsonPath().getList("content.slug", String.class));
	}

	private Set<String> shownSlugs() {
		return browser.findElements(By.cssSelector("#eras .event a"))
			.stream()
			.map(link -> link.getAttribute("data-slug"))
			.collect(Collectors.toSet());
	}

	private Set<String> axisSlugs() {
		return browser.findElements(By.cssSelector("#axis .mark"))
			.stream()
			.map(link -> link.getAttribute("data-slug"))
			.collect(Collectors.toSet());
	}

	/** Where an event's bar is drawn, read again if the axis is drawn anew while it is being read. */
	private Rectangle bar(String slug) {
		By located = By.cssSelector("#axis .mark[data-slug='" + slug + "'] .bar");
		return new WebDriverWait(browser, Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
			.until(driver -> driver.findElement(located).getRect());
	}

	/** Each era shown holds matches, and says how many; the eras without any are left out. */
	private void assertErasShownWithCounts(String filter) {
		List<String> eras = List.of("stalin", "khrushchev", "brezhnev", "rapprochement");
		for (String era : eras) {
			int inEra = count("/events?" + filter + "&era=" + era);
			List<WebElement> section = browser.findElements(By.cssSelector("#eras section.era-" + era));
			if (inEra == 0) {
				assertThat(section).as("no box for %s, where nothing matches", era).isEmpty();
			}
			else {
				assertThat(section).singleElement()
					.satisfies(shown -> assertThat(shown.findElement(By.tagName("h3")).getText())
						.endsWith(" · " + inEra + (inEra == 1 ? " event" : " events")));
			}
		}
	}

	private int[] yearsShown() {
		Matcher years = YEAR.matcher(browser.findElement(By.id("axis-range")).getText());
		assertThat(years.find()).isTrue();
		int first = Integer.parseInt(years.group());
		int last = years.find() ? Integer.parseInt(years.group()) : first;
		return new int[] { first, last };
	}

	private Map<String, Integer> placeCounts() {
		Pattern name = Pattern.compile("(.+): (\\d+) events?");
		return browser.findElements(By.cssSelector(".place-button"))
			.stream()
			.map(WebElement::getAccessibleName)
			.map(name::matcher)
			.filter(Matcher::matches)
			.collect(Collectors.toMap(m -> m.group(1), m -> Integer.parseInt(m.group(2))));
	}

	private long scrollY() {
		return ((Number) script("return Math.round(window.scrollY)")).longValue();
	}

	private Object script(String code) {
		return ((JavascriptExecutor) browser).executeScript(code);
	}

	private static void viewport(int width, int height, boolean mobile) {
		((ChromeDriver) browser).executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", mobile));
	}

	/** The page's WCAG 2.1 A and AA violations, as axe-core finds them, each with the elements at fault. */
	private List<String> axeViolations() throws IOException {
		String axe;
		try (InputStream source = getClass().getResourceAsStream("/axe/axe.min.js")) {
			axe = new String(source.readAllBytes(), StandardCharsets.UTF_8);
		}
		JavascriptExecutor js = (JavascriptExecutor) browser;
		js.executeScript(axe);
		Object found = js.executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
				    resultTypes: ['violations'] })
				  .then((results) => done(results.violations.map((v) =>
				    `${v.id} (${v.impact}): ${v.help} at ${v.nodes.slice(0, 5).map((n) => n.target.join(' ')).join(', ')}`)))
				  .catch((error) => done(['axe failed: ' + error]));
				""");
		@SuppressWarnings("unchecked")
		List<String> violations = (List<String>) found;
		return violations;
	}

	private static void screenshot(String name) throws IOException {
		Files.createDirectories(SCREENSHOTS);
		File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
		Files.copy(shot.toPath(), SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
	}

}

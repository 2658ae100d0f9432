package org.marsad.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.store.Store;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web UI in real headless Chromium (Debian's chromium and chromium-driver; .ci/run installs them): the
 * reader's highlights, the dyad timeline, and that markup inside article text stays text. Screenshots of each
 * view go to target/screenshots/. Skipped with a message when no Chromium or chromedriver is installed.
 */
class BrowserTest {
    static final Path CHROMIUM = Path.of(System.getProperty("marsad.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("marsad.chromedriver", "/usr/bin/chromedriver"));
    static final Path SHOTS = Path.of("target", "screenshots");

    @TempDir
    static Path dir;
    static Store store;
    static MarsadServer server;
    static WebDriver driver;
    static Path profile;

    @BeforeAll
    static void start() throws IOException {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                () -> "skipped: the browser tests need " + CHROMIUM + " and " + CHROMEDRIVER
                        + " (apt-get install -y chromium chromium-driver; .ci/run does)");
        store = Store.open(TestStore.build(dir.resolve("ui.db")).toString());
        server = new MarsadServer(store, TestStore.pipeline(), null).start("127.0.0.1", 0);
        profile = Files.createTempDirectory("marsad-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profile, "--window-size=1280,900", "--lang=ar", "--force-device-scale-factor=1");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
        Files.createDirectories(SHOTS);
    }

    @AfterAll
    static void stop() throws IOException {
        if (driver != null) {
            driver.quit();
        }
        if (server != null) {
            server.close();
        }
        if (store != null) {
            store.close();
        }
        if (profile != null) {
            try (Stream<Path> walk = Files.walk(profile)) {
                walk.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    static String url(String hash) {
        return "http://127.0.0.1:" + server.port() + "/" + hash;
    }

    static void open(String hash, By ready) {
        driver.get(url(hash));
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(ready));
    }

    static void shot(String name) throws IOException {
        Path png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(png, SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    static Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    static void noAlert() {
        assertThrows(NoAlertPresentException.class, () -> driver.switchTo().alert(), "an alert was opened");
    }

    @Test
    void readerHighlightsActorsEventsAndQuotesAndShowsTheRecord() throws IOException {
        open("#/article/" + TestStore.SEED_ID, By.cssSelector("#article-text .seg"));
        assertEquals("rtl", driver.findElement(By.tagName("html")).getAttribute("dir"));
        List<WebElement> actors = driver.findElements(By.cssSelector("#article-text .seg.m"));
        List<WebElement> events = driver.findElements(By.cssSelector("#article-text .seg.e"));
        List<WebElement> quotes = driver.findElements(By.cssSelector("#article-text .seg.q"));
        assertTrue(actors.size() > 5, "actor mentions highlighted: " + actors.size());
        assertTrue(events.size() > 5, "event evidence highlighted: " + events.size());
        assertFalse(quotes.isEmpty(), "quotes highlighted");
        String allText = driver.findElement(By.id("article-text")).getText();
        assertTrue(allText.contains("فلاديمير بوتين"));
        assertTrue(actors.stream().anyMatch(a -> a.getText().contains("بوتين")), "Putin is highlighted as an actor");
        // the article's text is shown whole: the highlighted pieces add up to exactly the stored text
        String stored = (String) js("return fetch('/api/articles/" + TestStore.SEED_ID
                + "').then(r => r.json()).then(j => j.article.text)");
        assertEquals(stored, js("return document.getElementById('article-text').textContent"));

        WebElement sign = events.stream().filter(e -> e.getText().contains("وقع")).findFirst().orElse(events.get(0));
        new Actions(driver).moveToElement(sign).perform();
        WebElement tip = new WebDriverWait(driver, Duration.ofSeconds(5)).until(ExpectedConditions.visibilityOfElementLocated(By.id("tip")));
        assertTrue(tip.getText().contains("RUSGOV") || tip.getText().contains("PRKGOV"), tip.getText());
        assertTrue(tip.getText().matches("(?s).*\\b0[0-9]{2}\\b.*"), "a CAMEO code in the record: " + tip.getText());
        shot("reader-hover");
        js("document.getElementById('tip').hidden = true; window.scrollTo(0, 0)");
        shot("reader");

        // a link from the event table goes to the evidence, marked
        open("#/article/" + TestStore.SEED_ID + "?event=" + firstEventId(), By.cssSelector("#article-text .seg.focus"));
        assertFalse(driver.findElements(By.cssSelector("#records .record.selected")).isEmpty());
        noAlert();
    }

    static String firstEventId() {
        return (String) js("return fetch('/api/events?article=" + TestStore.SEED_ID + "&size=1').then(r => r.json()).then(j => j.items[0].id)");
    }

    @Test
    void eventTableFiltersAndLinksToEvidence() throws IOException {
        open("#/events?actor=RUS&root=05", By.id("events-table"));
        List<WebElement> rows = driver.findElements(By.cssSelector("#events-table tbody tr"));
        assertFalse(rows.isEmpty());
        String total = driver.findElement(By.id("event-total")).getText();
        assertTrue(total.matches(".*\\d+.*"), total);
        String csv = driver.findElement(By.id("export-csv")).getAttribute("href");
        assertTrue(csv.contains("format=csv") && csv.contains("actor=RUS") && csv.contains("root=05"), csv);
        shot("events");
        rows.get(0).findElement(By.cssSelector("a.evidence-link")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#article-text .seg.focus")));
        // the filter form drives the hash
        open("#/events", By.id("filters"));
        WebElement place = driver.findElement(By.name("place"));
        place.sendKeys("UKR");
        driver.findElement(By.cssSelector("#filters button[type=submit]")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("place=UKR"));
    }

    @Test
    void dyadTimelineForRussiaAndNorthKoreaHasData() throws IOException {
        open("#/dyad", By.id("dyad-form"));
        driver.findElement(By.name("a")).sendKeys("RUS");
        driver.findElement(By.name("b")).sendKeys("PRK");
        driver.findElement(By.cssSelector("#dyad-form button[type=submit]")).click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(By.id("timeline")));
        List<WebElement> bars = driver.findElements(By.cssSelector("#timeline rect.bar"));
        assertFalse(bars.isEmpty(), "the timeline has bars");
        assertTrue(Integer.parseInt(driver.findElement(By.id("timeline")).getAttribute("data-points")) > 0);
        assertFalse(driver.findElements(By.cssSelector("#timeline .gold-dot")).isEmpty(), "mean Goldstein plotted");
        assertFalse(driver.findElements(By.cssSelector("#events-table tbody tr")).isEmpty(), "the dyad's events listed");
        assertTrue(driver.findElement(By.id("dyad-total")).getText().contains("RUS"));
        shot("dyad");
    }

    @Test
    void networkMapAndSearchRender() throws IOException {
        open("#/network", By.cssSelector("#network .node"));
        assertTrue(driver.findElements(By.cssSelector("#network .node")).size() > 2);
        assertFalse(driver.findElements(By.cssSelector("#network line.edge")).isEmpty());
        js("document.getElementById('network').scrollIntoView()");
        shot("network");
        open("#/map", By.cssSelector("#map circle.pt"));
        js("document.getElementById('map').scrollIntoView()");
        shot("map");
        open("#/search?q=%D9%83%D9%88%D8%B1%D9%8A%D8%A7", By.cssSelector("#hits li"));
        assertFalse(driver.findElements(By.cssSelector("#hits mark")).isEmpty(), "matches highlighted");
        for (WebElement mark : driver.findElements(By.cssSelector("#hits mark"))) {
            assertTrue(mark.getText().contains("كوريا"), "marked: " + mark.getText());
        }
        shot("search");
        open("#/article", By.cssSelector("#article-list li a"));
        assertEquals(2, driver.findElements(By.cssSelector("#article-list li")).size());
        shot("articles");
        open("#/alerts", By.cssSelector("#alerts li"));
        assertTrue(driver.findElement(By.cssSelector("#alerts li")).getText().contains("072"), "the DPRK alert is listed");
        shot("alerts");
        open("api", By.cssSelector("#endpoints table tbody tr"));
        assertTrue(driver.findElements(By.cssSelector("#endpoints tbody tr")).size() >= 14);
        shot("api");
    }

    @Test
    void englishToggleChangesLabelsAndDirection() throws IOException {
        open("#/events", By.id("events-table"));
        driver.findElement(By.id("lang")).click();
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> "ltr".equals(d.findElement(By.tagName("html")).getAttribute("dir")));
        assertEquals("Events", driver.findElement(By.cssSelector("#nav a[data-view=events]")).getText());
        open("#/article/" + TestStore.SEED_ID, By.cssSelector("#article-text .seg"));
        assertEquals("rtl", driver.findElement(By.id("article-text")).getAttribute("dir"), "Arabic text stays right to left");
        shot("reader-en");
        driver.findElement(By.id("lang")).click();
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> "rtl".equals(d.findElement(By.tagName("html")).getAttribute("dir")));
    }

    @Test
    void markupInsideArticleTextStaysText() throws IOException {
        open("#/article/" + TestStore.XSS_ID, By.id("article-text"));
        noAlert();
        String text = (String) js("return document.getElementById('article-text').textContent");
        assertTrue(text.contains(TestStore.SCRIPT), text);
        assertTrue(text.contains(TestStore.IMG), text);
        assertTrue(driver.findElement(By.cssSelector(".article-title")).getText().contains(TestStore.IMG));
        assertEquals(0L, js("return document.querySelectorAll('img').length"), "no img element");
        assertEquals(1L, js("return document.querySelectorAll('script').length"), "only app.js");
        assertEquals(0L, js("return document.querySelectorAll('#main [onerror], #main script').length"));
        // hovering a highlighted piece shows its record, also as text
        List<WebElement> segs = driver.findElements(By.cssSelector("#article-text .seg"));
        if (!segs.isEmpty()) {
            new Actions(driver).moveToElement(segs.get(0)).perform();
        }
        shot("xss-article");
        open("#/search?q=" + java.net.URLEncoder.encode("الكرملين", java.nio.charset.StandardCharsets.UTF_8), By.cssSelector("#hits li"));
        noAlert();
        assertEquals(0L, js("return document.querySelectorAll('img').length"));
        open("#/events?outlet=test-outlet", By.id("events-table"));
        noAlert();
        assertEquals(0L, js("return document.querySelectorAll('img').length"));
    }
}

package io.corroborate.gateway.portal;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

import org.awaitility.core.ConditionTimeoutException;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import io.corroborate.devstack.keycloak.KeycloakUsers;

/**
 * The system's headless Chromium (Debian's {@code chromium} and {@code chromium-driver}), driven by Selenium, on the
 * portal the gateway under test serves. Selenium Manager is never asked: it would download a browser.
 */
final class Browser implements AutoCloseable {

    static final Path SCREENSHOTS = Path.of("target", "portal-screenshots");
    private static final String CHROMIUM = System.getProperty("corroborate.chromium", "/usr/bin/chromium");
    private static final String CHROMEDRIVER = System.getProperty("corroborate.chromedriver", "/usr/bin/chromedriver");
    private static final Duration PATIENCE = Duration.ofSeconds(20);

    final ChromeDriver driver;
    private final String portal;

    Browser(String portal, int width, int height) {
        if (!Files.isExecutable(Path.of(CHROMIUM)) || !Files.isExecutable(Path.of(CHROMEDRIVER))) {
            throw new IllegalStateException("The portal's browser tests need Chromium and its driver at " + CHROMIUM + " and "
                    + CHROMEDRIVER + " (Debian: apt-get install chromium chromium-driver; README, Prerequisites)");
        }
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM).addArguments("--headless=new", "--no-sandbox",
                "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--window-size=" + width + "," + height);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(Path.of(CHROMEDRIVER).toFile()).build();
        this.driver = new ChromeDriver(service, options);
        this.driver.manage().window().setSize(new Dimension(width, height));
        this.portal = portal;
    }

    /** Opens the portal and logs in through Keycloak's own login page, as an analyst does. */
    Browser logIn(String username) {
        driver.get(portal);
        click(By.xpath("//button[text()='Sign in']"));
        waitFor(By.id("kc-login"));
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(KeycloakUsers.passwordOf(username));
        driver.findElement(By.id("kc-login")).click();
        await().atMost(PATIENCE).ignoreExceptions()
                .until(() -> driver.findElement(By.cssSelector(".who-name")).getText().equals(username));
        return this;
    }

    void open(String hash) {
        driver.get(portal + hash);
        // The same document: a change of fragment alone does not reload it, so its page is rendered anew.
        waitUntilLoaded();
    }

    void waitUntilLoaded() {
        await().atMost(PATIENCE).ignoreExceptions()
                .until(() -> driver.findElements(By.cssSelector("main [role=status]")).stream().noneMatch(element -> element.getText().equals("Loading…")));
    }

    WebElement waitFor(By locator) {
        try {
            return await().atMost(PATIENCE).ignoreExceptions().until(() -> driver.findElement(locator), element -> element.isDisplayed());
        } catch (ConditionTimeoutException e) {
            throw new AssertionError("Not shown within " + PATIENCE.toSeconds() + " s: " + locator + describePage(), e);
        }
    }

    void click(By locator) {
        waitFor(locator).click();
    }

    List<WebElement> all(By locator) {
        return driver.findElements(locator);
    }

    String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    void until(Supplier<Boolean> condition) {
        try {
            await().atMost(PATIENCE).ignoreExceptions().until(condition::get);
        } catch (ConditionTimeoutException e) {
            throw new AssertionError("Not so within " + PATIENCE.toSeconds() + " s" + describePage(), e);
        }
    }

    /** Where the browser is and what it shows, for a failure's message; a screenshot of it is saved too. */
    private String describePage() {
        Path shot = screenshot("failure-" + System.currentTimeMillis());
        return "\n  at " + driver.getCurrentUrl() + "\n  screenshot " + shot.toAbsolutePath() + "\n  page text:\n" + text();
    }

    /** Saves what the browser shows, the whole page tall, under target/portal-screenshots. */
    Path screenshot(String name) {
        long height = (Long) driver.executeScript("return document.documentElement.scrollHeight");
        Dimension size = driver.manage().window().getSize();
        driver.manage().window().setSize(new Dimension(size.getWidth(), (int) Math.min(Math.max(height + 100, size.getHeight()), 4000)));
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            driver.manage().window().setSize(size);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}

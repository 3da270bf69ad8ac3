package dev.readout;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.util.FileSystemUtils;

/**
 * Debian's headless Chromium driven by its matching chromedriver, for tests that click
 * through pages as a person would. A failing test leaves a screenshot under
 * {@code target/screenshots}.
 */
public class Browser implements BeforeAllCallback, AfterAllCallback, TestWatcher {

	private static final File CHROMIUM = new File("/usr/bin/chromium");

	private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

	private Path profile;

	private WebDriver driver;

	public WebDriver driver() {
		return this.driver;
	}

	/**
	 * Clicks a link or button that loads another page and waits until the page it was on
	 * has gone, so the test reads the next page, never a stale element of the last one.
	 */
	public void clickThrough(WebElement linkOrButton) {
		WebElement page = this.driver.findElement(By.tagName("html"));
		linkOrButton.click();
		new WebDriverWait(this.driver, Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(page));
	}

	/** Signs in through the form unless this browser already has a session. */
	public void signIn(String baseUrl, String username, String password) {
		if (this.driver.manage().getCookieNamed("READOUT_SESSION") == null) {
			this.driver.get(baseUrl + "/login");
			this.driver.findElement(By.id("username")).sendKeys(username);
			this.driver.findElement(By.id("password")).sendKeys(password);
			clickThrough(this.driver.findElement(By.cssSelector("main button[type=submit]")));
		}
	}

	@Override
	public void beforeAll(ExtensionContext context) throws IOException {
		this.profile = Files.createTempDirectory("readout-chromium");
		ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM)
			.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
					"--disable-background-networking", "--disable-component-update", "--disable-sync",
					"--disable-dev-shm-usage", "--window-size=1280,900", "--user-data-dir=" + this.profile);
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER).build();
		this.driver = new ChromeDriver(service, options);
		this.driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
	}

	@Override
	public void testFailed(ExtensionContext context, Throwable cause) {
		try {
			Path screenshots = Files.createDirectories(Path.of("target", "screenshots"));
			File shot = ((TakesScreenshot) this.driver).getScreenshotAs(OutputType.FILE);
			Files.copy(shot.toPath(), screenshots.resolve(context.getDisplayName().replaceAll("\\W+", "-") + ".png"),
					StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void afterAll(ExtensionContext context) {
		if (this.driver != null) {
			this.driver.quit();
		}
		FileSystemUtils.deleteRecursively(this.profile.toFile());
	}

}

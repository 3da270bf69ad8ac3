package dev.readout.timeline;

import java.time.Duration;
import java.util.List;

import dev.readout.Browser;
import dev.readout.PostgresTestConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person opens the timeline in a real browser, picks a meeting of the visit and reads
 * both sides' readouts.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(PostgresTestConfiguration.class)
class TimelineBrowserTests {

	@RegisterExtension
	static final Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Test
	void opensAMeetingFromTheTimelineAndReadsBothSidesReadouts() {
		WebDriver driver = browser.driver();
		driver.get("http://localhost:" + this.port + "/");
		assertThat(driver.getTitle()).isEqualTo("Timeline of contacts · Readout");
		assertThat(driver.findElement(By.tagName("main")).getText()).contains("June 2023", "May 2023");

		browser.clickThrough(driver.findElement(By.linkText("Blinken – Wang Yi meeting")));

		assertThat(driver.getTitle()).isEqualTo("Blinken – Wang Yi meeting · Readout");
		List<WebElement> readoutColumns = driver
			.findElements(By.cssSelector("section[aria-labelledby='readouts-heading'] .side-column"));
		assertThat(readoutColumns).hasSize(2);
		assertThat(readoutColumns.get(0).getText()).contains("United States", "candid and productive discussion");
		assertThat(readoutColumns.get(1).getText()).contains("China", "critical juncture");
		assertThat(readoutColumns.get(0).getRect().getY()).as("the columns stand side by side")
			.isEqualTo(readoutColumns.get(1).getRect().getY());
	}

	@Test
	void followsAParticipantToTheirPositionsOverTime() {
		WebDriver driver = browser.driver();
		driver.get("http://localhost:" + this.port + "/");
		browser.clickThrough(driver.findElement(By.cssSelector(".contacts")).findElement(By.linkText("Qin Gang")));
		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Qin Gang 秦刚");
		assertThat(driver.findElement(By.tagName("main")).getText()).contains("Minister of Foreign Affairs",
				"30 December 2022", "25 July 2023");
	}

	@Test
	void narrowsTheTimelineByTypingAndByFacetsWithoutReloadingThenComparesTheReadouts() {
		WebDriver driver = browser.driver();
		driver.get("http://localhost:" + this.port + "/");
		// A marker on the page object: a full reload would lose it, htmx's swaps keep it.
		((JavascriptExecutor) driver).executeScript("window.notReloaded = true");

		driver.findElement(By.id("q")).sendKeys("taiwan");
		new WebDriverWait(driver, Duration.ofSeconds(5))
			.until(ExpectedConditions.textToBe(By.cssSelector(".match-count"), "2 contacts match"));
		assertThat(driver.getCurrentUrl()).contains("q=taiwan");

		driver.findElement(By.cssSelector(".filters-panel > summary")).click();
		WebElement facets = driver.findElement(By.cssSelector(".facets"));
		facets.findElement(By.linkText("Held")).click();
		new WebDriverWait(driver, Duration.ofSeconds(5)).until(ExpectedConditions.urlContains("status=HELD"));
		assertThat(driver.findElements(By.cssSelector(".compact-list tbody th > a")).stream().map(WebElement::getText))
			.containsExactly("Blinken – Wang Yi meeting", "Sullivan – Wang Yi talks in Vienna");
		assertThat(((JavascriptExecutor) driver).executeScript("return window.notReloaded")).isEqualTo(true);

		browser.clickThrough(driver.findElement(By.linkText("Blinken – Wang Yi meeting")));
		browser.clickThrough(driver.findElement(By.linkText("Compare the readouts topic by topic")));
		assertThat(driver.findElement(By.cssSelector(".findings")).getText())
			.contains("Only the China statements raise: Sanctions, Taiwan.");
	}

	@Test
	void narrowsTheListToTheStretchDraggedAcrossTheAxis() {
		WebDriver driver = browser.driver();
		driver.get("http://localhost:" + this.port + "/");
		int before = driver.findElements(By.cssSelector(".compact-list tbody tr")).size();
		WebElement axis = driver.findElement(By.cssSelector("figure.axis svg"));
		// From the middle of the axis to its end: the later half of the record.
		new Actions(driver).moveToElement(axis, 0, 0)
			.clickAndHold()
			.moveByOffset(axis.getSize().getWidth() / 2 - 2, 0)
			.release()
			.perform();

		new WebDriverWait(driver, Duration.ofSeconds(5)).until(ExpectedConditions.urlContains("to="));
		assertThat(driver.getCurrentUrl()).containsPattern("from=\\d{4}-\\d{2}-\\d{2}")
			.containsPattern("to=\\d{4}-\\d{2}-\\d{2}");
		new WebDriverWait(driver, Duration.ofSeconds(5))
			.until(ignored -> driver.findElements(By.cssSelector(".compact-list tbody tr")).size() < before);
		assertThat(driver.findElement(By.id("from")).getDomProperty("value")).matches("\\d{4}-\\d{2}-\\d{2}");
	}

}

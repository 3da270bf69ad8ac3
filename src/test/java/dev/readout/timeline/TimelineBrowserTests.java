package dev.readout.timeline;

import java.util.List;

import dev.readout.Browser;
import dev.readout.PostgresTestConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

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

		driver.findElement(By.linkText("Blinken – Wang Yi meeting")).click();

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
		driver.findElement(By.cssSelector(".contacts")).findElement(By.linkText("Qin Gang")).click();
		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Qin Gang 秦刚");
		assertThat(driver.findElement(By.tagName("main")).getText()).contains("Minister of Foreign Affairs",
				"30 December 2022", "25 July 2023");
	}

}

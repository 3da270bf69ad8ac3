package dev.readout.readout;

import dev.readout.Browser;
import dev.readout.PostgresTestConfiguration;
import dev.readout.account.Account;
import dev.readout.account.AccountRepository;
import dev.readout.account.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An analyst signs in, adds a readout through the form and finds it on the meeting page
 * and in its history.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(PostgresTestConfiguration.class)
class ReadoutBrowserTests {

	private static final String USERNAME = "browser-analyst";

	private static final String PASSWORD = "typed in a real browser";

	/** Sullivan – Wang Yi talks in Vienna, whose readouts no other test counts. */
	private static final long VIENNA_TALKS = 7;

	@RegisterExtension
	static final Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Autowired
	AccountRepository accounts;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void createAnalyst() {
		if (this.accounts.findByUsername(USERNAME).isEmpty()) {
			this.accounts
				.save(new Account(USERNAME, "Browser Analyst", this.passwordEncoder.encode(PASSWORD), Role.ANALYST));
		}
	}

	@AfterEach
	void removeWhatTheTestAdded() {
		this.jdbc.sql("delete from readout where meeting_id = ?").param(VIENNA_TALKS).update();
	}

	@Test
	void signsInAddsAReadoutAndFindsItBesideTheOtherSide() {
		WebDriver driver = browser.driver();
		driver.get(url("/login"));
		driver.findElement(By.id("username")).sendKeys(USERNAME);
		driver.findElement(By.id("password")).sendKeys(PASSWORD);
		driver.findElement(By.cssSelector("main button[type=submit]")).click();
		assertThat(driver.findElement(By.tagName("header")).getText()).contains(USERNAME, "Sign out");

		driver.get(url("/meetings/" + VIENNA_TALKS));
		driver.findElement(By.linkText("Add readout")).click();
		driver.findElement(By.cssSelector("input[name=side][value=CN]")).click();
		driver.findElement(By.id("issuingBody")).sendKeys("Ministry of Foreign Affairs of the PRC");
		driver.findElement(By.id("title")).sendKeys("Wang Yi's talks with Jake Sullivan in Vienna");
		driver.findElement(By.id("characterisations")).sendKeys("candid, substantive and constructive");
		driver.findElement(By.id("body")).sendKeys("王毅 set out China's position on Taiwan.");
		driver.findElement(By.cssSelector("main form button[type=submit]")).click();

		assertThat(driver.getCurrentUrl()).contains("/meetings/" + VIENNA_TALKS);
		assertThat(driver.findElement(By.cssSelector("main .flash")).getText()).isEqualTo("The readout was added.");
		var columns = driver.findElements(By.cssSelector("section[aria-labelledby='readouts-heading'] .side-column"));
		assertThat(columns.get(1).getText()).contains("China", "Wang Yi's talks with Jake Sullivan in Vienna",
				"王毅 set out China's position on Taiwan.");
		assertThat(columns.get(0).getText()).contains("United States: no readout on record.");

		driver.findElement(By.linkText("History")).click();
		assertThat(driver.findElement(By.tagName("main")).getText()).contains(USERNAME, "created",
				"Wang Yi's talks with Jake Sullivan in Vienna");
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}

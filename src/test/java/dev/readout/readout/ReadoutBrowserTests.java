package dev.readout.readout;

import dev.readout.SeededRecord;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import dev.readout.Browser;
import dev.readout.PostgresTestConfiguration;
import dev.readout.TestAccounts;
import dev.readout.account.AccountRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

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
@Import({ PostgresTestConfiguration.class, SeededRecord.class })
class ReadoutBrowserTests {

	private static final String USERNAME = "browser-analyst";

	private static final String PASSWORD = "typed in a real browser";

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

	/**
	 * The Munich meeting has no statement on record, so the test removes only what it
	 * adds.
	 */
	@Autowired
	SeededRecord seeded;

	@BeforeEach
	void createAnalyst() {
		TestAccounts.analyst(this.accounts, this.passwordEncoder, USERNAME, "Browser Analyst", PASSWORD);
	}

	@AfterEach
	void removeWhatTheTestAdded() {
		this.jdbc.sql("delete from readout where meeting_id = ?").param(this.seeded.munichMeeting()).update();
	}

	@Test
	void signsInAddsAReadoutAndFindsItBesideTheOtherSide() {
		WebDriver driver = browser.driver();
		driver.manage().deleteAllCookies();
		browser.signIn(url(""), USERNAME, PASSWORD);
		assertThat(driver.findElement(By.tagName("header")).getText()).contains(USERNAME, "Sign out");

		driver.get(url("/meetings/" + this.seeded.munichMeeting()));
		browser.clickThrough(driver.findElement(By.linkText("Add readout")));
		driver.findElement(By.cssSelector("input[name=side][value=CN]")).click();
		driver.findElement(By.id("issuingBody")).sendKeys("Ministry of Foreign Affairs of the PRC");
		driver.findElement(By.id("title")).sendKeys("Wang Yi's meeting with Secretary Blinken in Munich");
		driver.findElement(By.id("characterisations")).sendKeys("candid, substantive and constructive");
		driver.findElement(By.id("body")).sendKeys("王毅 set out China's position on Taiwan.");
		browser.clickThrough(driver.findElement(By.cssSelector("main form button[type=submit]")));

		assertThat(driver.getCurrentUrl()).contains("/meetings/" + this.seeded.munichMeeting());
		assertThat(driver.findElement(By.cssSelector("main .flash")).getText()).isEqualTo("The readout was added.");
		var columns = driver.findElements(By.cssSelector("section[aria-labelledby='readouts-heading'] .side-column"));
		assertThat(columns.get(1).getText()).contains("China", "Official readout",
				"Wang Yi's meeting with Secretary Blinken in Munich", "王毅 set out China's position on Taiwan.");
		assertThat(columns.get(0).getText()).contains("United States: no statement on record yet.");

		browser.clickThrough(driver.findElement(By.linkText("History")));
		assertThat(driver.findElement(By.tagName("main")).getText()).contains(USERNAME, "created",
				"Wang Yi's meeting with Secretary Blinken in Munich");
	}

	@Test
	void opensARefusedFormOnItsListOfErrors() {
		WebDriver driver = browser.driver();
		browser.signIn(url(""), USERNAME, PASSWORD);
		driver.get(url("/meetings/" + this.seeded.munichMeeting() + "/readouts/new"));
		// Past the browser's own checks of required fields, as an older browser would be.
		((JavascriptExecutor) driver)
			.executeScript("document.querySelector('main form[method=post]').noValidate = true");
		browser.clickThrough(driver.findElement(By.cssSelector("main form button[type=submit]")));

		WebElement focused = driver.switchTo().activeElement();
		assertThat(focused.getAttribute("class")).contains("error-summary");
		assertThat(focused.getText()).contains("Please correct the following before saving:");
	}

	@Test
	void keepsTheAnalystsInputBesideWhatIsOnRecordWhenSomeoneElseSavedFirst() throws Exception {
		long readout = this.jdbc.sql("""
				insert into readout (meeting_id, side, issuing_body, title) values (?, 'US', 'Department of State',
				'The first title') returning id""").param(this.seeded.munichMeeting()).query(Long.class).single();
		WebDriver driver = browser.driver();
		browser.signIn(url(""), USERNAME, PASSWORD);
		driver.get(url("/readouts/" + readout + "/edit"));
		WebElement title = driver.findElement(By.id("title"));
		title.clear();
		title.sendKeys("The analyst's title");
		// Meanwhile another analyst saves the same readout.
		this.jdbc.sql("update readout set title = 'The other analyst''s title', version = version + 1 where id = ?")
			.param(readout)
			.update();
		browser.clickThrough(driver.findElement(By.cssSelector("main form button[type=submit]")));

		assertThat(driver.findElement(By.cssSelector(".changed-meanwhile")).getText())
			.contains("Someone else saved this meanwhile", "The other analyst's title");
		assertThat(driver.findElement(By.id("title")).getDomProperty("value")).isEqualTo("The analyst's title");
		assertThat(this.jdbc.sql("select title from readout where id = ?").param(readout).query(String.class).single())
			.isEqualTo("The other analyst's title");

		driver.get(url("/meetings/" + this.seeded.munichMeeting()));
		String pdf = driver.findElement(By.linkText("Summary as PDF")).getAttribute("href");
		HttpResponse<byte[]> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(pdf)).build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
		assertThat(new String(response.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}

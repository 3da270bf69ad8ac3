package dev.readout.source;

import java.util.List;

import dev.readout.Browser;
import dev.readout.PostgresTestConfiguration;
import dev.readout.TestAccounts;
import dev.readout.SeededRecord;
import dev.readout.account.AccountRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
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
 * An analyst adds two versions of one story in a real browser, sees Readout propose the
 * second as a copy of the first, confirms it, and finds the copy folded into its original
 * on a meeting page that cites both.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({ PostgresTestConfiguration.class, SeededRecord.class })
class ArticleBrowserTests {

	private static final String USERNAME = "article-analyst";

	private static final String PASSWORD = "reads every article twice";

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

	/** The Munich meeting, which cites one source: the test adds and removes its own. */
	@Autowired
	SeededRecord seeded;

	@BeforeEach
	void createAnalyst() {
		TestAccounts.analyst(this.accounts, this.passwordEncoder, USERNAME, "Article Analyst", PASSWORD);
	}

	@AfterEach
	void removeWhatTheTestAdded() {
		this.jdbc.sql("update source set copy_of_id = null, copy_kind = null where label like 'Browser: %'").update();
		this.jdbc
			.sql("delete from meeting_source where source_id in (select id from source where label like 'Browser: %')")
			.update();
		this.jdbc.sql("delete from source where label like 'Browser: %'").update();
	}

	@Test
	void addsTwoVersionsOfAStoryConfirmsTheCopyAndSeesItCitedAsOne() {
		List<CopyCorpus.Text> corpus = CopyCorpus.texts();
		WebDriver driver = browser.driver();
		driver.manage().deleteAllCookies();
		browser.signIn(url(""), USERNAME, PASSWORD);

		long original = addSource(driver, "Browser: fishing deal", corpus.get(0).text());
		long copy = addSource(driver, "Browser: fishing deal, reworded", corpus.get(1).text());

		assertThat(driver.findElement(By.cssSelector(".candidates")).getText()).contains("Browser: fishing deal",
				"% alike");
		browser.clickThrough(driver.findElement(By.partialLinkText("Mark this source as a copy of")));
		browser
			.clickThrough(driver.findElement(By.cssSelector("main form[action$='/" + copy + "'] button[type=submit]")));
		assertThat(driver.findElement(By.cssSelector(".copy-of")).getText()).contains("Browser: fishing deal");

		long munich = this.seeded.munichMeeting();
		this.jdbc.sql("insert into meeting_source (meeting_id, source_id) values (?, ?), (?, ?)")
			.params(munich, original, munich, copy)
			.update();
		driver.get(url("/meetings/" + munich));
		var cited = driver.findElements(By.cssSelector("ol.sources > li"));
		assertThat(cited).filteredOn(item -> item.getText().contains("Browser: fishing deal"))
			.singleElement()
			.satisfies(item -> assertThat(item.getText()).contains("Browser: fishing deal, reworded"));
	}

	@Test
	void citesAPassageOnlyWhenTheTextHoldsIt() {
		WebDriver driver = browser.driver();
		driver.manage().deleteAllCookies();
		browser.signIn(url(""), USERNAME, PASSWORD);
		long article = addSource(driver, "Browser: ministers meet",
				"The ministers met for five hours.\nThey agreed to meet again in Washington.");
		long munich = this.seeded.munichMeeting();
		this.jdbc.sql("insert into meeting_source (meeting_id, source_id) values (?, ?)")
			.params(munich, article)
			.update();

		driver.get(url("/sources/" + article));
		driver.findElement(By.id("passage")).sendKeys("They agreed to meet again in Beijing.");
		browser.clickThrough(driver.findElement(By.cssSelector("#cite-passage button[type=submit]")));
		assertThat(driver.findElement(By.id("passage-error")).getText())
			.isEqualTo("This passage is not in the article's text: copy it from the text below.");
		assertThat(driver.findElement(By.id("passage")).getAttribute("value"))
			.isEqualTo("They agreed to meet again in Beijing.");

		driver.findElement(By.id("passage")).clear();
		driver.findElement(By.id("passage")).sendKeys("They agreed to meet again in Washington.");
		browser.clickThrough(driver.findElement(By.cssSelector("#cite-passage button[type=submit]")));
		assertThat(driver.findElement(By.cssSelector(".article-text mark")).getText())
			.isEqualTo("They agreed to meet again in Washington.");

		driver.get(url("/meetings/" + munich));
		WebElement passages = driver.findElement(By.cssSelector("ol.sources .passages"));
		passages.findElement(By.tagName("summary")).click();
		assertThat(passages.findElement(By.tagName("blockquote")).getText())
			.startsWith("They agreed to meet again in Washington.");
	}

	private long addSource(WebDriver driver, String label, String text) {
		driver.get(url("/sources/new"));
		driver.findElement(By.id("label")).sendKeys(label);
		driver.findElement(By.id("text")).sendKeys(text);
		browser.clickThrough(driver.findElement(By.cssSelector("main form[action='/sources'] button[type=submit]")));
		assertThat(driver.getCurrentUrl()).matches(".*/sources/\\d+");
		return Long.parseLong(driver.getCurrentUrl().replaceAll(".*/sources/", ""));
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}

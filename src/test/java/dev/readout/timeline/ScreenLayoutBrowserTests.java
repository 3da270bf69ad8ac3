package dev.readout.timeline;

import java.time.Duration;
import java.util.List;

import dev.readout.Browser;
import dev.readout.PostgresTestConfiguration;
import dev.readout.SeededRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a person sees on the first screen, in a real browser: on a 1280×800 screen the
 * time axis and room for at least fifteen contacts; on a 390 px phone the first contact,
 * and no page wider than the screen.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({ PostgresTestConfiguration.class, SeededRecord.class })
class ScreenLayoutBrowserTests {

	@RegisterExtension
	static final Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Autowired
	SeededRecord seeded;

	@Test
	void aDesktopScreenShowsTheAxisAndRoomForFifteenContacts() {
		WebDriver driver = sized(1280, 800);
		driver.get("http://localhost:" + this.port + "/");
		long screen = number(driver, "return window.innerHeight");
		WebElement axis = driver.findElement(By.cssSelector("figure.axis"));
		assertThat(axis.getRect().getY()).as("the axis on the first screen").isLessThan((int) screen);
		assertThat(axis.findElements(By.cssSelector("a rect.mark"))).hasSizeGreaterThanOrEqualTo(14);
		List<WebElement> rows = driver.findElements(By.cssSelector(".compact-list tbody tr"));
		int firstTop = rows.get(0).getRect().getY();
		int rowHeight = rows.get(1).getRect().getY() - firstTop;
		assertThat(firstTop).as("the first contact on the first screen").isLessThan((int) screen - rowHeight);
		assertThat((screen - firstTop) / rowHeight).as("contacts the first screen has room for")
			.isGreaterThanOrEqualTo(15);
	}

	@Test
	void onAPhoneTheFirstContactIsOnTheFirstScreenAndNoPageScrollsSideways() {
		WebDriver driver = sized(390, 844);
		driver.get("http://localhost:" + this.port + "/");
		WebElement first = driver.findElement(By.cssSelector(".compact-list tbody tr"));
		assertThat(first.getRect().getY()).isLessThan((int) number(driver, "return window.innerHeight"));
		for (String page : List.of("/", "/?view=DETAILED", "/meetings/{xiMeeting}", "/meetings/{wangYiMeeting}/compare",
				"/agreements", "/channels", "/officials", "/sources", "/search?q=taiwan", "/sources/{wangYiReport}")) {
			driver.get("http://localhost:" + this.port + this.seeded.address(page));
			// Measured once the page has settled: a page measured while its fonts still
			// load
			// was once found 700 pixels wide, with no element beyond the screen.
			new WebDriverWait(driver, Duration.ofSeconds(5))
				.until(settled -> number(settled, "return document.readyState === 'complete'"
						+ " && document.fonts.status === 'loaded' ? 1 : 0") == 1);
			assertThat(number(driver, "return document.documentElement.scrollWidth"))
				.as("width of %s, wider than the screen: %s", page, ((JavascriptExecutor) driver).executeScript(
						"return [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right"
								+ " > window.innerWidth + 1).slice(-3).map(e => e.tagName + '.' + e.className + ' '"
								+ " + (e.textContent || '').trim().slice(0, 60)).join(' | ')"))
				.isLessThanOrEqualTo(number(driver, "return window.innerWidth"));
		}
	}

	/** A window whose page area (not the window around it) is this size. */
	private static WebDriver sized(int width, int height) {
		WebDriver driver = browser.driver();
		driver.manage().window().setSize(new Dimension(width, height));
		long innerHeight = number(driver, "return window.innerHeight");
		long innerWidth = number(driver, "return window.innerWidth");
		driver.manage()
			.window()
			.setSize(new Dimension((int) (2L * width - innerWidth), (int) (2L * height - innerHeight)));
		return driver;
	}

	private static long number(WebDriver driver, String script) {
		return ((Number) ((JavascriptExecutor) driver).executeScript(script)).longValue();
	}

}

package dev.readout;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import dev.readout.account.AccountRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.WebDriver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Every kind of page, as a signed-in analyst sees it, passes the Nu HTML Checker with no
 * errors and axe-core's WCAG 2.1 A and AA rules in Chromium with no serious or critical
 * finding.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({ PostgresTestConfiguration.class, SeededRecord.class })
class PageQualityTests {

	@Autowired
	SeededRecord seeded;

	private static final String USERNAME = "quality-analyst";

	private static final String PASSWORD = "checks every page type";

	private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

	/** A page that does not exist, for the error page. */
	private static final String MISSING = "/meetings/999999";

	private static final Set<String> BLOCKING_IMPACTS = Set.of("serious", "critical");

	@RegisterExtension
	static final Browser browser = new Browser();

	private static final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Autowired
	AccountRepository accounts;

	@Autowired
	PasswordEncoder passwordEncoder;

	@BeforeEach
	void signIn() {
		TestAccounts.analyst(this.accounts, this.passwordEncoder, USERNAME, "Quality Analyst", PASSWORD);
		browser.signIn(url(""), USERNAME, PASSWORD);
	}

	static Stream<String> pages() {
		return Stream.of("/", "/?level=MINISTERS&q=taiwan", "/?from=2023-13", "/search?q=taiwan", "/search",
				"/meetings/{wangYiMeeting}", "/meetings/{xiMeeting}", "/meetings/{wangYiMeeting}/compare",
				"/meetings/{xiMeeting}/compare", "/meetings/{wangYiMeeting}/history", "/officials",
				"/officials/{wangYi}", "/agreements", "/channels", "/sources", "/account", "/meetings/new",
				"/meetings/{wangYiMeeting}/edit", "/meetings/{wangYiMeeting}/readouts/new",
				"/readouts/{chinasReadoutOfWangYiMeeting}/edit", "/meetings/{qinGangTalks}/agreements/new",
				"/agreements/{militaryAgreement}/status", "/channels/{defenceChannel}/status", "/officials/new",
				"/sources/new", "/visits/{beijingVisit}", "/admin/import/historian", "/?view=DETAILED", MISSING);
	}

	/**
	 * Each page in English, then in Chinese: the language is in the address, as a shared
	 * link carries it, since the browser keeps the last choice in a cookie.
	 */
	@ParameterizedTest
	@MethodSource("pages")
	void passesTheNuHtmlCheckerAndAxeInEnglish(String path) throws IOException, InterruptedException {
		passesTheNuHtmlCheckerAndAxe(inLanguage(path, "en-GB"));
	}

	@ParameterizedTest
	@MethodSource("pages")
	void passesTheNuHtmlCheckerAndAxeInChinese(String path) throws IOException, InterruptedException {
		passesTheNuHtmlCheckerAndAxe(inLanguage(path, "zh-CN"));
	}

	private static String inLanguage(String path, String language) {
		return path + (path.contains("?") ? "&" : "?") + "lang=" + language;
	}

	private void passesTheNuHtmlCheckerAndAxe(String path) throws IOException, InterruptedException {
		assertThat(NuHtmlChecker.errors(servedMarkup(path))).as("Nu HTML Checker errors on %s", path).isEmpty();

		WebDriver driver = browser.driver();
		driver.get(url(path));
		Results axe = new AxeBuilder().withTags(WCAG_21_AA).analyze(driver);
		assertThat(axe.getViolations().stream().filter(rule -> BLOCKING_IMPACTS.contains(rule.getImpact())))
			.as("axe-core serious or critical findings on %s", path)
			.extracting(PageQualityTests::describe)
			.isEmpty();
	}

	/**
	 * A page with an image and no text alternative: axe must object, or it checks
	 * nothing.
	 */
	@Test
	void axeReportsWhatItShould() {
		WebDriver driver = browser.driver();
		driver.get("data:text/html,<!DOCTYPE html><html lang=en><title>t</title><img src=x.png>");
		assertThat(new AxeBuilder().withTags(WCAG_21_AA).analyze(driver).getViolations())
			.extracting(Rule::getId, Rule::getImpact)
			.contains(tuple("image-alt", "critical"));
	}

	/**
	 * The markup as the server sends it, which is what the checker judges (not the live
	 * DOM).
	 */
	private String servedMarkup(String path) throws IOException, InterruptedException {
		String session = browser.driver().manage().getCookieNamed("READOUT_SESSION").getValue();
		HttpRequest request = HttpRequest.newBuilder(URI.create(url(path)))
			.header("Cookie", "READOUT_SESSION=" + session)
			.header("Accept", "text/html")
			.build();
		HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as("the status of %s", path).isEqualTo(path.startsWith(MISSING) ? 404 : 200);
		assertThat(response.headers().firstValue("Content-Type")).as("the type of %s", path)
			.hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
		return response.body();
	}

	private static String describe(Rule rule) {
		return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
				+ rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).toList();
	}

	private String url(String path) {
		return "http://localhost:" + this.port + this.seeded.address(path);
	}

}

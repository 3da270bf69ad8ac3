package dev.readout.web;

import dev.readout.SeededRecord;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import dev.readout.PostgresTestConfiguration;
import dev.readout.account.Account;
import dev.readout.account.AccountRepository;
import dev.readout.account.Role;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Error pages come from the servlet container's error dispatch, so they are checked over
 * real HTTP.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({ PostgresTestConfiguration.class, SeededRecord.class })
class ErrorPageTests {

	@Autowired
	SeededRecord seeded;

	private final HttpClient http = HttpClient.newHttpClient();

	@Autowired
	AccountRepository accounts;

	@Autowired
	PasswordEncoder passwordEncoder;

	@LocalServerPort
	int port;

	@Test
	void answersAnUnknownMeetingWithTheNotFoundPageInTheLayout() throws Exception {
		Document page = fetch("/meetings/987654321", 404);
		assertThat(page.select("h1").text()).isEqualTo("Not on record");
		assertThat(page.select("header nav").text()).contains("Timeline", "Officials");
	}

	@Test
	void answersAnUnknownOfficialAndAnUnknownAddressWithTheNotFoundPage() throws Exception {
		assertThat(fetch("/officials/987654321", 404).select("h1").text()).isEqualTo("Not on record");
		Document unknown = fetch("/no/such/page", 404);
		assertThat(unknown.select("h1").text()).isEqualTo("Not on record");
		assertThat(unknown.title()).isEqualTo("Not on record · Readout");
	}

	@Test
	void answersAMalformedAddressWithAReadablePageAndNoStackTrace() throws Exception {
		Document page = fetch("/?after=yesterday", 400);
		assertThat(page.select("h1").text()).isEqualTo("That request could not be read");
		assertThat(fetch("/meetings/not-a-number", 400).text()).doesNotContain("Exception", "at dev.readout",
				"NumberFormat");
	}

	@Test
	void answersAViewerWhoOpensAFormWithTheNotAllowedPage() throws Exception {
		if (this.accounts.findByUsername("reader").isEmpty()) {
			this.accounts.save(
					new Account("reader", "Reader", this.passwordEncoder.encode("a viewer's passphrase"), Role.VIEWER));
		}
		HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		Document login = Jsoup.parse(browser.send(get("/login"), HttpResponse.BodyHandlers.ofString()).body());
		String form = "username=reader&password=" + URLEncoder.encode("a viewer's passphrase", StandardCharsets.UTF_8)
				+ "&_csrf=" + login.select("input[name=_csrf]").val();
		browser.send(HttpRequest.newBuilder(uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.discarding());

		HttpResponse<String> refused = browser.send(get(this.seeded.address("/meetings/{xiMeeting}/readouts/new")),
				HttpResponse.BodyHandlers.ofString());
		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(Jsoup.parse(refused.body()).select("h1").text()).isEqualTo("Not allowed");
		assertThat(Jsoup.parse(refused.body()).select("header").text()).contains("reader", "Sign out");
	}

	private HttpRequest get(String path) {
		return HttpRequest.newBuilder(uri(path)).header("Accept", "text/html,application/xhtml+xml").build();
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	private Document fetch(String path, int expectedStatus) throws IOException, InterruptedException {
		HttpResponse<String> response = this.http.send(get(path), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(expectedStatus);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
		return Jsoup.parse(response.body());
	}

}

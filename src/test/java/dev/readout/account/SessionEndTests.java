package dev.readout.account;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import dev.readout.PostgresTestConfiguration;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Access ends when it is taken away: sessions are real (in PostgreSQL, over HTTP), so a
 * demoted or disabled analyst's open session, or another browser holding an old password,
 * is signed out at once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(PostgresTestConfiguration.class)
class SessionEndTests {

	private static final String PASSWORD = "an analyst's long passphrase";

	@Autowired
	AccountRepository accountRepository;

	@Autowired
	Accounts accounts;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Autowired
	JdbcClient jdbc;

	@LocalServerPort
	int port;

	@Test
	void aDemotedAnalystsOpenSessionIsRefusedItsNextForm() throws Exception {
		Account analyst = account("demoted-analyst");
		HttpClient browser = signedIn("demoted-analyst", PASSWORD);
		assertThat(status(browser, "/meetings/new")).isEqualTo(200);

		assertThat(this.accounts.changeAccess(analyst.getId(), Role.VIEWER, true, "admin")).isTrue();

		assertThat(status(browser, "/meetings/new")).as("signed out: sent to the sign-in page").isEqualTo(302);
	}

	@Test
	void aDisabledAnalystIsSignedOutEverywhere() throws Exception {
		Account analyst = account("disabled-analyst");
		HttpClient browser = signedIn("disabled-analyst", PASSWORD);

		this.accounts.changeAccess(analyst.getId(), Role.ANALYST, false, "admin");

		assertThat(status(browser, "/meetings/new")).isEqualTo(302);
	}

	@Test
	void changingThePasswordEndsTheAccountsOtherSessionsOnly() throws Exception {
		account("moving-analyst");
		HttpClient here = signedIn("moving-analyst", PASSWORD);
		HttpClient elsewhere = signedIn("moving-analyst", PASSWORD);

		String form = "currentPassword=" + encode(PASSWORD) + "&newPassword=" + encode("a fresh passphrase for 2027")
				+ "&repeatedPassword=" + encode("a fresh passphrase for 2027") + "&_csrf=" + csrf(here, "/account");
		HttpResponse<Void> changed = here.send(post("/account/password", form), HttpResponse.BodyHandlers.discarding());
		assertThat(changed.headers().firstValue("Location"))
			.hasValueSatisfying(to -> assertThat(to).endsWith("/account"));

		assertThat(status(here, "/meetings/new")).isEqualTo(200);
		assertThat(status(elsewhere, "/meetings/new")).isEqualTo(302);
	}

	@Test
	void aPasswordSomeoneElseChoseIsChangedBeforeAnythingElse() throws Exception {
		this.accountRepository.findByUsername("new-colleague").ifPresent(this.accountRepository::delete);
		this.accounts.create(new NewAccountForm("new-colleague", "New Colleague", Role.ANALYST, PASSWORD));
		HttpClient browser = signedIn("new-colleague", PASSWORD);
		HttpResponse<Void> elsewhere = browser.send(HttpRequest.newBuilder(uri("/meetings/new")).build(),
				HttpResponse.BodyHandlers.discarding());
		assertThat(elsewhere.statusCode()).isEqualTo(302);
		assertThat(elsewhere.headers().firstValue("Location"))
			.hasValueSatisfying(to -> assertThat(to).endsWith("/account?passwordFirst#password"));
		String tokenForm = "name=script&_csrf=" + csrf(browser, "/account");
		assertThat(browser.send(post("/account/api-tokens", tokenForm), HttpResponse.BodyHandlers.discarding())
			.headers()
			.firstValue("Location")).as("no API token either")
			.hasValueSatisfying(to -> assertThat(to).endsWith("/account?passwordFirst#password"));

		String form = "currentPassword=" + encode(PASSWORD) + "&newPassword=" + encode("my own passphrase for 2027")
				+ "&repeatedPassword=" + encode("my own passphrase for 2027") + "&_csrf=" + csrf(browser, "/account");
		browser.send(post("/account/password", form), HttpResponse.BodyHandlers.discarding());

		assertThat(status(browser, "/meetings/new")).as("the same session, now free to go").isEqualTo(200);
		assertThat(this.accountRepository.findByUsername("new-colleague").orElseThrow().isPasswordChangeRequired())
			.isFalse();
	}

	@Test
	void aSessionEndsAWeekAfterItBeganHoweverBusy() throws Exception {
		account("week-long-analyst");
		HttpClient browser = signedIn("week-long-analyst", PASSWORD);
		assertThat(status(browser, "/meetings/new")).isEqualTo(200);

		this.jdbc.sql("update spring_session set creation_time = creation_time - ? where principal_name = ?")
			.params(Duration.ofDays(7).plusMinutes(1).toMillis(), "week-long-analyst")
			.update();

		assertThat(status(browser, "/meetings/new")).as("signed out: sent to the sign-in page").isEqualTo(302);
	}

	private Account account(String username) {
		this.accountRepository.findByUsername(username).ifPresent(this.accountRepository::delete);
		return this.accountRepository
			.save(new Account(username, username, this.passwordEncoder.encode(PASSWORD), Role.ANALYST));
	}

	private HttpClient signedIn(String username, String password) throws IOException, InterruptedException {
		HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		String form = "username=" + username + "&password=" + encode(password) + "&_csrf=" + csrf(browser, "/login");
		HttpResponse<Void> signedIn = browser.send(post("/login", form), HttpResponse.BodyHandlers.discarding());
		assertThat(signedIn.headers().firstValue("Location"))
			.hasValueSatisfying(to -> assertThat(to).doesNotContain("error"));
		return browser;
	}

	private String csrf(HttpClient browser, String page) throws IOException, InterruptedException {
		String body = browser.send(HttpRequest.newBuilder(uri(page)).build(), HttpResponse.BodyHandlers.ofString())
			.body();
		return Jsoup.parse(body).select("input[name=_csrf]").val();
	}

	private int status(HttpClient browser, String path) throws IOException, InterruptedException {
		return browser.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.discarding())
			.statusCode();
	}

	private HttpRequest post(String path, String form) {
		return HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build();
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}

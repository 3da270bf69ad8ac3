package dev.readout;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import dev.readout.account.AccountRepository;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances of Readout on one PostgreSQL, as behind a load balancer without sticky
 * sessions: a person signed in through one is signed in on the other, and a readout saved
 * through one is on the other's kept timeline, search and PDF within a second (learnt
 * through PostgreSQL's notification: {@code KeptWhileUnchangedTests} shows that a kept
 * page costs no statement).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(PostgresTestConfiguration.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SeveralInstancesTests {

	private static final String PASSWORD = "two instances, one record";

	@LocalServerPort
	int port;

	@Autowired
	JdbcConnectionDetails database;

	@Autowired
	JdbcClient jdbc;

	private ConfigurableApplicationContext other;

	private final HttpClient browser = HttpClient.newBuilder()
		.cookieHandler(new CookieManager())
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	@BeforeAll
	void startASecondInstance(@Autowired AccountRepository accounts, @Autowired PasswordEncoder passwordEncoder) {
		TestAccounts.analyst(accounts, passwordEncoder, "instances", "Analyst on two instances", PASSWORD);
		this.other = new SpringApplicationBuilder(ReadoutApplication.class).run("--server.port=0",
				"--spring.datasource.url=" + this.database.getJdbcUrl(),
				"--spring.datasource.username=" + this.database.getUsername(),
				"--spring.datasource.password=" + this.database.getPassword());
	}

	@AfterAll
	void stopIt() {
		if (this.other != null) {
			this.other.close();
		}
		this.jdbc.sql("delete from meeting where title = 'Talks held on two instances'").update();
	}

	@Test
	void aReadoutSavedThroughOneIsOnTheOthersKeptPagesWithinASecond() throws Exception {
		long meeting = this.jdbc.sql("""
				insert into meeting (title, start_date, start_precision, format, status, level)
				values ('Talks held on two instances', '2024-11-05', 'DAY', 'IN_PERSON', 'HELD', 'SENIOR_OFFICIALS')
				returning id""").query(Long.class).single();
		this.jdbc.sql("""
				insert into audit_event (actor, action, subject_type, subject_id)
				values ('instances', 'CREATE', 'MEETING', ?)""").param(meeting).update();
		String one = "http://localhost:" + this.port;
		String two = "http://localhost:" + this.other.getEnvironment().getProperty("local.server.port");
		String timeline = one + "/?q=" + encode("Talks held on two instances");
		String search = one + "/search?q=quadrilateralism";
		String pdf = one + "/meetings/" + meeting + "/summary.pdf";
		waitUntil(timeline, page -> page.contains("Talks held on two instances"));
		String countsBefore = readoutCounts(get(timeline));
		assertThat(countsBefore).contains("US 0");
		assertThat(Jsoup.parse(get(search)).select("#hits-readouts")).isEmpty();
		assertThat(pdfText(pdf)).doesNotContain("Readout kept on two instances");

		// Signed in through the first instance, the analyst saves through the second.
		signIn(one);
		Document form = Jsoup.parse(get(two + "/meetings/" + meeting + "/readouts/new"));
		MultiValueMap<String, String> values = Pages.formValues(form.selectFirst("main form[method=post]"));
		values.set("side", "US");
		values.set("kind", "READOUT");
		values.set("issuingBody", "Department of State");
		values.set("publishedOn", "2024-11-05");
		values.set("title", "Readout kept on two instances");
		values.set("body", "The sides discussed quadrilateralism at length.");
		HttpResponse<String> saved = post(two + "/meetings/" + meeting + "/readouts", values);
		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);

		waitUntil(timeline, page -> readoutCounts(page).contains("US 1"));
		assertThat(Jsoup.parse(get(search)).select("#hits-readouts + ol li > a").eachText())
			.containsExactly("Readout kept on two instances");
		assertThat(pdfText(pdf)).contains("Readout kept on two instances");
	}

	/** The readouts per side on the timeline's row of the meeting, e.g. "US 0 CN 0". */
	private static String readoutCounts(String timeline) {
		return Jsoup.parse(timeline).select("tr:contains(Talks held on two instances) .readout-counts").text();
	}

	private void signIn(String instance) throws IOException, InterruptedException {
		Document login = Jsoup.parse(get(instance + "/login"));
		MultiValueMap<String, String> values = Pages.formValues(login.selectFirst("form[method=post]"));
		values.set("username", "instances");
		values.set("password", PASSWORD);
		HttpResponse<String> signedIn = post(instance + "/login", values);
		assertThat(signedIn.headers().firstValue("Location"))
			.hasValueSatisfying(location -> assertThat(location).doesNotContain("error"));
	}

	/**
	 * Polls a page of the first instance until it shows the change, for a second at most.
	 */
	private void waitUntil(String address, Predicate<String> changed) throws IOException, InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(1).toNanos();
		while (!changed.test(get(address)) && System.nanoTime() < deadline) {
			Thread.sleep(20);
		}
		assertThat(get(address)).as("%s within a second", address).matches(changed);
	}

	private String get(String address) throws IOException, InterruptedException {
		return this.browser
			.send(HttpRequest.newBuilder(URI.create(address)).build(), HttpResponse.BodyHandlers.ofString())
			.body();
	}

	private String pdfText(String address) throws IOException, InterruptedException {
		byte[] bytes = this.browser
			.send(HttpRequest.newBuilder(URI.create(address)).build(), HttpResponse.BodyHandlers.ofByteArray())
			.body();
		try (PDDocument document = Loader.loadPDF(bytes)) {
			return new PDFTextStripper().getText(document);
		}
	}

	private HttpResponse<String> post(String address, MultiValueMap<String, String> values)
			throws IOException, InterruptedException {
		String body = values.entrySet()
			.stream()
			.flatMap(field -> field.getValue().stream().map(value -> encode(field.getKey()) + "=" + encode(value)))
			.collect(Collectors.joining("&"));
		return this.browser.send(HttpRequest.newBuilder(URI.create(address))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}

package dev.readout.database;

import java.io.IOException;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import dev.readout.ReadoutApplication;
import dev.readout.SeededRecord;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * PostgreSQL stops while readers browse and a script saves readouts through the API:
 * pages answer 503 with a page that says so, health turns DOWN, and once PostgreSQL is
 * back the same running application serves again, with every readout it acknowledged on
 * record.
 */
class FaultTests {

	private static final Pattern API_TOKEN = Pattern.compile("readout_[A-Za-z0-9_-]{20,}");

	private static final Pattern CSRF_TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final Duration patience = Duration.ofSeconds(20);

	private Path dataDirectory;

	private EmbeddedPostgres postgres;

	private ConfigurableApplicationContext app;

	@AfterEach
	void stopEverything() throws IOException {
		if (this.app != null) {
			this.app.close();
		}
		if (this.postgres != null) {
			this.postgres.close();
		}
		FileSystemUtils.deleteRecursively(this.dataDirectory);
	}

	/**
	 * PostgreSQL stops while readers browse and a script saves readouts through the API:
	 * pages answer 503 with a page that says so, health turns DOWN, and once PostgreSQL
	 * is back the same running application serves again, with every readout it
	 * acknowledged on record.
	 */
	@Test
	void answers503WhileTheDatabaseIsDownAndRecoversWithoutLosingAcknowledgedWrites() throws Exception {
		int port = startPostgres();
		String base = startReadout(port, "1000");
		String token = apiToken(signIn(base, port, "outage-script"), base);
		long xiMeeting = new SeededRecord(jdbc(port)).xiMeeting();

		AtomicBoolean running = new AtomicBoolean(true);
		Queue<String> acknowledged = new ConcurrentLinkedQueue<>();
		Queue<String> unexpected = new ConcurrentLinkedQueue<>();
		ExecutorService load = Executors.newFixedThreadPool(3);
		for (int reader = 0; reader < 2; reader++) {
			load.submit(() -> {
				while (running.get()) {
					int status = send(HttpRequest.newBuilder(URI.create(base + "/")).timeout(this.patience).build())
						.statusCode();
					if (status != 200 && status != 503) {
						unexpected.add(status + " GET /");
					}
				}
				return null;
			});
		}
		load.submit(() -> {
			for (int n = 0; running.get(); n++) {
				String title = "Saved through the outage " + n;
				HttpResponse<String> saved = send(HttpRequest
					.newBuilder(URI.create(base + "/api/v1/meetings/" + xiMeeting + "/readouts"))
					.timeout(this.patience)
					.header("Authorization", "Bearer " + token)
					.header("Content-Type", "application/json")
					.POST(HttpRequest.BodyPublishers.ofString("""
							{"side": "US", "issuingBody": "Department of State", "title": "%s"}""".formatted(title)))
					.build());
				if (saved.statusCode() == 201) {
					acknowledged.add(title);
				}
				else if (saved.statusCode() != 503) {
					unexpected.add(saved.statusCode() + " POST " + saved.body());
				}
			}
			return null;
		});

		Thread.sleep(2000);
		this.postgres.close();
		int savedBeforeTheOutage = acknowledged.size();
		assertThat(savedBeforeTheOutage).as("readouts saved before the outage").isPositive();

		HttpResponse<String> page = send(HttpRequest.newBuilder(URI.create(base + "/"))
			.header("Accept", "text/html")
			.timeout(this.patience)
			.build());
		assertThat(page.statusCode()).isEqualTo(503);
		assertThat(page.body()).contains("The record is out of reach for a moment").doesNotContain("Exception");
		HttpResponse<String> health = send(
				HttpRequest.newBuilder(URI.create(base + "/actuator/health")).timeout(this.patience).build());
		assertThat(health.statusCode()).isEqualTo(503);
		assertThat(health.body()).contains("DOWN");

		this.postgres = startPostgres(port);
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
		while (send(HttpRequest.newBuilder(URI.create(base + "/actuator/health")).timeout(this.patience).build())
			.statusCode() != 200) {
			assertThat(System.nanoTime()).as("recovered within 30 s").isLessThan(deadline);
			Thread.sleep(250);
		}
		Thread.sleep(2000);
		running.set(false);
		load.shutdown();
		assertThat(load.awaitTermination(30, TimeUnit.SECONDS)).isTrue();

		assertThat(send(HttpRequest.newBuilder(URI.create(base + "/")).timeout(this.patience).build()).statusCode())
			.isEqualTo(200);
		assertThat(unexpected).as("answers other than 200, 201 and 503").isEmpty();
		List<String> onRecord = jdbc(port).sql("select title from readout where title like 'Saved through%'")
			.query(String.class)
			.list();
		assertThat(acknowledged).as("readouts saved after the outage").hasSizeGreaterThan(savedBeforeTheOutage + 1);
		assertThat(onRecord).containsAll(acknowledged);
	}

	/**
	 * Readout restarts while an analyst has a readout form open. The session and the
	 * form's CSRF token are kept in PostgreSQL, so the analyst is still signed in and the
	 * form, submitted to the new process, is saved under their name.
	 */
	@Test
	void anAnalystsOpenFormIsSavedAfterTheApplicationRestarts() throws Exception {
		int port = startPostgres();
		String base = startReadout(port, "5000");
		HttpClient browser = signIn(base, port, "restart-analyst");
		long xiMeeting = new SeededRecord(jdbc(port)).xiMeeting();
		String token = csrfTokenOn(browser, base + "/meetings/" + xiMeeting + "/readouts/new");

		this.app.close();
		base = startReadout(port, "5000");

		HttpResponse<String> saved = browser.send(
				form(base + "/meetings/" + xiMeeting + "/readouts", "side=CN",
						"issuingBody=Ministry of Foreign Affairs", "title=Typed before the restart", "_csrf=" + token),
				HttpResponse.BodyHandlers.ofString());
		assertThat(saved.statusCode()).isEqualTo(302);
		assertThat(saved.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).contains("/meetings/" + xiMeeting));
		assertThat(jdbc(port).sql("""
				select a.actor from readout r join audit_event a on a.subject_type = 'READOUT' and a.subject_id = r.id
				where r.title = 'Typed before the restart'""").query(String.class).list())
			.containsExactly("restart-analyst");
	}

	private String csrfTokenOn(HttpClient browser, String page) throws IOException, InterruptedException {
		String html = browser
			.send(HttpRequest.newBuilder(URI.create(page)).timeout(this.patience).build(),
					HttpResponse.BodyHandlers.ofString())
			.body();
		Matcher token = CSRF_TOKEN.matcher(html);
		assertThat(token.find()).as("a CSRF token on " + page).isTrue();
		return token.group(1);
	}

	private HttpRequest form(String action, String... fields) {
		return HttpRequest.newBuilder(URI.create(action))
			.timeout(this.patience)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(Arrays.stream(fields).map((field) -> {
				int equals = field.indexOf('=');
				return field.substring(0, equals + 1)
						+ URLEncoder.encode(field.substring(equals + 1), StandardCharsets.UTF_8);
			}).collect(Collectors.joining("&"))))
			.build();
	}

	/** A PostgreSQL server with its data in a new directory; its port. */
	private int startPostgres() throws IOException {
		this.dataDirectory = Files.createTempDirectory("readout-faults");
		int port = freePort();
		this.postgres = startPostgres(port);
		return port;
	}

	/** Readout on that server, as {@code java -jar} would start it; its address. */
	private String startReadout(int databasePort, String connectionTimeout) {
		this.app = new SpringApplicationBuilder(ReadoutApplication.class).run(
				"--spring.datasource.url=jdbc:postgresql://localhost:" + databasePort + "/postgres",
				"--spring.datasource.username=postgres", "--spring.datasource.password=postgres", "--server.port=0",
				"--spring.datasource.hikari.connection-timeout=" + connectionTimeout,
				"--readout.admin-password=a fault test password");
		return "http://localhost:" + ((WebServerApplicationContext) this.app).getWebServer().getPort();
	}

	private EmbeddedPostgres startPostgres(int port) throws IOException {
		return EmbeddedPostgres.builder()
			.setDataDirectory(this.dataDirectory)
			.setCleanDataDirectory(false)
			.setPort(port)
			.setRegisterShutdownHook(false)
			.setPGStartupWait(Duration.ofSeconds(60))
			.start();
	}

	/**
	 * An analyst's account, signed in through the sign-in page: a browser with its
	 * cookie.
	 */
	private HttpClient signIn(String base, int databasePort, String username) throws Exception {
		jdbc(databasePort).sql("""
				insert into account (username, display_name, password_hash, role)
				values (?, 'Fault Test Analyst', '{noop}a fault test password', 'ANALYST')""").param(username).update();
		HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		HttpResponse<String> signedIn = browser.send(form(base + "/login", "username=" + username,
				"password=a fault test password", "_csrf=" + csrfTokenOn(browser, base + "/login")),
				HttpResponse.BodyHandlers.ofString());
		// Redirects are relative: no Host a client sends ever lands in Location.
		assertThat(signedIn.headers().firstValue("Location")).hasValue("/");
		return browser;
	}

	/** An API token, created on the account page as an analyst would and read off it. */
	private String apiToken(HttpClient browser, String base) throws Exception {
		browser.send(form(base + "/account/api-tokens", "name=fault test",
				"_csrf=" + csrfTokenOn(browser, base + "/account")), HttpResponse.BodyHandlers.discarding());
		String page = browser
			.send(HttpRequest.newBuilder(URI.create(base + "/account")).build(), HttpResponse.BodyHandlers.ofString())
			.body();
		Matcher token = API_TOKEN.matcher(page);
		assertThat(token.find()).as("the new API token on the account page").isTrue();
		return token.group();
	}

	private static JdbcClient jdbc(int port) {
		return JdbcClient.create(new SimpleDriverDataSource(new org.postgresql.Driver(),
				"jdbc:postgresql://localhost:" + port + "/postgres", "postgres", "postgres"));
	}

	/** Readout's answer; not answering at all fails the test. */
	private HttpResponse<String> send(HttpRequest request) {
		try {
			return this.http.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException | InterruptedException ex) {
			throw new IllegalStateException("Readout did not answer " + request.uri(), ex);
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}

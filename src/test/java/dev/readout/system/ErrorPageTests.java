package dev.readout.system;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import dev.readout.PostgresTestConfiguration;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Error pages come from the servlet container's error dispatch, so they are checked over
 * real HTTP.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(PostgresTestConfiguration.class)
class ErrorPageTests {

	private final HttpClient http = HttpClient.newHttpClient();

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
		assertThat(fetch("/no/such/page", 404).select("h1").text()).isEqualTo("Not on record");
	}

	@Test
	void answersAMalformedAddressWithAReadablePageAndNoStackTrace() throws Exception {
		Document page = fetch("/?after=yesterday", 400);
		assertThat(page.select("h1").text()).isEqualTo("That request could not be read");
		assertThat(fetch("/meetings/not-a-number", 400).text()).doesNotContain("Exception", "at dev.readout",
				"NumberFormat");
	}

	private Document fetch(String path, int expectedStatus) throws IOException, InterruptedException {
		HttpResponse<String> response = this.http
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
				.header("Accept", "text/html,application/xhtml+xml")
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(expectedStatus);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
		return Jsoup.parse(response.body());
	}

}

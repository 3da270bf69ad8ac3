package dev.readout.source;

import dev.readout.PageTest;
import dev.readout.SignedIn;
import dev.readout.account.Account;
import dev.readout.account.AccountRepository;
import dev.readout.account.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;

import java.util.Map;

import static dev.readout.ApiContract.conforms;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Adding an article through the JSON API: 201 with the source and the copies of it found
 * on record, the same refusals as the form's, as problem documents.
 */
@PageTest
@Transactional
class SourceApiTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AccountRepository accounts;

	@Autowired
	JsonMapper json;

	private String token;

	@BeforeEach
	void signIn() {
		this.accounts.save(new Account("script-analyst", "Script Analyst", "{noop}unused", Role.ANALYST));
		this.token = SignedIn.apiToken(this.mvc, "script-analyst");
	}

	@Test
	void addsAnArticleAndAnswersWithTheCopiesOfItOnRecord() {
		var corpus = CopyCorpus.texts();
		assertThat(post(Map.of("label", "Fishing deal", "text", corpus.get(0).text()))).hasStatus(201);

		MvcTestResult copy = conforms(this.mvc, post(Map.of("label", "Fishing deal, reworded", "publishedOn",
				"2023-06-20", "url", "https://example.org/fishing?utm_source=feed", "text", corpus.get(1).text())));

		assertThat(copy).hasStatus(201).headers().containsHeader(HttpHeaders.LOCATION);
		assertThat(copy).bodyJson().extractingPath("$.source.label").isEqualTo("Fishing deal, reworded");
		assertThat(copy).bodyJson().extractingPath("$.candidates[*].label").asArray().containsExactly("Fishing deal");
	}

	@Test
	void refusesAKnownAddressAndAnEmptyLabelFieldByFieldAndSavesNothing() {
		assertThat(post(Map.of("label", "First", "url", "https://example.org/story"))).hasStatus(201);
		long sources = this.jdbc.sql("select count(*) from source").query(Long.class).single();

		MvcTestResult refused = conforms(this.mvc,
				post(Map.of("label", "", "url", "https://www.example.org/story/#top")));

		assertThat(refused.getResponse().getStatus()).isBetween(400, 422);
		assertThat(refused).contentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(refused).bodyText().contains("label", "already on record");
		assertThat(this.jdbc.sql("select count(*) from source").query(Long.class).single()).isEqualTo(sources);
	}

	private MvcTestResult post(Map<String, String> source) {
		return this.mvc.post()
			.uri("/api/v1/sources")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + this.token)
			.contentType(MediaType.APPLICATION_JSON)
			.content(this.json.writeValueAsString(source))
			.exchange();
	}

}

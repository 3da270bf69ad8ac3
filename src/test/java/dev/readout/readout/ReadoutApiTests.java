package dev.readout.readout;

import dev.readout.SeededRecord;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import dev.readout.PageTest;
import dev.readout.SignedIn;
import dev.readout.account.Account;
import dev.readout.account.AccountRepository;
import dev.readout.account.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;

import static dev.readout.ApiContract.answerConforms;
import static dev.readout.ApiContract.conforms;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Adding and changing readouts through the JSON API with an API token: every write
 * attributed to the token's analyst, a change only from the version last read, every
 * refusal a problem document, every exchange as the OpenAPI document describes it.
 */
@PageTest
@Transactional
class ReadoutApiTests {

	@Autowired
	SeededRecord seeded;

	private static final String NEW_READOUT = """
			{"side": "CN", "issuingBody": "Ministry of Foreign Affairs of the PRC",
			 "title": "Xi Jinping meets Antony Blinken", "publishedOn": "2023-06-19",
			 "characterisations": ["positive", "constructive"], "body": "习近平 met the Secretary.",
			 "topicIds": [1], "sourceIds": [5]}""";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AccountRepository accounts;

	@BeforeEach
	void createAccounts() {
		this.accounts.save(new Account("script-analyst", "Script Analyst", "{noop}unused", Role.ANALYST));
		this.accounts.save(new Account("script-viewer", "Script Viewer", "{noop}unused", Role.VIEWER));
	}

	@Test
	void addsAReadoutWithATokenAttributedToItsAnalyst() {
		MvcTestResult added = conforms(this.mvc,
				this.mvc.post()
					.uri("/api/v1/meetings/{id}/readouts", this.seeded.xiMeeting())
					.header(HttpHeaders.AUTHORIZATION, "Bearer " + tokenOf("script-analyst"))
					.contentType(MediaType.APPLICATION_JSON)
					.content(NEW_READOUT)
					.exchange());

		assertThat(added).hasStatus(201).headers().containsHeader(HttpHeaders.LOCATION);
		assertThat(added).headers().hasValue(HttpHeaders.ETAG, "\"0\"");
		assertThat(added).bodyJson().extractingPath("$.title").isEqualTo("Xi Jinping meets Antony Blinken");
		assertThat(added).bodyJson()
			.extractingPath("$.characterisations")
			.asArray()
			.containsExactly("positive", "constructive");
		long id = this.jdbc.sql("select id from readout where title = 'Xi Jinping meets Antony Blinken'")
			.query(Long.class)
			.single();
		assertThat(added.getResponse().getHeader(HttpHeaders.LOCATION)).endsWith("/api/v1/readouts/" + id);
		assertThat(this.jdbc.sql("select actor from audit_event where subject_type = 'READOUT' and subject_id = ?")
			.param(id)
			.query(String.class)
			.list()).containsExactly("script-analyst");
		assertThat(this.mvc.get().uri("/meetings/{id}", this.seeded.xiMeeting())).bodyText()
			.contains("Xi Jinping meets Antony Blinken");
	}

	/**
	 * PostgreSQL cannot store a NUL character, which a script may send escaped in JSON.
	 */
	@Test
	void savesTextWithANulCharacterWithoutIt() {
		MvcTestResult added = this.mvc.post()
			.uri("/api/v1/meetings/{id}/readouts", this.seeded.xiMeeting())
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + tokenOf("script-analyst"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"side": "CN", "issuingBody": "MFA\\u0000", "title": "Xi meets\\u0000 Blinken",
					 "body": "First.\\u0000"}""")
			.exchange();

		assertThat(added).hasStatus(201);
		assertThat(added).bodyJson().extractingPath("$.title").isEqualTo("Xi meets Blinken");
		assertThat(added).bodyJson().extractingPath("$.issuingBody").isEqualTo("MFA");
	}

	@Test
	void changesAReadoutFromTheVersionLastReadAndRefusesAStaleOrMissingVersion() {
		String token = tokenOf("script-analyst");
		MvcTestResult read = conforms(this.mvc,
				this.mvc.get().uri("/api/v1/readouts/{id}", this.seeded.wangYiReadout("US")).exchange());
		String etag = read.getResponse().getHeader(HttpHeaders.ETAG);
		assertThat(etag).isEqualTo("\"0\"");
		String changed = NEW_READOUT.replace("\"CN\"", "\"US\"").replace("Xi Jinping meets", "Revised:");

		MvcTestResult withoutVersion = answerConforms(this.mvc, put(token, null, changed));
		assertThat(withoutVersion).hasStatus(428).contentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(withoutVersion).bodyJson().extractingPath("$.detail").asString().contains("no one else's change");

		MvcTestResult saved = conforms(this.mvc, put(token, etag, changed));
		assertThat(saved).hasStatus(200).headers().hasValue(HttpHeaders.ETAG, "\"1\"");
		assertThat(saved).bodyJson().extractingPath("$.title").isEqualTo("Revised: Antony Blinken");

		MvcTestResult stale = conforms(this.mvc, put(token, etag, changed.replace("Revised:", "Overwriting:")));
		assertThat(stale).hasStatus(412).headers().hasValue(HttpHeaders.ETAG, "\"1\"");
		assertThat(stale).bodyJson().extractingPath("$.detail").asString().contains("Someone else saved");
		assertThat(titleOf(this.seeded.wangYiReadout("US"))).isEqualTo("Revised: Antony Blinken");

		assertThat(conforms(this.mvc, put(token, "W/\"1\"", changed))).hasStatus(412);
	}

	@Test
	void refusesOverlongListsAndOverlargeBodiesWithAProblemDocument() {
		long before = readoutCount();
		String tenThousandIds = IntStream.rangeClosed(1, 10_000)
			.mapToObj(String::valueOf)
			.collect(Collectors.joining(",", "[", "]"));
		MvcTestResult manyIds = conforms(this.mvc, post("""
				{"side": "CN", "issuingBody": "MFA", "title": "Many ids", "topicIds": %s}""".formatted(tenThousandIds))
			.exchange());
		assertThat(manyIds).hasStatus(400);
		assertThat(manyIds).bodyJson().extractingPath("$.errors[*].field").asArray().containsExactly("topicIds");

		String twoMegabytes = "x".repeat(2 * 1024 * 1024);
		MvcTestResult large = answerConforms(this.mvc, post("""
				{"side": "CN", "issuingBody": "MFA", "title": "Large", "body": "%s"}""".formatted(twoMegabytes))
			.exchange());
		assertThat(large).hasStatus(400).contentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		// Refused while reading, before any field is looked at.
		assertThat(large).bodyJson().doesNotHavePath("$.errors");
		assertThat(readoutCount()).isEqualTo(before);
	}

	private MockMvcTester.MockMvcRequestBuilder post(String body) {
		return this.mvc.post()
			.uri("/api/v1/meetings/{id}/readouts", this.seeded.xiMeeting())
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + tokenOf("script-analyst"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body);
	}

	@Test
	void refusesInvalidInputFieldByFieldAndSavesNothing() {
		long before = readoutCount();
		MvcTestResult refused = conforms(this.mvc,
				this.mvc.post()
					.uri("/api/v1/meetings/{id}/readouts", this.seeded.xiMeeting())
					.header(HttpHeaders.AUTHORIZATION, "Bearer " + tokenOf("script-analyst"))
					.contentType(MediaType.APPLICATION_JSON)
					.content("""
							{"side": "China", "issuingBody": "", "title": "x", "publishedOn": "19 June"}""")
					.exchange());

		assertThat(refused).hasStatus(400).contentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(refused).bodyJson()
			.extractingPath("$.errors[*].field")
			.asArray()
			.contains("side", "issuingBody", "publishedOn");
		assertThat(readoutCount()).isEqualTo(before);

		assertThat(answerConforms(this.mvc,
				this.mvc.post()
					.uri("/api/v1/meetings/{id}/readouts", this.seeded.xiMeeting())
					.header(HttpHeaders.AUTHORIZATION, "Bearer " + tokenOf("script-analyst"))
					.contentType(MediaType.APPLICATION_JSON)
					.content("{not json")
					.exchange()))
			.hasStatus(400);
		assertThat(readoutCount()).isEqualTo(before);
	}

	@Test
	void refusesWritesWithoutAValidTokenOrByAViewer() {
		long before = readoutCount();
		MvcTestResult anonymous = answerConforms(this.mvc,
				this.mvc.post()
					.uri("/api/v1/meetings/{id}/readouts", this.seeded.xiMeeting())
					.contentType(MediaType.APPLICATION_JSON)
					.content(NEW_READOUT)
					.exchange());
		assertThat(anonymous).hasStatus(401).headers().containsHeader(HttpHeaders.WWW_AUTHENTICATE);
		assertThat(anonymous).contentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);

		assertThat(this.mvc.post()
			.uri("/api/v1/meetings/{id}/readouts", this.seeded.xiMeeting())
			.header(HttpHeaders.AUTHORIZATION, "Bearer readout_not-a-token")
			.contentType(MediaType.APPLICATION_JSON)
			.content(NEW_READOUT)).hasStatus(401);

		assertThat(conforms(this.mvc,
				this.mvc.post()
					.uri("/api/v1/meetings/{id}/readouts", this.seeded.xiMeeting())
					.header(HttpHeaders.AUTHORIZATION, "Bearer " + tokenOf("script-viewer"))
					.contentType(MediaType.APPLICATION_JSON)
					.content(NEW_READOUT)
					.exchange()))
			.hasStatus(403);

		// A browser session is not an API credential: the API reads no session.
		MvcTestResult signedIn = this.mvc.post()
			.uri("/login")
			.param("username", "script-analyst")
			.param("password", "unused")
			.with(csrf())
			.exchange();
		assertThat(signedIn).hasStatus(302).redirectedUrl().isEqualTo("/");
		assertThat(this.mvc.post()
			.uri("/api/v1/meetings/{id}/readouts", this.seeded.xiMeeting())
			.session((MockHttpSession) signedIn.getRequest().getSession())
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(NEW_READOUT)).hasStatus(401);
		assertThat(readoutCount()).isEqualTo(before);
	}

	@Test
	void aRevokedTokenIsRefused() {
		String token = tokenOf("script-analyst");
		long id = this.jdbc.sql("select max(id) from api_token").query(Long.class).single();
		assertThat(this.mvc.post()
			.uri("/account/api-tokens/{id}/revoke", id)
			.with(user("script-analyst").roles("ANALYST"))
			.with(csrf())).hasStatus(302);
		assertThat(this.mvc.get().uri("/account").with(user("script-analyst").roles("ANALYST"))).bodyText()
			.contains("nightly import", "Revoked on");

		assertThat(this.mvc.post()
			.uri("/api/v1/meetings/{id}/readouts", this.seeded.xiMeeting())
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.content(NEW_READOUT)).hasStatus(401);
	}

	@Test
	void aTokenIsShownOnceAndOnlyItsDigestIsKept() {
		String token = tokenOf("script-analyst");
		assertThat(token).startsWith("readout_").hasSizeGreaterThan(40);
		assertThat(this.jdbc.sql("select count(*) from api_token where digest = ?")
			.param(token)
			.query(Long.class)
			.single()).isZero();
		assertThat(this.mvc.get().uri("/account").with(user("script-analyst").roles("ANALYST"))).bodyText()
			.contains("nightly import")
			.doesNotContain(token);
	}

	@Test
	void aTokenNeedsAName() {
		assertThat(this.mvc.post()
			.uri("/account/api-tokens")
			.with(user("script-analyst").roles("ANALYST"))
			.with(csrf())
			.param("name", " ")).hasStatus(200).bodyText().contains("This is required.");
		assertThat(this.jdbc.sql("select count(*) from api_token").query(Long.class).single()).isZero();
	}

	private String tokenOf(String username) {
		return SignedIn.apiToken(this.mvc, username);
	}

	private MvcTestResult put(String token, String ifMatch, String body) {
		var request = this.mvc.put()
			.uri("/api/v1/readouts/{id}", this.seeded.wangYiReadout("US"))
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body);
		if (ifMatch != null) {
			request.header(HttpHeaders.IF_MATCH, ifMatch);
		}
		return request.exchange();
	}

	private String titleOf(long readout) {
		return this.jdbc.sql("select title from readout where id = ?").param(readout).query(String.class).single();
	}

	private long readoutCount() {
		return this.jdbc.sql("select count(*) from readout").query(Long.class).single();
	}

}

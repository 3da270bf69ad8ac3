package dev.readout;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import dev.readout.account.Account;
import dev.readout.account.AccountRepository;
import dev.readout.account.Role;
import org.jsoup.nodes.Document;
import tools.jackson.databind.json.JsonMapper;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.MultiValueMap;

import static dev.readout.SignedIn.admin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Every field of every form, given each value of the {@link BadInput} corpus in turn: the
 * answer is never a server error, a refused form saves nothing at all, and an accepted
 * value never comes back as live markup.
 */
@PageTest
@Transactional
class BadInputTests {

	@Autowired
	SeededRecord seeded;

	private static final List<String> FORMS = List.of("/meetings/new", "/meetings/{wangYiMeeting}/edit",
			"/meetings/{wangYiMeeting}/readouts/new", "/readouts/{chinasReadoutOfWangYiMeeting}/edit",
			"/meetings/{qinGangTalks}/agreements/new", "/agreements/{militaryAgreement}/status",
			"/channels/{defenceChannel}/status", "/officials/new", "/officials/{wangYi}/edit", "/sources/new",
			"/sources/{wangYiReport}/edit", "/account");

	/** Every table a form writes to; a refused form leaves each as it was. */
	private static final List<String> TABLES = List.of("meeting", "participant", "meeting_topic", "meeting_source",
			"readout", "readout_characterisation", "readout_source", "readout_topic", "agreement",
			"agreement_status_change", "agreement_source", "channel", "official", "official_position", "source",
			"account", "api_token", "audit_event");

	private static final List<String> VALUES = BadInput.values(5);

	/** A valid readout for the API, each field as JSON. */
	private static final Map<String, String> READOUT = Map.of("side", "\"CN\"", "issuingBody",
			"\"Ministry of Foreign Affairs\"", "publishedOn", "\"2023-06-19\"", "title", "\"Xi meets Blinken\"",
			"characterisations", "[\"candid\"]", "body", "\"Text.\"", "topicIds", "[1]", "sourceIds", "[5]");

	private static final Pattern LATER_ROW = Pattern.compile("\\[[1-9]\\d*\\]");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AccountRepository accounts;

	@Autowired
	JsonMapper json;

	@BeforeEach
	void signedInAdminHasAnAccount() {
		this.accounts.save(new Account("admin1", "Admin One", "{noop}the current password", Role.ADMIN));
	}

	@ParameterizedTest
	@FieldSource("FORMS")
	void everyBadValueInEveryFieldIsRefusedOrKeptInertNeverAServerError(String address) {
		// Resolved once: the values tried may rename the very record the address names.
		String form = this.seeded.address(address);
		Element shown = formOn(form);
		for (String field : Pages.formValues(shown).keySet()) {
			// Rows of a list are bound alike: the first row stands for them all.
			if (field.equals("_csrf") || LATER_ROW.matcher(field).find()) {
				continue;
			}
			for (String value : VALUES) {
				MultiValueMap<String, String> values = Pages.formValues(shown);
				values.set(field, value);
				long before = rowsOnRecord();
				String described = form + " " + field + "=" + BadInput.describe(value);
				MvcTestResult answer = post(shown.attr("action"), values, described);
				assertThat(answer.getResponse().getStatus()).as(described).isLessThan(500);
				if (answer.getResponse().getStatus() == 302) {
					if (value.contains("<")) {
						assertShownInert(answer.getResponse().getRedirectedUrl(), described);
					}
					// The record moved on a version: the next value starts from the form
					// as it is now.
					shown = formOn(form);
				}
				else {
					assertThat(rowsOnRecord()).as("rows after refusing " + described).isEqualTo(before);
				}
			}
		}
	}

	/**
	 * Each field of a readout sent to the API as each bad value, then as values of the
	 * wrong JSON type; bodies that are not JSON, or far too large.
	 */
	@Test
	void theApiRefusesBadReadoutsWithProblemsNeverAServerErrorAndSavesNothing() {
		String token = SignedIn.apiToken(this.mvc, "admin1");
		List<String> bodies = new ArrayList<>();
		for (String field : READOUT.keySet()) {
			for (String value : VALUES) {
				bodies.add(readoutWith(field, this.json.writeValueAsString(value)));
			}
			for (String wrongType : List.of("42", "-1.5e300", "true", "null", "{}", "[]", "[null]", "[[1]]",
					"{\"$gt\": \"\"}", "\"" + "x".repeat(5_000_000) + "\"")) {
				bodies.add(readoutWith(field, wrongType));
			}
		}
		bodies.addAll(List.of("", "{", "[]", "null", "\"a readout\"", "{\"side\": \"CN\"", "<readout/>"));
		for (String body : bodies) {
			long before = rowsOnRecord();
			MvcTestResult answer = this.mvc.post()
				.uri(this.seeded.address("/api/v1/meetings/{xiMeeting}/readouts"))
				.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
				.contentType(MediaType.APPLICATION_JSON)
				.content(body)
				.exchange();
			String described = "readout " + BadInput.describe(body);
			if (answer.getUnresolvedException() != null) {
				throw new AssertionError("Server error for " + described, answer.getUnresolvedException());
			}
			assertThat(answer.getResponse().getStatus()).as(described).isLessThan(500);
			if (answer.getResponse().getStatus() != 201) {
				assertThat(answer.getResponse().getContentType()).as(described)
					.startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
				assertThat(rowsOnRecord()).as("rows after refusing " + described).isEqualTo(before);
			}
		}
	}

	private String readoutWith(String field, String json) {
		Map<String, String> readout = new LinkedHashMap<>(READOUT);
		readout.put(field, json);
		return readout.entrySet()
			.stream()
			.map(entry -> this.json.writeValueAsString(entry.getKey()) + ": " + entry.getValue())
			.collect(Collectors.joining(", ", "{", "}"));
	}

	/**
	 * The answer; a request that ends in an exception fails the test, naming the input.
	 */
	private MvcTestResult post(String action, MultiValueMap<String, String> values, String described) {
		MvcTestResult answer = this.mvc.post().uri(action).with(admin()).with(csrf()).params(values).exchange();
		if (answer.getUnresolvedException() != null) {
			throw new AssertionError("Server error for " + described, answer.getUnresolvedException());
		}
		return answer;
	}

	private void assertShownInert(String page, String described) {
		MvcTestResult shown = this.mvc.get().uri(page).with(admin()).exchange();
		assertThat(shown.getResponse().getStatus()).as("%s shown on %s", described, page).isLessThan(500);
		assertThat(shown).bodyText().doesNotContain("<script>alert(1)</script>", "<img src=x onerror");
	}

	private Element formOn(String page) {
		Document document = Pages.get(this.mvc.get().uri(page).with(admin()));
		// A file form (reading an article from a file) has tests of its own:
		// ArticleTests.
		return document
			.selectFirst("main form[method=post]:not([enctype=multipart/form-data]):has(button[type=submit])");
	}

	/** All rows of the tables forms write to, in one statement. */
	private long rowsOnRecord() {
		return this.jdbc
			.sql(TABLES.stream()
				.map(table -> "(select count(*) from " + table + ")")
				.collect(Collectors.joining(" + ", "select ", "")))
			.query(Long.class)
			.single();
	}

}

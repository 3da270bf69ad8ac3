package dev.readout.account;

import java.util.List;

import dev.readout.ClientAddress;
import dev.readout.PageTest;
import dev.readout.Pages;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

@PageTest
@Transactional
class SignInTests {

	private static final String PASSWORD = "a long passphrase for tests";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	AccountRepository accounts;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApiTokens apiTokens;

	@BeforeEach
	void createAnalyst() {
		this.accounts.save(new Account("wen", "Wen Analyst", this.passwordEncoder.encode(PASSWORD), Role.ANALYST));
	}

	@Test
	void signsInAndRecordsItInTheAuditTrailWithTheSessionKeptInTheDatabase() {
		long sessionsBefore = count("spring_session");
		assertThat(this.mvc.perform(formLogin().user("wen").password(PASSWORD))).hasStatus(302)
			.redirectedUrl()
			.isEqualTo("/");
		assertThat(count("spring_session")).isEqualTo(sessionsBefore + 1);
		assertThat(this.jdbc.sql("select count(*) from audit_event where actor = 'wen' and action = 'SIGN_IN'")
			.query(Long.class)
			.single()).isOne();
	}

	/** Phones capitalise the first letter typed; usernames are kept in lower case. */
	@Test
	void signsInWhateverTheCaseOrSpacesTheUsernameIsTypedWith() {
		for (String typed : new String[] { "Wen", "WEN", " wen " }) {
			assertThat(this.mvc.perform(formLogin().user(typed).password(PASSWORD))).as(typed)
				.hasStatus(302)
				.redirectedUrl()
				.isEqualTo("/");
		}
		assertThat(this.jdbc.sql("select count(*) from audit_event where actor = 'wen' and action = 'SIGN_IN'")
			.query(Long.class)
			.single()).isEqualTo(3);
	}

	@Test
	void offersAUsernameFieldPhonesDoNotCapitalise() {
		assertThat(Pages.get(this.mvc, "/login").selectFirst("#username").attr("autocapitalize")).isEqualTo("none");
	}

	@Test
	void refusesAWrongPasswordWithoutSayingWhichPartWasWrong() {
		assertThat(signIn("wen", "not the password", "192.0.2.10")).isEqualTo("/login?error");
		assertThat(signIn("nobody", PASSWORD, "192.0.2.10")).isEqualTo("/login?error");
		assertThat(
				this.jdbc.sql("select count(*) from audit_event where action = 'SIGN_IN_FAILED' and detail = 'as wen'")
					.query(Long.class)
					.single())
			.isOne();
	}

	@Test
	void recordsWhereEachSignInCameFrom() {
		signIn("wen", "not the password", "192.0.2.11");
		signIn("wen", PASSWORD, "192.0.2.12");
		assertThat(this.jdbc.sql("""
				select action || ' ' || client_address || ' ' || user_agent from audit_event
				where action in ('SIGN_IN', 'SIGN_IN_FAILED') and client_address like '192.0.2.1_' order by id""")
			.query(String.class)
			.list())
			.containsExactly("SIGN_IN_FAILED 192.0.2.11 Mozilla/5.0 (test)", "SIGN_IN 192.0.2.12 Mozilla/5.0 (test)");
	}

	/**
	 * Five guesses by anyone used to lock the analyst out everywhere, and their scripts
	 * with them. Now the guesser waits, from where they guess, and no one else does.
	 */
	@Test
	void slowsGuessesFromOneAddressWithoutLockingTheAnalystOutElsewhere() {
		String token = this.apiTokens.issue("wen", "nightly export").secret();
		for (int guess = 0; guess < SignInThrottle.FAILURES_BEFORE_WAITING; guess++) {
			assertThat(signIn("wen", "guess " + guess, "198.51.100.66")).isEqualTo("/login?error");
		}
		assertThat(signIn("wen", PASSWORD, "198.51.100.66")).as("the guesser's address waits, even with the password")
			.isEqualTo("/login?wait");
		assertThat(signIn("wen", PASSWORD, "203.0.113.40")).as("the analyst, from their own address").isEqualTo("/");
		assertThat(this.mvc.get().uri("/api/v1/meetings").header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
			.hasStatusOk();
	}

	@Test
	void answersAnUnknownUsernameExactlyAsAKnownOne() {
		for (String username : List.of("wen", "nobody")) {
			String address = "wen".equals(username) ? "198.51.100.70" : "198.51.100.71";
			for (int guess = 0; guess < SignInThrottle.FAILURES_BEFORE_WAITING; guess++) {
				assertThat(signIn(username, "guess " + guess, address)).isEqualTo("/login?error");
			}
			assertThat(signIn(username, "guess", address)).as(username).isEqualTo("/login?wait");
		}
	}

	@Test
	void limitsFailuresFromOneAddressWhateverTheAccounts() {
		for (int guess = 0; guess < SignInThrottle.FAILURES_PER_ADDRESS_PER_MINUTE; guess++) {
			assertThat(signIn("user" + guess, "guess", "198.51.100.80")).isEqualTo("/login?error");
		}
		assertThat(signIn("wen", PASSWORD, "198.51.100.80")).isEqualTo("/login?wait");
		assertThat(signIn("wen", PASSWORD, "198.51.100.81")).isEqualTo("/");
	}

	/**
	 * A failed sign-in is written to the audit trail as typed, however it was typed: a
	 * NUL character (which PostgreSQL cannot store), half a character from a broken
	 * client, or a name of any length, and the person is told it failed as anyone is.
	 */
	@Test
	void recordsAFailedSignInWhateverTheUsernameHolds() {
		for (String typed : List.of("wen\u0000admin", "wen\uD800", "w".repeat(5000), "a" + "🐉".repeat(150))) {
			assertThat(signIn(typed, "not the password", "198.51.100.90"))
				.as(typed.substring(0, Math.min(5, typed.length())))
				.isEqualTo("/login?error");
		}
		assertThat(this.jdbc.sql("""
				select detail from audit_event
				where action = 'SIGN_IN_FAILED' and client_address = '198.51.100.90' order by id""")
			.query(String.class)
			.list()).hasSize(4)
			.allMatch(detail -> detail.startsWith("as ") && detail.codePointCount(0, detail.length()) <= 203)
			.satisfies(details -> assertThat(details.get(3)).as("no character cut in half").doesNotContain("?"))
			.first()
			.as("the NUL marked where it was")
			.isEqualTo("as wen\uFFFDadmin");
	}

	private String signIn(String username, String password, String address) {
		return this.mvc.post()
			.uri("/login")
			.param("username", username)
			.param("password", password)
			.header("User-Agent", "Mozilla/5.0 (test)")
			.with(csrf())
			.with(ClientAddress.from(address))
			.exchange()
			.getResponse()
			.getRedirectedUrl();
	}

	private long count(String table) {
		return this.jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

}

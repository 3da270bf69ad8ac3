package dev.readout.account;

import dev.readout.ClientAddress;
import dev.readout.PageTest;
import dev.readout.Pages;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

@PageTest
@Transactional
class AccountPagesTests {

	private static final String PASSWORD = "a long passphrase for tests";

	private static final String NEW_PASSWORD = "a new long passphrase";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	AccountRepository accounts;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void createAccounts() {
		this.accounts.save(new Account("wen", "Wen Analyst", this.passwordEncoder.encode(PASSWORD), Role.ANALYST));
		this.accounts.save(new Account("chief", "Chief", this.passwordEncoder.encode(PASSWORD), Role.ADMIN));
	}

	@ParameterizedTest(name = "{1}")
	@CsvSource(delimiter = '|',
			textBlock = """
					not my password            | a new long passphrase | a new long passphrase | currentPassword  | This is not your current password.
					a long passphrase for tests | short                | short                 | newPassword      | Use at least 12 characters.
					a long passphrase for tests | qwerty123456          | qwerty123456          | newPassword      | seen in breaches
					a long passphrase for tests | a new long passphrase | another passphrase   | repeatedPassword | not the same
					""")
	void refusesAPasswordChangeThatBreaksARuleAndSaysWhy(String current, String newPassword, String repeated,
			String field, String message) {
		MvcTestResult result = changePassword(current, newPassword, repeated);
		assertThat(result).hasStatusOk();
		Document page = Pages.parse(result);
		assertThat(page.getElementById(field).closest(".field").select(".field-error").text()).contains(message);
		assertThat(page.select("input[type=password]").eachAttr("value")).allMatch(String::isEmpty);
		assertThat(this.passwordEncoder.matches(PASSWORD, wen().getPasswordHash())).isTrue();
	}

	@Test
	void countsAWrongCurrentPasswordAsAFailedSignIn() {
		for (int guess = 0; guess < SignInThrottle.FAILURES_BEFORE_WAITING; guess++) {
			assertThat(fieldError(changePassword("guess " + guess, NEW_PASSWORD, NEW_PASSWORD, "198.51.100.90"),
					"currentPassword"))
				.contains("This is not your current password.");
		}
		assertThat(fieldError(changePassword(PASSWORD, NEW_PASSWORD, NEW_PASSWORD, "198.51.100.90"), "currentPassword"))
			.contains("Too many wrong passwords from here");
		assertThat(this.passwordEncoder.matches(PASSWORD, wen().getPasswordHash())).isTrue();
		assertThat(
				this.jdbc.sql("select detail || ' ' || client_address from audit_event where action = 'SIGN_IN_FAILED'")
					.query(String.class)
					.list())
			.contains("as wen 198.51.100.90");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			blank                        |'            '      | cannot be blank or one character repeated
			one character repeated       | aaaaaaaaaaaaaaaa   | cannot be blank or one character repeated
			one emoji repeated           | 🐉🐉🐉🐉🐉🐉🐉🐉🐉🐉🐉🐉 | cannot be blank or one character repeated
			containing the username      | wen and her long passphrase | cannot contain your username
			seen in breaches             | 1qaz2wsx3edc       | seen in breaches
			seen in breaches, any case   | QWERTYUIOPASDF     | seen in breaches
			""")
	void refusesPasswordsThatAreEasyToGuess(String rule, String password, String message) {
		assertThat(fieldError(changePassword(PASSWORD, password, password, "192.0.2.30"), "newPassword"))
			.contains(message);
		assertThat(this.passwordEncoder.matches(PASSWORD, wen().getPasswordHash())).isTrue();
	}

	private static String fieldError(MvcTestResult result, String field) {
		return Pages.parse(result).getElementById(field).closest(".field").select(".field-error").text();
	}

	@Test
	void changesThePassword() {
		assertThat(changePassword(PASSWORD, "a new long passphrase", "a new long passphrase")).hasStatus(302)
			.redirectedUrl()
			.isEqualTo("/account");
		assertThat(this.passwordEncoder.matches("a new long passphrase", wen().getPasswordHash())).isTrue();
	}

	@Test
	void letsAnAdminCreateAnAccountWithAnAcceptablePassword() {
		assertThat(createAccount("liwei", "a long passphrase for li")).hasStatus(302);
		assertThat(this.accounts.findByUsername("liwei"))
			.hasValueSatisfying(account -> assertThat(account.getRole()).isEqualTo(Role.VIEWER));

		Document refused = Pages.parse(createAccount("liwei", "password1234"));
		assertThat(refused.getElementById("username").closest(".field").text())
			.contains("There is already an account with this username.");
		assertThat(refused.getElementById("password").closest(".field").text()).contains("seen in breaches");
	}

	@Test
	void letsAnAdminChangeAnotherAccountsRoleButNotTheirOwn() {
		assertThat(this.mvc.post()
			.uri("/admin/accounts/" + wen().getId())
			.with(csrf())
			.with(user("chief").roles("ADMIN"))
			.param("role", "VIEWER")
			.param("enabled", "true")).hasStatus(302);
		assertThat(wen().getRole()).isEqualTo(Role.VIEWER);

		Account chief = this.accounts.findByUsername("chief").orElseThrow();
		assertThat(this.mvc.post()
			.uri("/admin/accounts/" + chief.getId())
			.with(csrf())
			.with(user("chief").roles("ADMIN"))
			.param("role", "VIEWER")).hasStatus(302);
		assertThat(this.accounts.findByUsername("chief").orElseThrow().getRole()).isEqualTo(Role.ADMIN);
		assertThat(this.accounts.findByUsername("chief").orElseThrow().isEnabled()).isTrue();
	}

	private MvcTestResult changePassword(String current, String newPassword, String repeated) {
		return changePassword(current, newPassword, repeated, "192.0.2.31");
	}

	private MvcTestResult changePassword(String current, String newPassword, String repeated, String address) {
		return this.mvc.post()
			.uri("/account/password")
			.with(csrf())
			.with(ClientAddress.from(address))
			.with(user("wen").roles("ANALYST"))
			.param("currentPassword", current)
			.param("newPassword", newPassword)
			.param("repeatedPassword", repeated)
			.exchange();
	}

	private MvcTestResult createAccount(String username, String password) {
		return this.mvc.post()
			.uri("/admin/accounts")
			.with(csrf())
			.with(user("chief").roles("ADMIN"))
			.param("username", username)
			.param("displayName", "Li Researcher")
			.param("role", "VIEWER")
			.param("password", password)
			.exchange();
	}

	private Account wen() {
		return this.accounts.findByUsername("wen").orElseThrow();
	}

}

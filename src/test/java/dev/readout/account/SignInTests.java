package dev.readout.account;

import dev.readout.PageTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;

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

	@Test
	void refusesAWrongPasswordWithoutSayingWhichPartWasWrong() {
		assertThat(this.mvc.perform(formLogin().user("wen").password("not the password"))).hasStatus(302)
			.redirectedUrl()
			.isEqualTo("/login?error");
		assertThat(this.mvc.perform(formLogin().user("nobody").password(PASSWORD))).hasStatus(302)
			.redirectedUrl()
			.isEqualTo("/login?error");
		assertThat(
				this.jdbc.sql("select count(*) from audit_event where action = 'SIGN_IN_FAILED' and detail = 'as wen'")
					.query(Long.class)
					.single())
			.isOne();
	}

	@Test
	void locksTheAccountForAWhileAfterRepeatedWrongPasswords() {
		for (int attempt = 0; attempt < Account.FAILED_SIGN_INS_BEFORE_LOCK; attempt++) {
			this.mvc.perform(formLogin().user("wen").password("guess " + attempt));
		}
		assertThat(this.mvc.perform(formLogin().user("wen").password(PASSWORD))).hasStatus(302)
			.redirectedUrl()
			.isEqualTo("/login?locked");
	}

	private long count(String table) {
		return this.jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

}

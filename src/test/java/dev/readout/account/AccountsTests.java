package dev.readout.account;

import java.util.ArrayList;
import java.util.List;

import dev.readout.PageTest;
import dev.readout.audit.AuditEntry;
import dev.readout.audit.AuditTrail;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Accounts below the admin's and the account's pages: a first password handed over and
 * changed at the first sign-in, never kept or audited as written; a password change or
 * reset that ends the account's other sessions; and access changes that never lock an
 * admin out of their own account, ending sessions only when they change something.
 */
@PageTest
@Transactional
@WithMockUser(username = "root", roles = "ADMIN")
class AccountsTests {

	static final String FIRST_PASSWORD = "handed over at the desk";

	@Autowired
	Accounts accounts;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Autowired
	AuditTrail trail;

	@Autowired
	JdbcIndexedSessionRepository sessionRepository;

	@Autowired
	EntityManager entities;

	@Autowired
	JdbcClient jdbc;

	/** Sessions are kept in their own transactions, so they are removed by hand. */
	final List<String> sessionsMade = new ArrayList<>();

	@AfterEach
	void removeSessions() {
		this.sessionsMade.forEach(this.sessionRepository::deleteById);
	}

	@Test
	void createsAnAccountWhosePasswordIsHashedAndToBeChangedAtTheFirstSignIn() {
		Account wen = this.accounts.create(new NewAccountForm("wen", "  Wen Li  ", Role.ANALYST, FIRST_PASSWORD));
		this.entities.flush();

		assertThat(wen.getDisplayName()).isEqualTo("Wen Li");
		assertThat(wen.isPasswordChangeRequired()).isTrue();
		assertThat(wen.getPasswordHash()).isNotEqualTo(FIRST_PASSWORD);
		assertThat(this.passwordEncoder.matches(FIRST_PASSWORD, wen.getPasswordHash())).isTrue();
		AuditEntry created = this.trail.historyOf(Accounts.AUDIT_SUBJECT, wen.getId()).get(0);
		assertThat(created.actor()).isEqualTo("root");
		assertThat(created.after()).containsEntry("role", "ANALYST").doesNotContainKey("password");
		assertThat(auditedText()).doesNotContain(FIRST_PASSWORD);
	}

	@Test
	void changesNothingWhenTheCurrentPasswordIsWrongAndCountsItAsAFailedSignIn() {
		Account wen = this.accounts.create(new NewAccountForm("wen", "Wen Li", Role.ANALYST, FIRST_PASSWORD));
		String hash = wen.getPasswordHash();
		long failures = failedSignIns("wen");

		assertThat(
				this.accounts.changePassword("wen", "a wrong guess at it", "a new one of my own", "192.0.2.40", null))
			.isEqualTo(Accounts.PasswordChange.WRONG_CURRENT_PASSWORD);

		assertThat(wen.getPasswordHash()).isEqualTo(hash);
		assertThat(wen.isPasswordChangeRequired()).isTrue();
		assertThat(failedSignIns("wen")).isEqualTo(failures + 1);
	}

	@Test
	void endsTheAccountsOtherSessionsWhenThePasswordChangesButKeepsTheOneInUse() {
		Account wen = this.accounts.create(new NewAccountForm("wen", "Wen Li", Role.ANALYST, FIRST_PASSWORD));
		String inUse = session("wen");
		String elsewhere = session("wen");
		String someoneElse = session("root");

		assertThat(this.accounts.changePassword("wen", FIRST_PASSWORD, "a new one of my own", "192.0.2.41", inUse))
			.isEqualTo(Accounts.PasswordChange.CHANGED);

		assertThat(this.passwordEncoder.matches("a new one of my own", wen.getPasswordHash())).isTrue();
		assertThat(wen.isPasswordChangeRequired()).isFalse();
		assertThat(this.sessionRepository.findById(inUse)).isNotNull();
		assertThat(this.sessionRepository.findById(elsewhere)).isNull();
		assertThat(this.sessionRepository.findById(someoneElse)).isNotNull();
		assertThat(auditedText()).doesNotContain("a new one of my own");
	}

	@Test
	void resetsALostPasswordFromTheMachineAuditingOnlyWhatChanged() {
		Account wen = this.accounts.create(new NewAccountForm("wen", "Wen Li", Role.ANALYST, FIRST_PASSWORD));
		this.accounts.changePassword("wen", FIRST_PASSWORD, "a new one of my own", "192.0.2.42", null);
		this.accounts.changeAccess(wen.getId(), Role.ANALYST, false, "root");
		String session = session("wen");

		this.accounts.resetPassword("wen", "set on the machine");

		assertThat(wen.isEnabled()).isTrue();
		assertThat(wen.isPasswordChangeRequired()).isTrue();
		assertThat(this.sessionRepository.findById(session)).isNull();
		assertThat(this.trail.historyOf(Accounts.AUDIT_SUBJECT, wen.getId()).get(0).changes())
			.extracting(AuditEntry.FieldChange::field)
			.containsExactlyInAnyOrder("password", "enabled");
	}

	@Test
	void neverLetsAnAdminChangeTheirOwnAccess() {
		Account root = this.accounts.create(new NewAccountForm("root", "Admin", Role.ADMIN, FIRST_PASSWORD));

		assertThat(this.accounts.changeAccess(root.getId(), Role.VIEWER, false, "root")).isFalse();

		assertThat(root.getRole()).isEqualTo(Role.ADMIN);
		assertThat(root.isEnabled()).isTrue();
	}

	@Test
	void endsAnAccountsSessionsWhenItsAccessChangesAndOnlyThen() {
		Account wen = this.accounts.create(new NewAccountForm("wen", "Wen Li", Role.ANALYST, FIRST_PASSWORD));
		String session = session("wen");

		assertThat(this.accounts.changeAccess(wen.getId(), Role.ANALYST, true, "root")).isTrue();
		assertThat(this.sessionRepository.findById(session)).as("nothing changed").isNotNull();

		assertThat(this.accounts.changeAccess(wen.getId(), Role.VIEWER, true, "root")).isTrue();
		assertThat(wen.getRole()).isEqualTo(Role.VIEWER);
		assertThat(this.sessionRepository.findById(session)).as("demoted").isNull();
	}

	private String session(String username) {
		Session session = sessions().createSession();
		session.setAttribute(FindByIndexNameSessionRepository.PRINCIPAL_NAME_INDEX_NAME, username);
		sessions().save(session);
		this.sessionsMade.add(session.getId());
		return session.getId();
	}

	/** The repository's session type is not public; its sessions are used as Sessions. */
	@SuppressWarnings({ "unchecked", "rawtypes" })
	private SessionRepository<Session> sessions() {
		return (SessionRepository) this.sessionRepository;
	}

	private long failedSignIns(String username) {
		return this.jdbc.sql("select count(*) from audit_event where action = 'SIGN_IN_FAILED' and detail = ?")
			.param("as " + username)
			.query(Long.class)
			.single();
	}

	/** Everything the audit trail holds, as text. */
	private String auditedText() {
		return String.join("\n", this.jdbc.sql("""
				select concat_ws(' ', actor, detail, before_values::text, after_values::text) from audit_event""")
			.query(String.class)
			.list());
	}

}

package dev.readout.account;

import java.util.List;
import java.util.Map;

import dev.readout.audit.AuditTrail;
import dev.readout.web.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates and changes accounts, each change in the audit trail; never stores or logs a
 * password itself.
 */
@Service
@Transactional
class Accounts {

	static final String AUDIT_SUBJECT = "ACCOUNT";

	private final AccountRepository accounts;

	private final PasswordEncoder passwordEncoder;

	private final AuditTrail auditTrail;

	private final FindByIndexNameSessionRepository<? extends Session> sessions;

	private final ApplicationEventPublisher events;

	Accounts(AccountRepository accounts, PasswordEncoder passwordEncoder, AuditTrail auditTrail,
			FindByIndexNameSessionRepository<? extends Session> sessions, ApplicationEventPublisher events) {
		this.accounts = accounts;
		this.passwordEncoder = passwordEncoder;
		this.auditTrail = auditTrail;
		this.sessions = sessions;
		this.events = events;
	}

	@Transactional(readOnly = true)
	Account find(String username) {
		return this.accounts.findByUsername(username).orElseThrow(() -> new NotFoundException("Account", username));
	}

	@Transactional(readOnly = true)
	List<Account> all() {
		return this.accounts.findAllByOrderByUsername();
	}

	@Transactional(readOnly = true)
	boolean exists(String username) {
		return this.accounts.existsByUsername(username);
	}

	Account create(NewAccountForm form) {
		Account account = this.accounts.saveAndFlush(new Account(form.username(), form.displayName().strip(),
				this.passwordEncoder.encode(form.password()), form.role()));
		this.auditTrail.created(AUDIT_SUBJECT, account.getId(), values(account));
		return account;
	}

	/**
	 * False when the current password is wrong; nothing changes then. The account's other
	 * sessions end: whoever else held the old password is signed out.
	 */
	boolean changePassword(String username, String currentPassword, String newPassword, String keptSessionId) {
		Account account = find(username);
		if (!this.passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
			// A wrong current password is a guess like a wrong sign-in: throttled and
			// audited
			// the same way.
			this.events.publishEvent(new AuthenticationFailureBadCredentialsEvent(
					UsernamePasswordAuthenticationToken.unauthenticated(username, null),
					new BadCredentialsException("Wrong current password")));
			return false;
		}
		account.changePassword(this.passwordEncoder.encode(newPassword));
		this.auditTrail.updated(AUDIT_SUBJECT, account.getId(), Map.of("password", "(old)"),
				Map.of("password", "(changed)"));
		endSessions(username, keptSessionId);
		return true;
	}

	/**
	 * Sets an account's password from the machine Readout runs on (no one is signed in):
	 * enabled, unlocked, its sessions ended, and audited.
	 */
	void resetPassword(String username, String newPassword) {
		Account account = find(username);
		Map<String, Object> before = values(account);
		account.changePassword(this.passwordEncoder.encode(newPassword));
		account.setEnabled(true);
		account.signedIn();
		this.auditTrail.updated(AUDIT_SUBJECT, account.getId(), before,
				Map.of("password", "(reset on the machine)", "enabled", true));
		endSessions(username, null);
	}

	/**
	 * False, changing nothing, when admins try it on their own account: nobody locks
	 * themselves out.
	 */
	boolean changeAccess(long id, Role role, boolean enabled, String changedBy) {
		Account account = this.accounts.findById(id).orElseThrow(() -> new NotFoundException("Account", id));
		if (account.getUsername().equals(changedBy)) {
			return false;
		}
		Map<String, Object> before = values(account);
		account.changeRole(role);
		account.setEnabled(enabled);
		this.auditTrail.updated(AUDIT_SUBJECT, id, before, values(account));
		if (!before.equals(values(account))) {
			// Sessions keep the authorities of their sign-in: a disabled or demoted
			// account must not keep writing through one.
			endSessions(account.getUsername(), null);
		}
		return true;
	}

	private void endSessions(String username, String keptSessionId) {
		this.sessions.findByPrincipalName(username)
			.keySet()
			.stream()
			.filter(id -> !id.equals(keptSessionId))
			.forEach(this.sessions::deleteById);
	}

	private static Map<String, Object> values(Account account) {
		return Map.of("username", account.getUsername(), "displayName", account.getDisplayName(), "role",
				account.getRole().name(), "enabled", account.isEnabled());
	}

}

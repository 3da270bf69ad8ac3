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
import org.springframework.security.web.authentication.WebAuthenticationDetails;
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

	private final SignInThrottle throttle;

	Accounts(AccountRepository accounts, PasswordEncoder passwordEncoder, AuditTrail auditTrail,
			FindByIndexNameSessionRepository<? extends Session> sessions, ApplicationEventPublisher events,
			SignInThrottle throttle) {
		this.throttle = throttle;
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
		Account account = new Account(form.username(), form.displayName().strip(),
				this.passwordEncoder.encode(form.password()), form.role());
		// The colleague is handed this password and chooses their own at the first
		// sign-in.
		account.mustChangePassword();
		this.accounts.saveAndFlush(account);
		this.auditTrail.created(AUDIT_SUBJECT, account.getId(), values(account));
		return account;
	}

	/** What came of a request to change one's password. */
	enum PasswordChange {

		CHANGED, WRONG_CURRENT_PASSWORD, TOO_MANY_ATTEMPTS

	}

	/**
	 * Nothing changes unless the current password is right. The account's other sessions
	 * end: whoever else held the old password is signed out. A wrong current password is
	 * a guess like a wrong sign-in: slowed and audited the same way.
	 */
	PasswordChange changePassword(String username, String currentPassword, String newPassword, String clientAddress,
			String keptSessionId) {
		if (this.throttle.mustWait(username, clientAddress)) {
			return PasswordChange.TOO_MANY_ATTEMPTS;
		}
		Account account = find(username);
		if (!this.passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
			UsernamePasswordAuthenticationToken guess = UsernamePasswordAuthenticationToken.unauthenticated(username,
					null);
			guess.setDetails(new WebAuthenticationDetails(clientAddress, keptSessionId));
			this.events.publishEvent(new AuthenticationFailureBadCredentialsEvent(guess,
					new BadCredentialsException("Wrong current password")));
			return PasswordChange.WRONG_CURRENT_PASSWORD;
		}
		account.changePassword(this.passwordEncoder.encode(newPassword));
		this.auditTrail.updated(AUDIT_SUBJECT, account.getId(), Map.of("password", "(old)"),
				Map.of("password", "(changed)"));
		endSessions(username, keptSessionId);
		return PasswordChange.CHANGED;
	}

	/**
	 * Sets an account's password from the machine Readout runs on (no one is signed in):
	 * enabled, its sessions ended, audited, and to be changed at the next sign-in.
	 */
	void resetPassword(String username, String newPassword) {
		Account account = find(username);
		// The same fields before and after: the trail tells a change by comparing them.
		Map<String, Object> before = Map.of("password", "(old)", "enabled", account.isEnabled());
		account.changePassword(this.passwordEncoder.encode(newPassword));
		account.mustChangePassword();
		account.setEnabled(true);
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

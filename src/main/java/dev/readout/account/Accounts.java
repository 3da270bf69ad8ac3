package dev.readout.account;

import java.util.List;
import java.util.Map;

import dev.readout.audit.AuditTrail;
import dev.readout.web.NotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
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

	Accounts(AccountRepository accounts, PasswordEncoder passwordEncoder, AuditTrail auditTrail) {
		this.accounts = accounts;
		this.passwordEncoder = passwordEncoder;
		this.auditTrail = auditTrail;
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

	/** False when the current password is wrong; nothing changes then. */
	boolean changePassword(String username, String currentPassword, String newPassword) {
		Account account = find(username);
		if (!this.passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
			return false;
		}
		account.changePassword(this.passwordEncoder.encode(newPassword));
		this.auditTrail.updated(AUDIT_SUBJECT, account.getId(), Map.of("password", "(old)"),
				Map.of("password", "(changed)"));
		return true;
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
		return true;
	}

	private static Map<String, Object> values(Account account) {
		return Map.of("username", account.getUsername(), "displayName", account.getDisplayName(), "role",
				account.getRole().name(), "enabled", account.isEnabled());
	}

}

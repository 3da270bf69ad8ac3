package dev.readout.account;

import java.security.SecureRandom;
import java.util.Base64;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * On the first start, with no account at all, creates the {@code admin} account. Its
 * password comes from {@code readout.admin-password} (READOUT_ADMIN_PASSWORD), or is
 * generated and written to the log this once, in a banner: no default password ships.
 * Either way it is changed at the first sign-in. Started with
 * {@code readout.admin-password-reset=true} on a record that has accounts, it sets the
 * admin's password to {@code readout.admin-password} instead: whoever can start Readout
 * on its machine can get back in.
 */
@Component
class FirstAdmin implements ApplicationRunner {

	static final String USERNAME = "admin";

	private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

	private final AccountRepository accounts;

	private final PasswordEncoder passwordEncoder;

	private final String configuredPassword;

	private final boolean reset;

	private final Accounts accountService;

	FirstAdmin(AccountRepository accounts, PasswordEncoder passwordEncoder, FirstAdminSettings settings,
			Accounts accountService) {
		this.accounts = accounts;
		this.passwordEncoder = passwordEncoder;
		this.configuredPassword = settings.adminPassword();
		this.reset = settings.adminPasswordReset();
		this.accountService = accountService;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (this.accounts.count() > 0) {
			if (this.reset) {
				resetAdminPassword();
			}
			return;
		}
		boolean generated = this.configuredPassword.isBlank();
		String password = generated ? generatePassword() : this.configuredPassword;
		Account admin = new Account(USERNAME, "Administrator", this.passwordEncoder.encode(password), Role.ADMIN);
		// Generated or configured, this password was not chosen by whoever signs in with
		// it.
		admin.mustChangePassword();
		this.accounts.save(admin);
		if (generated) {
			log.warn(banner("Readout created its first account.", "Username: " + USERNAME, "Password: " + password,
					"Sign in at /login: you will be asked to choose your own password. This one is not shown again."));
		}
		else {
			log.info("Created the first account '{}' with the password from readout.admin-password", USERNAME);
		}
	}

	private void resetAdminPassword() {
		if (this.configuredPassword.isBlank()) {
			log.error("readout.admin-password-reset is set but readout.admin-password is not: nothing was reset");
			return;
		}
		this.accountService.resetPassword(USERNAME, this.configuredPassword);
		log.warn(banner("The password of '" + USERNAME + "' was set from readout.admin-password.",
				"Its other sessions ended, the account is enabled, and the password is changed at the next sign-in.",
				"Unset readout.admin-password-reset (READOUT_ADMIN_PASSWORD_RESET) before the next start."));
	}

	/** Lines framed so that they stand out in a start-up log. */
	private static String banner(String... lines) {
		String rule = "=".repeat(78);
		return "\n" + rule + "\n  " + String.join("\n  ", lines) + "\n" + rule;
	}

	private static String generatePassword() {
		byte[] random = new byte[18];
		new SecureRandom().nextBytes(random);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
	}

}

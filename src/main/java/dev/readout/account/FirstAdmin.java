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
 * generated and written to the log this once: no default password ships.
 */
@Component
class FirstAdmin implements ApplicationRunner {

	static final String USERNAME = "admin";

	private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

	private final AccountRepository accounts;

	private final PasswordEncoder passwordEncoder;

	private final String configuredPassword;

	FirstAdmin(AccountRepository accounts, PasswordEncoder passwordEncoder, FirstAdminSettings settings) {
		this.accounts = accounts;
		this.passwordEncoder = passwordEncoder;
		this.configuredPassword = settings.adminPassword();
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (this.accounts.count() > 0) {
			return;
		}
		boolean generated = this.configuredPassword.isBlank();
		String password = generated ? generatePassword() : this.configuredPassword;
		this.accounts.save(new Account(USERNAME, "Administrator", this.passwordEncoder.encode(password), Role.ADMIN));
		if (generated) {
			log.warn("Created the first account '{}' with the generated password {} — sign in and change it now; "
					+ "it is not shown again", USERNAME, password);
		}
		else {
			log.info("Created the first account '{}' with the password from readout.admin-password", USERNAME);
		}
	}

	private static String generatePassword() {
		byte[] random = new byte[18];
		new SecureRandom().nextBytes(random);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
	}

}

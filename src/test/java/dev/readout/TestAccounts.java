package dev.readout;

import dev.readout.account.Account;
import dev.readout.account.AccountRepository;
import dev.readout.account.Role;

import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Accounts that sign in through a real browser or HTTP client: kept across the test
 * classes that share a database, created once.
 */
public final class TestAccounts {

	private TestAccounts() {
	}

	/** An analyst with this password, created unless already there. */
	public static void analyst(AccountRepository accounts, PasswordEncoder passwordEncoder, String username,
			String displayName, String password) {
		if (accounts.findByUsername(username).isEmpty()) {
			accounts.save(new Account(username, displayName, passwordEncoder.encode(password), Role.ANALYST));
		}
	}

}

package dev.readout.account;

import java.util.Locale;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads accounts for Spring Security, with their role, whether they are disabled, and
 * whether they must change their password first.
 */
@Service
public class AccountDetailsService implements UserDetailsService {

	/**
	 * Held, beside the role, by someone signed in with a password they did not choose:
	 * until they change it, their password is the only thing they may change.
	 */
	public static final String PASSWORD_CHANGE_REQUIRED = "PASSWORD_CHANGE_REQUIRED";

	private final AccountRepository accounts;

	AccountDetailsService(AccountRepository accounts) {
		this.accounts = accounts;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String typed) {
		// Usernames are kept in lower case; phones capitalise the first letter typed.
		String username = typed.strip().toLowerCase(Locale.ROOT);
		// No username holds a NUL, and PostgreSQL cannot compare one: not found, rather
		// than an error.
		if (username.indexOf('\u0000') >= 0) {
			throw new UsernameNotFoundException("No account can be named with a NUL character");
		}
		Account account = this.accounts.findByUsername(username)
			.orElseThrow(() -> new UsernameNotFoundException("No account " + username));
		return User.withUsername(account.getUsername())
			.password(account.getPasswordHash())
			.authorities(account.isPasswordChangeRequired()
					? new String[] { account.getRole().authority(), PASSWORD_CHANGE_REQUIRED }
					: new String[] { account.getRole().authority() })
			.disabled(!account.isEnabled())
			.build();
	}

}

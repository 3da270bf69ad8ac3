package dev.readout.account;

import java.time.Clock;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads accounts for Spring Security, with their role, and whether they are disabled or
 * locked.
 */
@Service
class AccountDetailsService implements UserDetailsService {

	private final AccountRepository accounts;

	private final Clock clock;

	AccountDetailsService(AccountRepository accounts, Clock clock) {
		this.accounts = accounts;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		Account account = this.accounts.findByUsername(username)
			.orElseThrow(() -> new UsernameNotFoundException("No account " + username));
		return User.withUsername(account.getUsername())
			.password(account.getPasswordHash())
			.authorities(account.getRole().authority())
			.disabled(!account.isEnabled())
			.accountLocked(account.isLockedAt(this.clock.instant()))
			.build();
	}

}

package dev.readout.account;

import java.time.Clock;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Locks an account for a while after repeated wrong passwords, so they cannot be guessed
 * at speed.
 */
@Component
class SignInThrottle {

	private final AccountRepository accounts;

	private final Clock clock;

	SignInThrottle(AccountRepository accounts, Clock clock) {
		this.accounts = accounts;
		this.clock = clock;
	}

	@EventListener
	@Transactional
	public void onFailure(AuthenticationFailureBadCredentialsEvent event) {
		this.accounts.findByUsername(event.getAuthentication().getName())
			.ifPresent(account -> account.signInFailed(this.clock.instant()));
	}

	@EventListener
	@Transactional
	public void onSuccess(AuthenticationSuccessEvent event) {
		this.accounts.findByUsername(event.getAuthentication().getName()).ifPresent(Account::signedIn);
	}

}

package dev.readout.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing without letting anyone lock an analyst out. Failures are
 * counted per account <em>from one client address</em>: after three in a row, each
 * further attempt from there waits twice as long as the one before (2 s, 4 s, … up to 15
 * minutes), and one address may fail at most 30 times a minute whatever the accounts.
 * Someone guessing elsewhere never stops an analyst signing in from their own address, an
 * unknown username is slowed exactly like a real one, and API tokens are never affected.
 * Wrong current passwords on the password form count too. Kept in this instance's memory:
 * several instances each allow as much.
 */
@Component
public class SignInThrottle {

	static final int FAILURES_BEFORE_WAITING = 3;

	static final Duration LONGEST_WAIT = Duration.ofMinutes(15);

	static final int FAILURES_PER_ADDRESS_PER_MINUTE = 30;

	private static final Duration MINUTE = Duration.ofMinutes(1);

	private final Cache<Attempt, FailuresInARow> failuresInARow = Caffeine.newBuilder()
		.expireAfterAccess(Duration.ofHours(1))
		.maximumSize(100_000)
		.build();

	private final Cache<String, FailuresThisMinute> failuresPerAddress = Caffeine.newBuilder()
		.expireAfterWrite(MINUTE)
		.maximumSize(100_000)
		.build();

	private final Clock clock;

	SignInThrottle(Clock clock) {
		this.clock = clock;
	}

	/** Whether a sign-in as this username from this address must wait a while yet. */
	public boolean mustWait(String username, String address) {
		return !waitBefore(username, address).isZero();
	}

	/**
	 * How long a sign-in as this username from this address must still wait; zero when it
	 * may go ahead.
	 */
	Duration waitBefore(String username, String address) {
		Instant now = this.clock.instant();
		FailuresThisMinute fromAddress = this.failuresPerAddress.getIfPresent(address);
		if (fromAddress != null && fromAddress.count() >= FAILURES_PER_ADDRESS_PER_MINUTE) {
			return positive(Duration.between(now, fromAddress.since().plus(MINUTE)));
		}
		FailuresInARow failures = this.failuresInARow.getIfPresent(new Attempt(username, address));
		return (failures != null) ? failures.waitAt(now) : Duration.ZERO;
	}

	@EventListener
	void onFailure(AuthenticationFailureBadCredentialsEvent event) {
		Instant now = this.clock.instant();
		String address = addressOf(event.getAuthentication());
		this.failuresPerAddress.asMap()
			.merge(address, new FailuresThisMinute(now, 1), (counted, one) -> counted.plusOneAt(now));
		this.failuresInARow.asMap()
			.merge(new Attempt(event.getAuthentication().getName(), address), new FailuresInARow(1, now),
					(counted, one) -> new FailuresInARow(counted.count() + 1, now));
	}

	@EventListener
	void onSuccess(AuthenticationSuccessEvent event) {
		this.failuresInARow
			.invalidate(new Attempt(event.getAuthentication().getName(), addressOf(event.getAuthentication())));
	}

	private static String addressOf(Authentication authentication) {
		return (authentication.getDetails() instanceof WebAuthenticationDetails details
				&& details.getRemoteAddress() != null) ? details.getRemoteAddress() : "unknown";
	}

	private static Duration positive(Duration duration) {
		return duration.isNegative() ? Duration.ZERO : duration;
	}

	/** Usernames are compared as they are stored: in lower case. */
	private record Attempt(String username, String address) {

		Attempt {
			username = (username != null) ? username.strip().toLowerCase(Locale.ROOT) : "";
		}

	}

	private record FailuresInARow(int count, Instant last) {

		Duration waitAt(Instant now) {
			if (this.count < FAILURES_BEFORE_WAITING) {
				return Duration.ZERO;
			}
			int doublings = Math.min(this.count - FAILURES_BEFORE_WAITING + 1, 20);
			Duration wait = Duration.ofSeconds(1L << doublings);
			return positive(
					Duration.between(now, this.last.plus((wait.compareTo(LONGEST_WAIT) < 0) ? wait : LONGEST_WAIT)));
		}

	}

	/** A minute's window for one address, from its first failure. */
	private record FailuresThisMinute(Instant since, int count) {

		FailuresThisMinute plusOneAt(Instant now) {
			return (now.isBefore(this.since.plus(MINUTE))) ? new FailuresThisMinute(this.since, this.count + 1)
					: new FailuresThisMinute(now, 1);
		}

	}

}

package dev.readout.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sign-in throttle on a clock the test moves: the waits it asks for after each
 * failure, when they end, and whom they apply to.
 */
class SignInThrottleTests {

	private final MovingClock clock = new MovingClock();

	private final SignInThrottle throttle = new SignInThrottle(this.clock);

	@Test
	void letsThreeGuessesThroughThenDoublesTheWaitUpToAQuarterOfAnHour() {
		for (int failure = 1; failure <= 3; failure++) {
			assertThat(this.throttle.mustWait("wen", "192.0.2.1")).as("before failure %d", failure).isFalse();
			fail("wen", "192.0.2.1");
		}
		assertThat(this.throttle.waitBefore("wen", "192.0.2.1")).isEqualTo(Duration.ofSeconds(2));

		Duration[] waits = { Duration.ofSeconds(4), Duration.ofSeconds(8), Duration.ofSeconds(16) };
		for (Duration wait : waits) {
			fail("wen", "192.0.2.1");
			assertThat(this.throttle.waitBefore("wen", "192.0.2.1")).isEqualTo(wait);
		}
		for (int failure = 0; failure < 30; failure++) {
			this.clock.advance(Duration.ofMinutes(20));
			fail("wen", "192.0.2.1");
		}
		assertThat(this.throttle.waitBefore("wen", "192.0.2.1")).isEqualTo(SignInThrottle.LONGEST_WAIT);
	}

	@Test
	void endsTheWaitOnceItHasPassed() {
		for (int failure = 0; failure < 4; failure++) {
			fail("wen", "192.0.2.1");
		}
		this.clock.advance(Duration.ofSeconds(3));
		assertThat(this.throttle.waitBefore("wen", "192.0.2.1")).isEqualTo(Duration.ofSeconds(1));

		this.clock.advance(Duration.ofSeconds(1));
		assertThat(this.throttle.mustWait("wen", "192.0.2.1")).isFalse();
	}

	@Test
	void slowsOnlyTheAddressThatGuessedAndTheAccountWhateverTheCaseItWasTypedIn() {
		for (int failure = 0; failure < 3; failure++) {
			fail(" Wen ", "192.0.2.1");
		}

		assertThat(this.throttle.mustWait("wen", "192.0.2.1")).isTrue();
		assertThat(this.throttle.mustWait("WEN", "192.0.2.1")).isTrue();
		assertThat(this.throttle.mustWait("wen", "198.51.100.7")).as("the analyst's own address").isFalse();
		assertThat(this.throttle.mustWait("li", "192.0.2.1")).as("another account").isFalse();
	}

	@Test
	void forgetsTheFailuresOfAnAccountThatSignedInFromThatAddress() {
		for (int failure = 0; failure < 3; failure++) {
			fail("wen", "192.0.2.1");
		}
		this.clock.advance(Duration.ofSeconds(2));

		this.throttle.onSuccess(new AuthenticationSuccessEvent(attempt("wen", "192.0.2.1")));
		fail("wen", "192.0.2.1");

		assertThat(this.throttle.mustWait("wen", "192.0.2.1")).as("one failure since").isFalse();
	}

	@Test
	void stopsAnAddressTryingManyAccountsForTheRestOfTheMinute() {
		for (int account = 0; account < SignInThrottle.FAILURES_PER_ADDRESS_PER_MINUTE; account++) {
			assertThat(this.throttle.mustWait("user" + account, "192.0.2.9")).isFalse();
			fail("user" + account, "192.0.2.9");
		}
		this.clock.advance(Duration.ofSeconds(20));

		assertThat(this.throttle.waitBefore("someone-new", "192.0.2.9")).isEqualTo(Duration.ofSeconds(40));
		assertThat(this.throttle.mustWait("someone-new", "203.0.113.3")).isFalse();

		this.clock.advance(Duration.ofSeconds(40));
		assertThat(this.throttle.mustWait("someone-new", "192.0.2.9")).isFalse();
	}

	private void fail(String username, String address) {
		this.throttle.onFailure(new AuthenticationFailureBadCredentialsEvent(attempt(username, address),
				new BadCredentialsException("wrong password")));
	}

	private static UsernamePasswordAuthenticationToken attempt(String username, String address) {
		UsernamePasswordAuthenticationToken attempt = UsernamePasswordAuthenticationToken.unauthenticated(username,
				null);
		attempt.setDetails(new WebAuthenticationDetails(address, null));
		return attempt;
	}

	/** A clock that stands still until the test moves it. */
	private static final class MovingClock extends Clock {

		private Instant now = Instant.parse("2026-12-03T09:00:00Z");

		void advance(Duration duration) {
			this.now = this.now.plus(duration);
		}

		@Override
		public Instant instant() {
			return this.now;
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

	}

}

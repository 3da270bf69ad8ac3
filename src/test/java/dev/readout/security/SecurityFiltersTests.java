package dev.readout.security;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import dev.readout.account.AccountDetailsService;
import jakarta.servlet.ServletException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The security filters on their own, request by request: a session's week, the password
 * change that comes before anything else, and what they let through.
 */
class SecurityFiltersTests {

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void endsASessionAWeekAfterItBeganHoweverBusy() throws Exception {
		MockHttpSession weekOld = new MockHttpSession();
		Instant began = Instant.ofEpochMilli(weekOld.getCreationTime());

		MockHttpServletRequest request = get("/meetings/1");
		request.setSession(weekOld);
		run(new SessionLifetimeFilter(Clock.fixed(began.plus(Duration.ofDays(7)).plusSeconds(1), ZoneOffset.UTC)),
				request);
		assertThat(weekOld.isInvalid()).isTrue();

		MockHttpSession dayOld = new MockHttpSession();
		request = get("/meetings/1");
		request.setSession(dayOld);
		MockFilterChain chain = run(
				new SessionLifetimeFilter(Clock
					.fixed(Instant.ofEpochMilli(dayOld.getCreationTime()).plus(Duration.ofDays(6)), ZoneOffset.UTC)),
				request);
		assertThat(dayOld.isInvalid()).isFalse();
		assertThat(chain.getRequest()).as("the request goes on either way").isNotNull();
	}

	@Test
	void leavesARequestWithoutASessionAlone() throws Exception {
		MockHttpServletRequest request = get("/");

		MockFilterChain chain = run(new SessionLifetimeFilter(Clock.systemUTC()), request);

		assertThat(request.getSession(false)).isNull();
		assertThat(chain.getRequest()).isNotNull();
	}

	@Test
	void sendsSomeoneWithAPasswordTheyDidNotChooseToTheirAccountFirst() throws Exception {
		signedIn("ROLE_ANALYST", AccountDetailsService.PASSWORD_CHANGE_REQUIRED);

		for (String elsewhere : List.of("/", "/meetings/1/edit", "/admin/accounts", "/api/v1/meetings")) {
			MockHttpServletResponse response = new MockHttpServletResponse();
			MockFilterChain chain = new MockFilterChain();
			new PasswordChangeFirstFilter().doFilter(get(elsewhere), response, chain);
			assertThat(response.getRedirectedUrl()).as(elsewhere).isEqualTo("/account?passwordFirst#password");
			assertThat(chain.getRequest()).as(elsewhere).isNull();
		}
		for (String open : List.of("/account", "/account/password", "/logout", "/css/readout.css", "/webjars/x.js")) {
			assertThat(run(new PasswordChangeFirstFilter(), get(open)).getRequest()).as(open).isNotNull();
		}
	}

	@Test
	void letsSomeoneWithAPasswordOfTheirOwnAndAnonymousVisitorsThrough() throws Exception {
		assertThat(run(new PasswordChangeFirstFilter(), get("/meetings/1/edit")).getRequest()).isNotNull();

		signedIn("ROLE_ANALYST");
		assertThat(run(new PasswordChangeFirstFilter(), get("/meetings/1/edit")).getRequest()).isNotNull();
	}

	private static void signedIn(String... authorities) {
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("wen", null,
					AuthorityUtils.createAuthorityList(authorities)));
	}

	private static MockHttpServletRequest get(String path) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
		request.setServletPath(path);
		return request;
	}

	private static MockFilterChain run(jakarta.servlet.Filter filter, MockHttpServletRequest request)
			throws IOException, ServletException {
		MockFilterChain chain = new MockFilterChain();
		filter.doFilter(request, new MockHttpServletResponse(), chain);
		return chain;
	}

}

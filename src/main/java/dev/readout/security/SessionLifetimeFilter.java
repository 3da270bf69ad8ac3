package dev.readout.security;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A session ends a week after it began, however busy: on top of the idle timeout, so a
 * session cookie that was copied does not work for ever. Runs before the signed-in person
 * is read from the session, so the request goes on as anonymous.
 */
class SessionLifetimeFilter extends OncePerRequestFilter {

	static final Duration LONGEST_SESSION = Duration.ofDays(7);

	private final Clock clock;

	SessionLifetimeFilter(Clock clock) {
		this.clock = clock;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		HttpSession session = request.getSession(false);
		if (session != null && this.clock.millis() - session.getCreationTime() > LONGEST_SESSION.toMillis()) {
			session.invalidate();
		}
		chain.doFilter(request, response);
	}

}

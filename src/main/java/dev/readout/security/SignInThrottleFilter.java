package dev.readout.security;

import java.io.IOException;

import dev.readout.account.SignInThrottle;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpMethod;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Turns away a sign-in that must wait before its password is even checked, with the same
 * answer whether the account exists or not. Turned-away attempts are counted, not audited
 * one by one: a flood of them is one figure, not a flood of audit rows.
 */
class SignInThrottleFilter extends OncePerRequestFilter {

	private final SignInThrottle throttle;

	private final Counter turnedAway;

	SignInThrottleFilter(SignInThrottle throttle, MeterRegistry meters) {
		this.throttle = throttle;
		this.turnedAway = Counter.builder("readout.sign-in.turned-away")
			.description("Sign-in attempts refused unchecked because they came too fast")
			.register(meters);
	}

	private static final RequestMatcher SIGN_IN = PathPatternRequestMatcher.withDefaults()
		.matcher(HttpMethod.POST, "/login");

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !SIGN_IN.matches(request);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (this.throttle.mustWait(request.getParameter("username"), request.getRemoteAddr())) {
			this.turnedAway.increment();
			response.sendRedirect(request.getContextPath() + "/login?wait");
			return;
		}
		chain.doFilter(request, response);
	}

}

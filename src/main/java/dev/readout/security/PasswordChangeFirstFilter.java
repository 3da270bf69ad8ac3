package dev.readout.security;

import java.io.IOException;
import java.util.stream.Stream;

import dev.readout.account.AccountDetailsService;
import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Sends someone signed in with a password they did not choose (the first admin's, or one
 * an admin set) to their account page, whatever else they ask for, until they have chosen
 * their own.
 */
class PasswordChangeFirstFilter extends OncePerRequestFilter {

	private static final RequestMatcher STILL_OPEN = new OrRequestMatcher(Stream
		.of("/account", "/account/password", "/logout", "/error", "/favicon.svg", "/css/**", "/js/**", "/webjars/**")
		.map((path) -> (RequestMatcher) PathPatternRequestMatcher.withDefaults().matcher(path))
		.toList());

	/**
	 * Most requests come from no one, or from someone with a password of their own:
	 * checked first.
	 */
	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
		return signedIn == null || signedIn.getAuthorities()
			.stream()
			.noneMatch((authority) -> AccountDetailsService.PASSWORD_CHANGE_REQUIRED.equals(authority.getAuthority()))
				|| STILL_OPEN.matches(request);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws IOException {
		response.sendRedirect(request.getContextPath() + "/account?passwordFirst#password");
	}

}

package dev.readout.security;

import java.io.IOException;
import java.util.Optional;

import dev.readout.account.ApiTokens;
import dev.readout.database.UnreachableDatabase;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.TransactionException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs in an API request that presents {@code Authorization: Bearer <token>}. A request
 * without one goes on anonymous (reading may be public); a token that is not valid is
 * refused outright rather than read as anonymous, so a script learns its token is wrong;
 * while the database cannot be reached, the request gets a 503 like any other.
 */
class ApiTokenAuthenticationFilter extends OncePerRequestFilter {

	private static final String BEARER = "Bearer ";

	private final ApiTokens tokens;

	private final ApiAccessProblems refusal;

	ApiTokenAuthenticationFilter(ApiTokens tokens, ApiAccessProblems refusal) {
		this.tokens = tokens;
		this.refusal = refusal;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
			chain.doFilter(request, response);
			return;
		}
		Optional<Authentication> authentication;
		try {
			authentication = this.tokens.authenticate(header.substring(BEARER.length()).strip());
		}
		catch (DataAccessException | TransactionException ex) {
			if (!UnreachableDatabase.explains(ex)) {
				throw ex;
			}
			this.refusal.databaseUnavailable(request, response);
			return;
		}
		if (authentication.isEmpty()) {
			this.refusal.commence(request, response, new BadCredentialsException("Unknown or revoked API token"));
			return;
		}
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(authentication.get());
		SecurityContextHolder.setContext(context);
		try {
			chain.doFilter(request, response);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

}

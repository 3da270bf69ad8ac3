package dev.readout.audit;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Where a request came from: the client's address (the proxy's forwarded one when
 * {@code server.forward-headers-strategy} trusts it) and what it said it was.
 */
public record Client(String address, String userAgent) {

	static final int LONGEST_USER_AGENT = 300;

	public static Client of(HttpServletRequest request) {
		String userAgent = request.getHeader("User-Agent");
		return new Client(request.getRemoteAddr(), (userAgent == null || userAgent.length() <= LONGEST_USER_AGENT)
				? userAgent : userAgent.substring(0, LONGEST_USER_AGENT));
	}

}

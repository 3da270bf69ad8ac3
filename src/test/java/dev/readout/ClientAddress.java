package dev.readout;

import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Requests from a client address of their own: sign-in throttling and the audit trail's
 * refusals count per address, so tests that fail sign-ins or get refused use one no other
 * test uses (from the documentation ranges, RFC 5737).
 */
public final class ClientAddress {

	private ClientAddress() {
	}

	public static RequestPostProcessor from(String address) {
		return (request) -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

}

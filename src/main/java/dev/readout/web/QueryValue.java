package dev.readout.web;

import java.nio.charset.StandardCharsets;

import org.springframework.web.util.UriUtils;

/**
 * A query parameter's value written into a link.
 */
public final class QueryValue {

	private QueryValue() {
	}

	/**
	 * Encoded as a query parameter is, and its "+" too: left as it is, a server reads it
	 * back as a space ("C++" would come back as "C ").
	 */
	public static String encode(String value) {
		return UriUtils.encodeQueryParam(value, StandardCharsets.UTF_8).replace("+", "%2B");
	}

}

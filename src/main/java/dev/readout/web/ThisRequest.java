package dev.readout.web;

import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

/**
 * The address of the request being answered with one query parameter changed, relative to
 * the server: a link built from the Host header would carry whatever host a client
 * claims.
 */
public final class ThisRequest {

	private ThisRequest() {
	}

	/**
	 * This request's address with the parameter set to the value, encoded whole: a "+"
	 * left as it is would come back as a space.
	 */
	public static String with(String parameter, Object value) {
		return address().replaceQueryParam(parameter, UriUtils.encode(String.valueOf(value), StandardCharsets.UTF_8))
			.build(true)
			.toUriString();
	}

	/** This request's address without the parameter. */
	public static String without(String parameter) {
		return address().replaceQueryParam(parameter).build(true).toUriString();
	}

	private static UriComponentsBuilder address() {
		HttpServletRequest request = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes())
			.getRequest();
		return UriComponentsBuilder.fromPath(request.getRequestURI()).query(request.getQueryString());
	}

}

package dev.readout.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The address of the request being answered with one query parameter changed, relative to
 * the server: a link built from the Host header would carry whatever host a client
 * claims.
 */
public final class ThisRequest {

	private ThisRequest() {
	}

	/** This request's address with the parameter set to the value. */
	public static String with(String parameter, Object value) {
		return address().replaceQueryParam(parameter, QueryValue.encode(String.valueOf(value)))
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

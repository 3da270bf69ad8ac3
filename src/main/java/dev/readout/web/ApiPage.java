package dev.readout.web;

import java.nio.charset.StandardCharsets;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.data.domain.Slice;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

/**
 * One page of a JSON API list.
 *
 * @param next the address of the following page, or null on the last one
 */
public record ApiPage<T>(List<T> items,
		@Schema(description = "The following page; absent on the last page", nullable = true) String next) {

	/**
	 * The items of a numbered page; the next page's address is this request's with
	 * {@code page} moved on.
	 */
	public static <T> ApiPage<T> numbered(Slice<?> slice, List<T> items) {
		return new ApiPage<>(items, slice.hasNext() ? thisRequestWith("page", slice.getNumber() + 1) : null);
	}

	/**
	 * This request's address with one query parameter set to another value, relative to
	 * the server: a link built from the Host header would carry whatever host a client
	 * claims.
	 */
	public static String thisRequestWith(String parameter, Object value) {
		HttpServletRequest request = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes())
			.getRequest();
		return UriComponentsBuilder.fromPath(request.getRequestURI())
			.query(request.getQueryString())
			.replaceQueryParam(parameter, UriUtils.encodeQueryParam(String.valueOf(value), StandardCharsets.UTF_8))
			.build(true)
			.toUriString();
	}

}

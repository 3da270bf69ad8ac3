package dev.readout.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.servlet.autoconfigure.MultipartProperties;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * An upload larger than one may be is refused as such, 413 with the page that says so,
 * before anything reads it: past this point an oversized form would lose its fields, the
 * CSRF token among them, and be refused as a forgery instead.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadTooLarge extends OncePerRequestFilter {

	private final long largest;

	UploadTooLarge(MultipartProperties multipart) {
		this.largest = multipart.getMaxRequestSize().toBytes();
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String type = request.getContentType();
		return type == null || !type.startsWith("multipart/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (this.largest >= 0 && request.getContentLengthLong() > this.largest) {
			response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
			return;
		}
		chain.doFilter(request, response);
	}

}

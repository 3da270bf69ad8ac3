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
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * An upload larger than one may be is refused as such, 413 with the page that says so,
 * before anything reads it: past this point an oversized form would lose its fields, the
 * CSRF token among them, and be refused as a forgery instead.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadTooLarge extends OncePerRequestFilter {

	/** Articles and other files sent with a form. */
	static final DataSize LARGEST_FORM_UPLOAD = DataSize.ofMegabytes(10);

	/** Where a whole record archive is loaded, by an admin: up to the multipart limit. */
	private static final String ARCHIVE_UPLOAD = "/admin/import";

	private final long largestArchive;

	UploadTooLarge(MultipartProperties multipart) {
		this.largestArchive = multipart.getMaxRequestSize().toBytes();
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String type = request.getContentType();
		return type == null || !type.startsWith("multipart/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long largest = ARCHIVE_UPLOAD.equals(request.getRequestURI()) ? this.largestArchive
				: LARGEST_FORM_UPLOAD.toBytes();
		if (request.getContentLengthLong() < 0 && "chunked".equalsIgnoreCase(request.getHeader("Transfer-Encoding"))) {
			// Browsers say how long an upload is; one sent in chunks cannot be held to
			// a limit before it is read.
			response.sendError(HttpServletResponse.SC_LENGTH_REQUIRED);
			return;
		}
		if (request.getContentLengthLong() > largest) {
			response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
			return;
		}
		chain.doFilter(request, response);
	}

}

package dev.readout.timeline;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;

import dev.readout.database.UnreachableDatabase;
import dev.readout.cache.CacheSettings;
import dev.readout.cache.KeptWhileUnchanged;
import dev.readout.cache.WhileRecordUnchanged;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.util.DigestUtils;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * The timeline as anonymous readers get it, kept per address until the record changes.
 * Most of a timeline request's time is spent rendering its page (see
 * {@code bench/results/2026-11-23-2215-timeline-profile.md}), and a public timeline is
 * read far more often than the record changes. Only pages that depend on nothing but
 * their address are kept: no signed-in person, no session, no cookie set.
 */
@Component
@ConditionalOnBooleanProperty(name = CacheSettings.WHILE_RECORD_UNCHANGED, matchIfMissing = true)
class PublicTimelinePages extends OncePerRequestFilter {

	/**
	 * Bytes of pages kept, as rendered and gzipped: a page is about 110 KB, and 20 KB
	 * compressed, so about 190 pages: the first pages and common filters readers share. A
	 * page of a random cursor is seldom asked again; keeping more of them costs heap
	 * without hits (README, "Memory").
	 */
	static final long KEPT_BYTES = 24L * 1024 * 1024;

	private final WhileRecordUnchanged<String, Page> pages;

	private final LocaleResolver languages;

	PublicTimelinePages(KeptWhileUnchanged kept, LocaleResolver languages) {
		this.pages = kept.rendered("timeline-pages", KEPT_BYTES, Page::weight);
		this.languages = languages;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"GET".equals(request.getMethod()) || !"/".equals(request.getRequestURI())
				|| request.getRequestedSessionId() != null;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication reader = SecurityContextHolder.getContext().getAuthentication();
		if (reader != null && !(reader instanceof AnonymousAuthenticationToken)) {
			chain.doFilter(request, response);
			return;
		}
		WhileRecordUnchanged<String, Page>.Lookup lookup;
		try {
			// The language comes from the browser or a cookie as well as the address.
			lookup = this.pages
				.lookUp(this.languages.resolveLocale(request).toLanguageTag() + " " + request.getQueryString());
		}
		catch (DataAccessException ex) {
			if (!UnreachableDatabase.explains(ex)) {
				throw ex;
			}
			// Nothing can be kept or read: the page itself tells the reader (503).
			chain.doFilter(request, response);
			return;
		}
		if (lookup.value().isPresent()) {
			send(lookup.value().get(), request, response);
			return;
		}
		ContentCachingResponseWrapper rendering = new ContentCachingResponseWrapper(response);
		chain.doFilter(request, rendering);
		// Kept only if it depends on nothing but its address.
		if (rendering.getStatus() == HttpServletResponse.SC_OK && !rendering.containsHeader(HttpHeaders.SET_COOKIE)
				&& request.getSession(false) == null) {
			Page page = new Page(rendering.getContentAsByteArray(), rendering.getContentType(), rendering.getLocale());
			lookup.keep(page);
			revalidated(page, rendering);
		}
		rendering.copyBodyToResponse();
	}

	/**
	 * A kept page: "not modified" to a browser that holds it, compressed as it was kept
	 * to one that takes gzip, as it is to others.
	 */
	private static void send(Page page, HttpServletRequest request, HttpServletResponse response) throws IOException {
		revalidated(page, response);
		// Spring reads If-None-Match in every form it comes in (lists, weak tags).
		if (new ServletWebRequest(request, response).checkNotModified(page.etag())) {
			return;
		}
		response.setContentType(page.contentType());
		response.setLocale(page.locale());
		String accepted = request.getHeader(HttpHeaders.ACCEPT_ENCODING);
		byte[] body = page.body();
		if (accepted != null && accepted.contains("gzip")) {
			response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
			body = page.gzipped();
		}
		response.setContentLength(body.length);
		response.getOutputStream().write(body);
	}

	/**
	 * A kept page may be stored by the browser and asked for again with its tag, rather
	 * than never stored: it is public, and the same for every anonymous reader.
	 */
	private static void revalidated(Page page, HttpServletResponse response) {
		response.setHeader(HttpHeaders.ETAG, page.etag());
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
		response.setHeader(HttpHeaders.VARY, "Accept-Encoding, Accept-Language, Cookie");
	}

	/**
	 * A rendered page, its tag and the headers that say what it is; compressed once, when
	 * a reader who takes gzip first asks for it, so that a page asked for only once (a
	 * reader paging on) costs no compression.
	 */
	private static final class Page {

		private final byte[] body;

		private final String etag;

		private final String contentType;

		private final Locale locale;

		private volatile byte[] gzipped;

		private Page(byte[] body, String contentType, Locale locale) {
			this.body = body;
			// The tag only has to change when the page does; weak, as the page is sent
			// plain or gzipped under it.
			this.etag = "W/\"" + DigestUtils.md5DigestAsHex(body) + "\"";
			this.contentType = contentType;
			this.locale = locale;
		}

		/** The body and, once compressed, about a sixth of it again. */
		int weight() {
			return this.body.length + this.body.length / 6;
		}

		byte[] body() {
			return this.body;
		}

		String etag() {
			return this.etag;
		}

		String contentType() {
			return this.contentType;
		}

		Locale locale() {
			return this.locale;
		}

		/** Two readers may compress it at once; both get the same bytes. */
		byte[] gzipped() {
			byte[] compressed = this.gzipped;
			if (compressed == null) {
				ByteArrayOutputStream out = new ByteArrayOutputStream(this.body.length / 4);
				try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
					gzip.write(this.body);
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
				compressed = out.toByteArray();
				this.gzipped = compressed;
			}
			return compressed;
		}

	}

}

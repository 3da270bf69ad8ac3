package dev.readout.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A body sent to the JSON API is read up to 1 MiB and no further, declared length or not:
 * beyond it, reading fails and the request is refused with a problem document (400),
 * before a huge list of ids can fill the heap. Forms are bounded by Tomcat's limit on
 * posted forms.
 */
@Component
class ApiBodyLimit extends OncePerRequestFilter {

	static final int MAX_BYTES = 1024 * 1024;

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !request.getRequestURI().startsWith(request.getContextPath() + "/api/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		chain.doFilter(new LimitedBody(request), response);
	}

	private static final class LimitedBody extends HttpServletRequestWrapper {

		LimitedBody(HttpServletRequest request) {
			super(request);
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			if (getContentLengthLong() > MAX_BYTES) {
				throw tooLarge();
			}
			ServletInputStream body = super.getInputStream();
			return new ServletInputStream() {

				private long read;

				@Override
				public int read() throws IOException {
					int next = body.read();
					count((next >= 0) ? 1 : 0);
					return next;
				}

				@Override
				public int read(byte[] buffer, int offset, int length) throws IOException {
					int count = body.read(buffer, offset, length);
					count(Math.max(count, 0));
					return count;
				}

				private void count(int bytes) throws IOException {
					this.read += bytes;
					if (this.read > MAX_BYTES) {
						throw tooLarge();
					}
				}

				@Override
				public boolean isFinished() {
					return body.isFinished();
				}

				@Override
				public boolean isReady() {
					return body.isReady();
				}

				@Override
				public void setReadListener(ReadListener listener) {
					body.setReadListener(listener);
				}

			};
		}

		private static IOException tooLarge() {
			return new IOException("The request body is larger than " + MAX_BYTES + " bytes");
		}

	}

}

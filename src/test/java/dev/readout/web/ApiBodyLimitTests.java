package dev.readout.web;

import java.io.IOException;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIOException;

/**
 * A body sent to the API is read up to 1 MiB, whatever length it declares, so that a huge
 * body cannot fill the heap; forms and pages are not its business.
 */
class ApiBodyLimitTests {

	private final ApiBodyLimit limit = new ApiBodyLimit();

	@Test
	void readsABodyUpToTheLimit() throws Exception {
		byte[] read = readThroughTheFilter(request("/api/v1/meetings", ApiBodyLimit.MAX_BYTES, ApiBodyLimit.MAX_BYTES));

		assertThat(read).hasSize(ApiBodyLimit.MAX_BYTES);
	}

	@Test
	void stopsReadingABodyThatGoesBeyondTheLimitWithoutSayingSo() {
		MockHttpServletRequest chunked = request("/api/v1/meetings", ApiBodyLimit.MAX_BYTES + 1, -1);

		assertThatIOException().isThrownBy(() -> readThroughTheFilter(chunked))
			.withMessageContaining(Integer.toString(ApiBodyLimit.MAX_BYTES));
	}

	@Test
	void refusesABodyThatDeclaresMoreThanTheLimitBeforeReadingIt() {
		MockHttpServletRequest declared = request("/api/v1/meetings", 10, ApiBodyLimit.MAX_BYTES + 1);

		assertThatIOException().isThrownBy(() -> readThroughTheFilter(declared));
	}

	@Test
	void leavesFormsAndPagesToTheirOwnLimits() throws Exception {
		byte[] read = readThroughTheFilter(request("/meetings/new", ApiBodyLimit.MAX_BYTES + 1, -1));

		assertThat(read).hasSize(ApiBodyLimit.MAX_BYTES + 1);
	}

	private byte[] readThroughTheFilter(MockHttpServletRequest request) throws Exception {
		byte[][] read = new byte[1][];
		MockFilterChain chain = new MockFilterChain() {

			@Override
			public void doFilter(ServletRequest passed, ServletResponse response) throws IOException {
				read[0] = passed.getInputStream().readAllBytes();
			}

		};
		this.limit.doFilter(request, new MockHttpServletResponse(), chain);
		return read[0];
	}

	/**
	 * A request with a body of this many bytes, declaring this length (-1 for none, as
	 * when the body is sent in chunks).
	 */
	private static MockHttpServletRequest request(String uri, int bytes, long declaredLength) {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", uri) {

			@Override
			public long getContentLengthLong() {
				return declaredLength;
			}

		};
		request.setContent(new byte[bytes]);
		return request;
	}

}

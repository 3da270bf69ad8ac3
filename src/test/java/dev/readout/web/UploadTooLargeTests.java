package dev.readout.web;

import dev.readout.PageTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static dev.readout.SignedIn.admin;
import static org.assertj.core.api.Assertions.assertThat;

/** An upload larger than allowed is answered "too large", not as a forgery or a fault. */
@PageTest
class UploadTooLargeTests {

	@Autowired
	MockMvcTester mvc;

	@Test
	void refusesAnUploadOverTenMegabytesAsTooLarge() {
		byte[] eleven = new byte[11 * 1024 * 1024];
		assertThat(this.mvc.post()
			.uri("/admin/import/historian")
			.with(admin())
			.contentType("multipart/form-data; boundary=upload")
			.content(eleven)).hasStatus(413);
	}

	@Test
	void letsAnUploadWithinTheLimitThrough() {
		// Read and refused by the form's own rules (no CSRF token here), not for its
		// size.
		assertThat(this.mvc.post()
			.uri("/admin/import/historian")
			.with(admin())
			.contentType("multipart/form-data; boundary=upload")
			.content(new byte[1024])).hasStatus(403);
	}

}

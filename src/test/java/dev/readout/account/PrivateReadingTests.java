package dev.readout.account;

import dev.readout.SeededRecord;
import dev.readout.PageTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/** A desk that keeps its record private: every page needs sign-in. */
@PageTest
@TestPropertySource(properties = "readout.security.public-read=false")
class PrivateReadingTests {

	@Autowired
	SeededRecord seeded;

	@Autowired
	MockMvcTester mvc;

	@Test
	void sendsAnonymousVisitorsToSignIn() {
		assertThat(this.mvc.get().uri("/")).hasStatus(302).redirectedUrl().endsWith("/login");
		assertThat(this.mvc.get().uri(this.seeded.address("/meetings/{xiMeeting}"))).hasStatus(302)
			.redirectedUrl()
			.endsWith("/login");
		assertThat(this.mvc.get().uri("/login")).hasStatusOk();
	}

	@Test
	void letsAViewerRead() {
		assertThat(
				this.mvc.get().uri(this.seeded.address("/meetings/{xiMeeting}")).with(user("reader").roles("VIEWER")))
			.hasStatusOk();
	}

}

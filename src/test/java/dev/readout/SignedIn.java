package dev.readout;

import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Requests made as a signed-in person of each role; the usernames are what the audit
 * trail records.
 */
public final class SignedIn {

	private SignedIn() {
	}

	public static RequestPostProcessor viewer() {
		return user("viewer1").roles("VIEWER");
	}

	public static RequestPostProcessor analyst() {
		return user("analyst1").roles("ANALYST");
	}

	public static RequestPostProcessor admin() {
		return user("admin1").roles("ADMIN");
	}

	/**
	 * An API token for the account, created on its account page as its holder would and
	 * read off the page that shows it once. The account must exist.
	 */
	public static String apiToken(MockMvcTester mvc, String username) {
		MvcTestResult issued = mvc.post()
			.uri("/account/api-tokens")
			.with(user(username).roles("ANALYST"))
			.with(csrf())
			.param("name", "nightly import")
			.exchange();
		assertThat(issued).hasStatus(302);
		return (String) issued.getMvcResult().getFlashMap().get("issuedToken");
	}

}

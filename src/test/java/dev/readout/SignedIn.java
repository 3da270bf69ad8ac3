package dev.readout;

import org.springframework.test.web.servlet.request.RequestPostProcessor;

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

}

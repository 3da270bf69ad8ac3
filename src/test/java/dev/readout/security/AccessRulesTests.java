package dev.readout.security;

import dev.readout.PageTest;
import dev.readout.SeededRecord;
import dev.readout.SignedIn;
import dev.readout.account.Account;
import dev.readout.account.AccountRepository;
import dev.readout.account.Role;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;

import static dev.readout.SignedIn.admin;
import static dev.readout.SignedIn.analyst;
import static dev.readout.SignedIn.viewer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Who may do what, in one place: anyone reads the record; editing pages and histories are
 * for signed-in people; analysts change the record; admins run the application. The API
 * is signed into with a token only, and a token never signs in a page.
 */
@PageTest
@Transactional
class AccessRulesTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	SeededRecord seeded;

	@Autowired
	AccountRepository accounts;

	@Test
	void anyoneReadsTheRecordButEditingPagesAndHistoriesAskWhoIsThere() {
		String meeting = "/meetings/" + this.seeded.xiMeeting();
		assertThat(this.mvc.get().uri(meeting)).hasStatusOk();
		assertThat(this.mvc.get().uri("/search?q=fentanyl")).hasStatusOk();
		assertThat(this.mvc.get().uri(meeting + "/summary.pdf")).hasStatusOk();

		for (String page : new String[] { "/meetings/new", meeting + "/edit", meeting + "/history" }) {
			assertThat(this.mvc.get().uri(page)).as(page).hasStatus(302).hasRedirectedUrl("/login");
		}
	}

	@Test
	void aViewerReadsHistoriesButIsShownNoForm() {
		String meeting = "/meetings/" + this.seeded.xiMeeting();
		assertThat(this.mvc.get().uri(meeting + "/history").with(viewer())).hasStatusOk();
		assertThat(this.mvc.get().uri(meeting + "/edit").with(viewer())).hasStatus(403);
		assertThat(this.mvc.get().uri("/meetings/new").with(viewer())).hasStatus(403);
		assertThat(this.mvc.post().uri("/meetings").with(viewer()).with(csrf()).param("title", "Talks")).hasStatus(403);
	}

	@Test
	void analystsChangeTheRecordAndAdminsRunTheApplication() {
		assertThat(this.mvc.get().uri("/meetings/new").with(analyst())).hasStatusOk();
		assertThat(this.mvc.get().uri("/admin/import/historian").with(analyst())).as("the Historian's records")
			.hasStatusOk();
		for (String page : new String[] { "/admin/accounts", "/admin/audit", "/admin/deleted", "/admin/import",
				"/actuator/metrics" }) {
			assertThat(this.mvc.get().uri(page).with(analyst())).as(page).hasStatus(403);
			assertThat(this.mvc.get().uri(page).with(admin())).as(page).hasStatusOk();
		}
	}

	@Test
	void aChangeWithoutTheFormsTokenIsRefusedEvenFromAnAnalyst() {
		assertThat(this.mvc.post().uri("/meetings").with(analyst()).param("title", "Talks")).hasStatus(403);
	}

	@Test
	void anApiTokenSignsInTheApiAndNothingElse() {
		this.accounts.save(new Account("script-analyst", "Script Analyst", "{noop}unused", Role.ANALYST));
		String token = SignedIn.apiToken(this.mvc, "script-analyst");

		MvcTestResult api = this.mvc.get()
			.uri("/api/v1/meetings/{id}", this.seeded.xiMeeting())
			.header(HttpHeaders.AUTHORIZATION, "bearer " + token)
			.exchange();
		assertThat(api).as("the scheme's name in any case").hasStatusOk();
		assertThat(api).as("no session for a script").doesNotContainHeader(HttpHeaders.SET_COOKIE);

		assertThat(this.mvc.get().uri("/meetings/new").header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
			.as("a page is not signed in by a token")
			.hasStatus(302)
			.hasRedirectedUrl("/login");
	}

	@Test
	void theApiRefusesWithAProblemDocumentNeverASignInPage() {
		MvcTestResult unknownToken = this.mvc.get()
			.uri("/api/v1/meetings/{id}", this.seeded.xiMeeting())
			.header(HttpHeaders.AUTHORIZATION, "Bearer readout_not-a-token")
			.exchange();
		assertThat(unknownToken).as("a wrong token is refused, not read as anonymous")
			.hasStatus(401)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);

		MvcTestResult anonymousWrite = this.mvc.post()
			.uri("/api/v1/meetings/{id}/readouts", this.seeded.xiMeeting())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{}")
			.exchange();
		assertThat(anonymousWrite).hasStatus(401).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
	}

}

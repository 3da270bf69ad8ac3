package dev.readout.account;

import dev.readout.SeededRecord;
import java.util.Map;
import java.util.stream.Stream;

import dev.readout.PageTest;
import dev.readout.meeting.Meeting;
import dev.readout.meeting.MeetingFormat;
import dev.readout.meeting.MeetingLevel;
import dev.readout.meeting.MeetingRepository;
import dev.readout.meeting.MeetingStatus;
import dev.readout.readout.Readout;
import dev.readout.readout.ReadoutRepository;
import dev.readout.vocabulary.PartialDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;

import static dev.readout.SignedIn.analyst;
import static dev.readout.SignedIn.admin;
import static dev.readout.SignedIn.viewer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Who may do what: every kind of page and write, for each role and for an anonymous
 * visitor.
 */
@PageTest
@Transactional
class AccessRulesTests {

	@Autowired
	SeededRecord seeded;

	private static final String SIGN_IN = "sign-in";

	/**
	 * Saved by each role in turn: the second and later knowingly, as a further readout.
	 */
	private static final Map<String, String> VALID_READOUT = Map.of("side", "CN", "issuingBody", "MFA", "title",
			"A readout", "secondReadout", "true");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	AccountRepository accounts;

	@Autowired
	MeetingRepository meetings;

	@Autowired
	ReadoutRepository readouts;

	static Stream<Arguments> rules() {
		// method, path, then what an anonymous visitor, viewer, analyst and admin get
		return Stream.of(Arguments.of("GET", "/", 200, 200, 200, 200),
				Arguments.of("GET", "/meetings/{xiMeeting}", 200, 200, 200, 200),
				Arguments.of("GET", "/officials/{wangYi}", 200, 200, 200, 200),
				Arguments.of("GET", "/meetings/{xiMeeting}/history", SIGN_IN, 200, 200, 200),
				Arguments.of("GET", "/readouts/{usReadoutOfQinGangTalks}/history", SIGN_IN, 200, 200, 200),
				Arguments.of("GET", "/account", SIGN_IN, 200, 200, 200),
				Arguments.of("GET", "/meetings/{xiMeeting}/readouts/new", SIGN_IN, 403, 200, 200),
				Arguments.of("POST", "/meetings/{xiMeeting}/readouts", SIGN_IN, 403, 302, 302),
				Arguments.of("GET", "/readouts/{usReadoutOfQinGangTalks}/edit", SIGN_IN, 403, 200, 200),
				// Posted without the version it started from, so sent back to the form.
				Arguments.of("POST", "/readouts/{usReadoutOfQinGangTalks}", SIGN_IN, 403, 302, 302),
				Arguments.of("GET", "/readouts/{usReadoutOfQinGangTalks}/delete", SIGN_IN, 403, 200, 200),
				Arguments.of("POST", "/readouts/{fresh}/delete", SIGN_IN, 403, 302, 302),
				Arguments.of("GET", "/meetings/new", SIGN_IN, 403, 200, 200),
				Arguments.of("GET", "/officials/new", SIGN_IN, 403, 200, 200),
				Arguments.of("GET", "/sources", 200, 200, 200, 200),
				Arguments.of("GET", "/agreements", 200, 200, 200, 200),
				Arguments.of("GET", "/search?q=taiwan", 200, 200, 200, 200),
				Arguments.of("GET", "/meetings/{wangYiMeeting}/compare", 200, 200, 200, 200),
				Arguments.of("GET", "/channels", 200, 200, 200, 200),
				Arguments.of("GET", "/channels/{defenceChannel}/status", SIGN_IN, 403, 200, 200),
				Arguments.of("GET", "/sources/new", SIGN_IN, 403, 200, 200),
				Arguments.of("GET", "/sources/{wangYiReport}/edit", SIGN_IN, 403, 200, 200),
				Arguments.of("GET", "/officials/{qinGang}/edit", SIGN_IN, 403, 200, 200),
				Arguments.of("GET", "/meetings/{xiMeeting}/edit", SIGN_IN, 403, 200, 200),
				Arguments.of("GET", "/meetings/{xiMeeting}/delete", SIGN_IN, 403, 200, 200),
				Arguments.of("GET", "/meetings/{xiMeeting}/agreements/new", SIGN_IN, 403, 200, 200),
				Arguments.of("GET", "/agreements/{flightsAgreement}/status", SIGN_IN, 403, 200, 200),
				// Posting the readout's fields to other forms is refused as input (200,
				// errors shown) once allowed.
				Arguments.of("POST", "/meetings", SIGN_IN, 403, 200, 200),
				Arguments.of("POST", "/meetings/{xiMeeting}", SIGN_IN, 403, 200, 200),
				Arguments.of("POST", "/meetings/{freshMeeting}/delete", SIGN_IN, 403, 302, 302),
				Arguments.of("POST", "/meetings/{xiMeeting}/agreements", SIGN_IN, 403, 200, 200),
				Arguments.of("POST", "/agreements/{flightsAgreement}/status", SIGN_IN, 403, 200, 200),
				Arguments.of("POST", "/officials", SIGN_IN, 403, 200, 200),
				Arguments.of("POST", "/officials/{qinGang}", SIGN_IN, 403, 200, 200),
				Arguments.of("POST", "/sources", SIGN_IN, 403, 200, 200),
				Arguments.of("POST", "/sources/{wangYiReport}/independent-of/{arrivalReport}", SIGN_IN, 403, 302, 302),
				Arguments.of("POST", "/sources/{wangYiReport}", SIGN_IN, 403, 200, 200),
				Arguments.of("POST", "/account/password", SIGN_IN, 200, 200, 200),
				// Nothing is deleted, so an admin, who may restore, is told there is
				// nothing to restore.
				Arguments.of("POST", "/admin/deleted/readouts/{usReadoutOfQinGangTalks}/restore", SIGN_IN, 403, 403,
						404),
				Arguments.of("POST", "/admin/deleted/meetings/{xiMeeting}/restore", SIGN_IN, 403, 403, 404),
				Arguments.of("GET", "/record.json", 200, 200, 200, 200),
				Arguments.of("GET", "/admin/import", SIGN_IN, 403, 403, 200),
				Arguments.of("GET", "/admin/accounts", SIGN_IN, 403, 403, 200),
				Arguments.of("POST", "/admin/accounts", SIGN_IN, 403, 403, 200),
				Arguments.of("GET", "/admin/deleted", SIGN_IN, 403, 403, 200),
				Arguments.of("GET", "/admin/audit", SIGN_IN, 403, 403, 200));
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("rules")
	void answersEachRoleAsItMust(String method, String path, Object anonymous, Object viewer, Object analyst,
			Object admin) {
		for (Role role : Role.values()) {
			// These accounts never sign in here, so their hash need not cost a bcrypt
			// round.
			this.accounts.save(new Account(role.name().toLowerCase() + "1", role.name(), "{noop}unused", role));
		}
		assertAnswer(request(method, path), anonymous);
		assertAnswer(request(method, path).with(viewer()), viewer);
		assertAnswer(request(method, path).with(analyst()), analyst);
		assertAnswer(request(method, path).with(admin()), admin);
	}

	@Test
	void refusesAFormPostedWithoutItsCsrfToken() {
		var post = this.mvc.post().uri(this.seeded.address("/meetings/{xiMeeting}/readouts")).with(analyst());
		VALID_READOUT.forEach(post::param);
		assertThat(post).hasStatus(403);
	}

	@Test
	void sendsTheSecurityHeadersOnEveryPage() {
		MvcTestResult page = this.mvc.get().uri(this.seeded.address("/meetings/{xiMeeting}")).exchange();
		assertThat(page).hasStatusOk();
		assertThat(page.getResponse().getHeader("Content-Security-Policy"))
			.contains("default-src 'self'", "frame-ancestors 'none'")
			.doesNotContain("unsafe-inline");
		assertThat(page.getResponse().getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(page.getResponse().getHeader("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
		assertThat(page.getResponse().getHeader("X-Frame-Options")).isEqualTo("DENY");
	}

	/**
	 * A path with {fresh} gets a readout of its own for each request, as a delete can
	 * happen only once.
	 */
	private MockMvcTester.MockMvcRequestBuilder request(String method, String path) {
		String uri = this.seeded.address(path.replace("{fresh}", String.valueOf(freshReadout()))
			.replace("{freshMeeting}", String.valueOf(freshMeeting())));
		var request = this.mvc.method(HttpMethod.valueOf(method)).uri(uri);
		if (method.equals("POST")) {
			request.with(csrf());
			VALID_READOUT.forEach(request::param);
		}
		return request;
	}

	private long freshReadout() {
		Readout readout = new Readout(this.meetings.getReferenceById(3L), "US", "Department of State", null,
				"To be deleted", null);
		return this.readouts.saveAndFlush(readout).getId();
	}

	private long freshMeeting() {
		Meeting meeting = new Meeting("To be deleted", PartialDate.year(2024), MeetingFormat.PHONE_CALL,
				MeetingStatus.HELD, MeetingLevel.WORKING_LEVEL);
		return this.meetings.saveAndFlush(meeting).getId();
	}

	private static void assertAnswer(MockMvcTester.MockMvcRequestBuilder request, Object expected) {
		MvcTestResult result = request.exchange();
		if (SIGN_IN.equals(expected)) {
			assertThat(result).hasStatus(302).redirectedUrl().endsWith("/login");
		}
		else {
			assertThat(result).hasStatus((Integer) expected);
		}
	}

}

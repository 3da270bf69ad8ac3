package dev.readout;

import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static dev.readout.SignedIn.analyst;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Markup typed into any form is shown as text, never run, and Chinese text comes back as
 * typed.
 */
@PageTest
@Transactional
class EscapingTests {

	@Autowired
	SeededRecord seeded;

	private static final String HOSTILE = "<script>alert('x')</script><img src=x onerror=alert(1)> 王毅 & 习近平";

	@Autowired
	MockMvcTester mvc;

	static Stream<Arguments> forms() {
		return Stream.of(
				Arguments.of("/meetings",
						form("title", HOSTILE, "date", "2023-07", "format", "IN_PERSON", "status", "HELD", "level",
								"MINISTERS", "summary", HOSTILE, "venue", HOSTILE, "occasion", HOSTILE),
						"/"),
				Arguments.of("/officials",
						form("fullName", HOSTILE, "nativeName", "王毅<b>", "country", "CN", "positions[0].title",
								HOSTILE),
						"/officials"),
				Arguments.of("/sources", form("label", HOSTILE, "publisher", HOSTILE), "/sources"),
				Arguments.of(
						"/meetings/{xiMeeting}/agreements", form("description", HOSTILE, "firstStatus.status", "AGREED",
								"firstStatus.changedOn", "2023-06-19", "firstStatus.note", HOSTILE),
						"/meetings/{xiMeeting}"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("forms")
	void showsWhatWasTypedAsTextAndNeverAsMarkup(String action, MultiValueMap<String, String> form, String page) {
		var saved = this.mvc.post()
			.uri(this.seeded.address(action))
			.with(csrf())
			.with(analyst())
			.params(form)
			.exchange();
		assertThat(saved).hasStatus(302);
		String location = saved.getResponse().getRedirectedUrl().replaceFirst("#.*", "");

		for (String uri : new String[] { page, location }) {
			var result = this.mvc.get().uri(this.seeded.address(uri)).exchange();
			assertThat(result).hasStatusOk();
			String html = new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
			assertThat(html).as(uri).doesNotContain("<script>alert", "<img src=x", "<b>");
			assertThat(Pages.parse(result).text()).as(uri).contains(HOSTILE.substring(0, 40));
		}
	}

	private static MultiValueMap<String, String> form(String... namesAndValues) {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			form.set(namesAndValues[i], namesAndValues[i + 1]);
		}
		return form;
	}

}

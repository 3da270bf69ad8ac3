package dev.readout;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static dev.readout.SignedIn.admin;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every query parameter of every page, export and API list, given each value of the
 * {@link BadInput} corpus in turn: links are shared and edited by hand, so whatever they
 * hold, the answer is a page, a message or a refusal, never a server error.
 */
@PageTest
class BadQueryTests {

	private static final List<String> VALUES = BadInput.values(3);

	/** Each address with the parameters it reads. */
	static List<Map.Entry<String, List<String>>> addresses() {
		List<String> timeline = List.of("from", "to", "official", "side", "level", "format", "status", "topic", "visit",
				"channel", "q", "order", "view", "after", "lanes", "lang");
		return List.of(Map.entry("/", timeline), Map.entry("/timeline.csv", timeline),
				Map.entry("/timeline.ics", List.of("from", "q", "level")),
				Map.entry("/timeline.json", List.of("to", "side", "after")), Map.entry("/search", List.of("q", "lang")),
				Map.entry("/agreements", List.of("status", "topic")), Map.entry("/sources", List.of("page", "q")),
				Map.entry("/officials", List.of("page", "q")),
				Map.entry("/admin/audit",
						List.of("actor", "action", "subjectType", "subjectId", "from", "to", "before")),
				Map.entry("/api/v1/meetings", List.of("from", "level", "size", "after")),
				Map.entry("/api/v1/sources", List.of("page", "size")), Map.entry("/api/v1/officials", List.of("page")),
				Map.entry("/api/v1/agreements", List.of("status", "topic")), Map.entry("/api/v1/search", List.of("q")));
	}

	@Autowired
	MockMvcTester mvc;

	@ParameterizedTest(name = "{0}")
	@MethodSource("addresses")
	void answersEveryBadValueOfEveryParameterWithoutAServerError(Map.Entry<String, List<String>> address) {
		for (String parameter : address.getValue()) {
			for (String value : VALUES) {
				String described = address.getKey() + "?" + parameter + "=" + BadInput.describe(value);
				MvcTestResult answer = this.mvc.get()
					.uri(address.getKey())
					.param(parameter, value)
					.with(admin())
					.exchange();
				if (answer.getUnresolvedException() != null) {
					throw new AssertionError("Server error for " + described, answer.getUnresolvedException());
				}
				assertThat(answer.getResponse().getStatus()).as(described).isLessThan(500);
			}
		}
	}

}

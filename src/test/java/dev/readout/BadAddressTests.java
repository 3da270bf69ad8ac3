package dev.readout;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static dev.readout.SignedIn.admin;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every address that names a record, with a name that is no record's: a word, a negative
 * or zero id, one beyond any number the database holds. The answer is "not found" or "bad
 * request", never a server error, for the pages and for the API.
 */
@PageTest
class BadAddressTests {

	static final List<String> ADDRESSES = List.of("/meetings/%s", "/meetings/%s/edit", "/meetings/%s/compare",
			"/meetings/%s/history", "/meetings/%s/summary.pdf", "/meetings/%s/readouts/new",
			"/meetings/%s/agreements/new", "/meetings/%s/delete", "/readouts/%s/edit", "/readouts/%s/history",
			"/readouts/%s/delete", "/agreements/%s/status", "/channels/%s/status", "/officials/%s",
			"/officials/%s/edit", "/sources/%s", "/sources/%s/edit", "/visits/%s", "/visits/%s/summary.pdf",
			"/api/v1/meetings/%s", "/api/v1/readouts/%s", "/api/v1/officials/%s", "/api/v1/sources/%s",
			"/api/v1/meetings/%s/readouts");

	static final List<String> NAMES = List.of("blinken", "-1", "0", "99999999999999999999", "1.5", "%20", "null");

	@Autowired
	MockMvcTester mvc;

	@ParameterizedTest(name = "{0}")
	@FieldSource("ADDRESSES")
	void answersANameThatIsNoRecordsWithNotFoundOrBadRequest(String address) {
		for (String name : NAMES) {
			String uri = address.formatted(name);
			MvcTestResult answer = this.mvc.get().uri(uri).with(admin()).exchange();
			if (answer.getUnresolvedException() != null) {
				throw new AssertionError("Server error for " + uri, answer.getUnresolvedException());
			}
			assertThat(answer.getResponse().getStatus()).as(uri).isIn(400, 404);
		}
	}

}

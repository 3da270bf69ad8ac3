package dev.readout.web;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The version an API change was made from: only one of Readout's own tags names one; a
 * change without a tag is never applied blindly.
 */
class IfMatchTests {

	@Test
	void readsTheVersionFromOneOfReadoutsOwnTags() {
		assertThat(IfMatch.version("\"3\"")).isEqualTo(3);
		assertThat(IfMatch.version("  \"12\" ")).isEqualTo(12);
	}

	@Test
	void takesAStarForWhateverVersionIsCurrent() {
		assertThat(IfMatch.version("*")).isNull();
	}

	@Test
	void asksForAVersionWhenTheChangeNamesNone() {
		for (String missing : new String[] { null, "", "   " }) {
			assertThatExceptionOfType(ErrorResponseException.class).isThrownBy(() -> IfMatch.version(missing))
				.satisfies(refusal -> {
					assertThat(refusal.getStatusCode()).isEqualTo(HttpStatus.PRECONDITION_REQUIRED);
					assertThat(refusal.getDetailMessageCode()).isEqualTo("api.problem.versionRequired");
				});
		}
	}

	@Test
	void refusesATagThatNamesNoVersionOfReadouts() {
		for (String foreign : new String[] { "W/\"3\"", "3", "\"three\"", "\"-1\"", "\"1234567890\"",
				"\"3\", \"4\"" }) {
			assertThatExceptionOfType(ErrorResponseException.class).as(foreign)
				.isThrownBy(() -> IfMatch.version(foreign))
				.satisfies(refusal -> {
					assertThat(refusal.getStatusCode()).isEqualTo(HttpStatus.PRECONDITION_FAILED);
					assertThat(refusal.getDetailMessageCode()).isEqualTo("api.problem.unknownVersion");
					assertThat(refusal.getDetailMessageArguments()).containsExactly(foreign.strip());
				});
		}
	}

	@Test
	void answersAStaleChangeWithTheVersionNowOnRecord() {
		ErrorResponseException stale = IfMatch.stale(2, 5);

		assertThat(stale.getStatusCode()).isEqualTo(HttpStatus.PRECONDITION_FAILED);
		assertThat(stale.getHeaders().getETag()).isEqualTo("\"5\"");
		assertThat(stale.getDetailMessageArguments()).containsExactly("\"2\"");
	}

}

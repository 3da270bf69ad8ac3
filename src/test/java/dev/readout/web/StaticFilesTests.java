package dev.readout.web;

import dev.readout.PageTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/** Every file a page links to is served, to anyone. */
@PageTest
class StaticFilesTests {

	@Autowired
	MockMvcTester mvc;

	@ParameterizedTest
	@ValueSource(
			strings = { "/css/readout.css", "/js/readout.js", "/favicon.svg", "/webjars/htmx.org/dist/htmx.min.js" })
	void servesWhatPagesLinkTo(String path) {
		assertThat(this.mvc.get().uri(path)).hasStatusOk();
	}

}

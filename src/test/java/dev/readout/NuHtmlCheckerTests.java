package dev.readout;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NuHtmlCheckerTests {

	@Test
	void acceptsAValidPageAndReportsAnInvalidOne() {
		assertThat(NuHtmlChecker
			.errors("<!DOCTYPE html><html lang=en><head><title>t</title></head><body><p>x</p></body></html>"))
			.isEmpty();
		assertThat(NuHtmlChecker
			.errors("<!DOCTYPE html><html lang=en><head><title>t</title></head><body><ul><p>x</p></ul></body></html>"))
			.singleElement()
			.asString()
			.contains("Element “p” not allowed as child of element “ul”");
	}

}

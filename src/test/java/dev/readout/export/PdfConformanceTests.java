package dev.readout.export;

import dev.readout.SeededRecord;
import java.io.ByteArrayInputStream;
import java.util.List;

import dev.readout.PageTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/** The summaries claim PDF/A-2u; veraPDF, the reference validator, checks the claim. */
@PageTest
class PdfConformanceTests {

	@Autowired
	SeededRecord seeded;

	@Autowired
	MockMvcTester mvc;

	@BeforeAll
	static void startVeraPdf() {
		VeraGreenfieldFoundryProvider.initialise();
	}

	@ParameterizedTest
	@ValueSource(strings = { "/meetings/{xiMeeting}/summary.pdf", "/meetings/{wangYiMeeting}/summary.pdf",
			"/visits/{beijingVisit}/summary.pdf" })
	void conformsToPdfA2u(String uri) throws Exception {
		MvcTestResult result = this.mvc.get().uri(this.seeded.address(uri)).exchange();
		assertThat(result).hasStatusOk();
		try (PDFAParser parser = Foundries.defaultInstance()
			.createParser(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()), PDFAFlavour.PDFA_2_U);
				PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_2_U, false)) {
			ValidationResult validation = validator.validate(parser);
			List<String> failures = validation.getTestAssertions()
				.stream()
				.filter(assertion -> assertion.getStatus() == TestAssertion.Status.FAILED)
				.map(assertion -> assertion.getRuleId() + " " + assertion.getMessage())
				.distinct()
				.toList();
			assertThat(failures).isEmpty();
			assertThat(validation.isCompliant()).isTrue();
		}
	}

}

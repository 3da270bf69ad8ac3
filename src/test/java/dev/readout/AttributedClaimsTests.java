package dev.readout;

import java.io.IOException;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static dev.readout.ApiContract.conforms;
import static dev.readout.SignedIn.analyst;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Claims keep the attribution their source gives them (the corrected sheet: "as Blinken
 * told the media", "the US has said", "according to a transcript"), as data shown
 * wherever the claim is: the meeting page, the agreements, the PDF and the API (the
 * channels in {@code ChannelPageTests}).
 */
@PageTest
@Transactional
class AttributedClaimsTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SeededRecord seeded;

	@Test
	void theXiMeetingsAgreementsSayWhoseClaimsTheyAre() {
		Document page = Pages.get(this.mvc, "/meetings/" + this.seeded.xiMeeting());

		assertThat(agreement(page, "Resume military-to-military communication")).contains("as Blinken told the media");
		assertThat(agreement(page, "Resume the agenda of understandings"))
			.contains("by Xi Jinping's account, in a transcript");
		assertThat(Pages.get(this.mvc, "/agreements").text()).contains("as Blinken told the media");
	}

	@Test
	void theSummaryPdfAttributesTheClaimsToo() throws IOException {
		MvcTestResult result = this.mvc.get().uri("/meetings/" + this.seeded.xiMeeting() + "/summary.pdf").exchange();
		try (PDDocument pdf = Loader.loadPDF(result.getResponse().getContentAsByteArray())) {
			assertThat(new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ")).contains("as Blinken told the media",
					"by Xi Jinping's account, in a transcript");
		}
	}

	@Test
	void theApiGivesTheClaimAsData() {
		MvcTestResult agreements = conforms(this.mvc,
				this.mvc.get().uri("/api/v1/agreements?status=DECLINED").exchange());
		String declined = "$[?(@.description == 'Resume military-to-military communication')].history[-1].claim";
		assertThat(agreements).bodyJson().extractingPath(declined + ".claimedBy").asArray().containsExactly("Blinken");
		assertThat(agreements).bodyJson().extractingPath(declined + ".claimedIn").asArray().containsExactly("REMARKS");
	}

	@Test
	void anAnalystRecordsWhoseClaimAStatusChangeIsAndTheMeetingPageSaysSo() {
		long flights = this.seeded.flightsAgreement();
		MvcTestResult saved = changeStatus(flights, "Wang Yi", "SPOKESPERSON");

		assertThat(saved).hasStatus(302);
		assertThat(Pages.get(this.mvc, "/meetings/" + this.seeded.qinGangTalks())
			.getElementById("agreement-" + flights)
			.text()).contains("as a spokesperson for Wang Yi said");
	}

	@Test
	void aSummaryCanBeSomeonesClaimAndThePageAndTheApiSaySo() {
		String meeting = "/meetings/" + this.seeded.munichMeeting();
		MultiValueMap<String, String> form = Pages.formValues(
				Pages.get(this.mvc.get().uri(meeting + "/edit").with(analyst())).selectFirst("main form[method=post]"));
		form.set("summaryClaim.claimedBy", "Wang Yi");
		form.set("summaryClaim.claimedIn", "SPOKESPERSON");

		assertThat(this.mvc.post().uri(meeting).with(csrf()).with(analyst()).params(form)).hasStatus(302);

		assertThat(Pages.get(this.mvc, meeting).select("[aria-labelledby=summary-heading]").text())
			.contains("as a spokesperson for Wang Yi said");
		assertThat(conforms(this.mvc, this.mvc.get().uri("/api/v1" + meeting).exchange())).bodyJson()
			.extractingPath("$.summaryClaim.claimedBy")
			.isEqualTo("Wang Yi");
	}

	@Test
	void aKindOfStatementWithNobodyWhoMadeItIsRefusedNextToTheFieldAndSavesNothing() {
		long flights = this.seeded.flightsAgreement();
		int changes = changes(flights);

		Document page = Pages.parse(changeStatus(flights, "", "REMARKS"));

		assertThat(page.getElementById("claim-claimedBy").closest(".field").text())
			.contains("Say whose claim it is, or choose “Not stated”.");
		assertThat(changes(flights)).isEqualTo(changes);
	}

	private MvcTestResult changeStatus(long agreement, String claimedBy, String claimedIn) {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.set("status", "IN_PROGRESS");
		form.set("changedOn", "2023-09-01");
		form.set("note", "Airlines add routes");
		form.set("claim.claimedBy", claimedBy);
		form.set("claim.claimedIn", claimedIn);
		form.set("version",
				String.valueOf(this.jdbc.sql("select version from agreement where id = ?")
					.param(agreement)
					.query(Integer.class)
					.single()));
		return this.mvc.post()
			.uri("/agreements/" + agreement + "/status")
			.with(csrf())
			.with(analyst())
			.params(form)
			.exchange();
	}

	private int changes(long agreement) {
		return this.jdbc.sql("select count(*) from agreement_status_change where agreement_id = ?")
			.param(agreement)
			.query(Integer.class)
			.single();
	}

	private static String agreement(Document page, String description) {
		return page.select("article.agreement")
			.stream()
			.filter(article -> article.select("header strong").text().startsWith(description))
			.findFirst()
			.orElseThrow()
			.text();
	}

}

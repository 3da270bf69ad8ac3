package dev.readout;

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

import static dev.readout.SignedIn.analyst;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * An analyst's day with a new contact, through the pages' own forms as a browser would
 * fill them: an article recorded, the contact started from it, both sides' readouts, the
 * comparison, a commitment and its progress; then everyone else finds it on the timeline,
 * in the search, the summary PDF and the API, and its history names the analyst for each
 * step.
 */
@PageTest
@Transactional
class AnalystJourneyTests {

	static final String ARTICLE = """
			Antony J. Blinken met 王毅 in Vienna on 14 March 2025 for talks on fisheries and the Arctic. \
			Mr. Wang said the talks had been frank. Blinken said: “We agreed to set up a working group on \
			fishing fleets in the Arctic.”""";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	SeededRecord seeded;

	@Autowired
	JdbcClient jdbc;

	@Test
	void recordsAContactFromAnArticleToItsCommitmentsAndEveryoneFindsIt() throws Exception {
		// The article.
		MultiValueMap<String, String> source = form("/sources/new");
		source.set("publisher", "Invented Wire");
		source.set("label", "Envoys talk fisheries in Vienna");
		source.set("publishedOn", "2025-03-15");
		source.set("url", "https://example.org/vienna-fisheries");
		source.set("text", ARTICLE);
		long article = created(post("/sources", source));

		// The contact, started from it: the officials it names and the day it gives.
		MultiValueMap<String, String> contact = form("/meetings/new?fromSource=" + article);
		assertThat(contact.getFirst("date")).isEqualTo("2025-03-14");
		assertThat(contact.get("participants[0].officialId"))
			.containsExactly(String.valueOf(this.seeded.official("Antony J. Blinken")));
		contact.set("title", "Blinken – Wang Yi fisheries talks");
		contact.set("city", "Vienna");
		contact.set("country", "AT");
		contact.set("level", "MINISTERS");
		contact.set("participants[0].role", "LEAD");
		contact.set("participants[1].role", "LEAD");
		long meeting = created(post("/meetings", contact));

		// Each side's readout.
		readout(meeting, "US", "Department of State", "Secretary Blinken's meeting with Wang Yi", "frank\nproductive");
		readout(meeting, "CN", "Ministry of Foreign Affairs", "Wang Yi meets Blinken", "frank\nin-depth");

		Document compared = Pages.get(this.mvc, "/meetings/" + meeting + "/compare");
		assertThat(compared.text()).contains("Words both sides used: frank.");

		// A commitment, and its progress.
		MultiValueMap<String, String> commitment = form("/meetings/" + meeting + "/agreements/new");
		commitment.set("description", "Set up a working group on Arctic fishing fleets");
		commitment.set("firstStatus.status", "AGREED");
		commitment.set("firstStatus.changedOn", "2025-03-14");
		commitment.set("firstStatus.sourceId", String.valueOf(article));
		assertThat(post("/meetings/" + meeting + "/agreements", commitment)).hasStatus(302);
		long agreement = this.jdbc.sql("select id from agreement where meeting_id = ?")
			.param(meeting)
			.query(Long.class)
			.single();
		MultiValueMap<String, String> progress = form("/agreements/" + agreement + "/status");
		progress.set("status", "IN_PROGRESS");
		progress.set("changedOn", "2025-05-02");
		progress.set("note", "The group met once.");
		assertThat(post("/agreements/" + agreement + "/status", progress)).hasStatus(302);

		// Everyone finds it.
		Document page = Pages.get(this.mvc, "/meetings/" + meeting);
		assertThat(page.text()).contains("Blinken – Wang Yi fisheries talks", "14 March 2025", "Vienna",
				"Secretary Blinken's meeting with Wang Yi", "Wang Yi meets Blinken",
				"Set up a working group on Arctic fishing fleets", "Envoys talk fisheries in Vienna");
		assertThat(Pages.get(this.mvc, "/?q=fisheries").text()).contains("Blinken – Wang Yi fisheries talks");
		assertThat(Pages.get(this.mvc, "/search?q=fisheries").text()).contains("Blinken – Wang Yi fisheries talks",
				"Envoys talk fisheries in Vienna");
		assertThat(Pages.get(this.mvc, "/agreements?status=IN_PROGRESS").text())
			.contains("Set up a working group on Arctic fishing fleets");
		try (PDDocument pdf = Loader.loadPDF(this.mvc.get()
			.uri("/meetings/" + meeting + "/summary.pdf")
			.exchange()
			.getResponse()
			.getContentAsByteArray())) {
			assertThat(new PDFTextStripper().getText(pdf)).contains("Blinken – Wang Yi fisheries talks",
					"Set up a working group");
		}
		assertThat(this.mvc.get().uri("/api/v1/meetings/" + meeting)).bodyJson()
			.extractingPath("$.agreements[0].status")
			.isEqualTo("IN_PROGRESS");

		// And its history says who did each step.
		assertThat(this.jdbc.sql("""
				select distinct actor from audit_event where (subject_type = 'MEETING' and subject_id = :meeting)
				   or (subject_type = 'SOURCE' and subject_id = :article)
				   or (subject_type = 'READOUT' and subject_id in (select id from readout where meeting_id = :meeting))
				   or (subject_type = 'AGREEMENT' and subject_id = :agreement)""")
			.param("meeting", meeting)
			.param("article", article)
			.param("agreement", agreement)
			.query(String.class)
			.list()).containsExactly("analyst1");
		assertThat(Pages.get(this.mvc.get().uri("/meetings/" + meeting + "/history").with(analyst())).text())
			.contains("analyst1", "Wang Yi meets Blinken", "Set up a working group on Arctic fishing fleets");
	}

	private void readout(long meeting, String side, String issuer, String title, String characterisations) {
		MultiValueMap<String, String> readout = form("/meetings/" + meeting + "/readouts/new");
		readout.set("side", side);
		readout.set("issuingBody", issuer);
		readout.set("publishedOn", "2025-03-14");
		readout.set("title", title);
		readout.set("characterisations", characterisations);
		readout.set("body", "The two sides discussed fisheries.");
		assertThat(post("/meetings/" + meeting + "/readouts", readout)).hasStatus(302);
	}

	/** The form of the page, as the browser would send it untouched. */
	private MultiValueMap<String, String> form(String page) {
		Document document = Pages.get(this.mvc.get().uri(page).with(analyst()));
		return new LinkedMultiValueMap<>(Pages.formValues(document.selectFirst("main form[method=post]")));
	}

	private MvcTestResult post(String address, MultiValueMap<String, String> form) {
		MvcTestResult result = this.mvc.post().uri(address).with(csrf()).with(analyst()).params(form).exchange();
		assertThat(result).as(() -> address + " refused: " + Pages.parse(result).select(".error-summary").text())
			.hasStatus(302);
		return result;
	}

	private static long created(MvcTestResult result) {
		return Long.parseLong(result.getResponse().getRedirectedUrl().replaceAll("\\D", ""));
	}

}

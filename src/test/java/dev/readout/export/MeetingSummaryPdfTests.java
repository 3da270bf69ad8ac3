package dev.readout.export;

import dev.readout.SeededRecord;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import dev.readout.PageTest;
import dev.readout.RecordMother;
import dev.readout.meeting.Meeting;
import jakarta.persistence.EntityManager;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The meeting summary PDF, read back with PDFBox as a PDF viewer or a search index would
 * read it.
 */
@PageTest
@Transactional
class MeetingSummaryPdfTests {

	@Autowired
	SeededRecord seeded;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	EntityManager entityManager;

	@Autowired
	SummaryPdfs pdfs;

	@Autowired
	JdbcClient jdbc;

	@Test
	void servesTheXiMeetingAsAPdfWithAFileNameThatSaysWhatItIs() {
		MvcTestResult result = this.mvc.get().uri("/meetings/" + this.seeded.xiMeeting() + "/summary.pdf").exchange();
		assertThat(result).hasStatusOk().hasContentType("application/pdf");
		assertThat(result.getResponse().getHeader("Content-Disposition"))
			.isEqualTo("attachment; filename=\"2023-06-19-blinken-xi-jinping-meeting.pdf\"");
	}

	@Test
	void carriesTheMeetingItsParticipantsAgreementsAndSourcesAsText() throws IOException {
		try (PDDocument pdf = pdf(this.seeded.xiMeeting())) {
			String text = text(pdf);
			assertThat(text).contains("Blinken – Xi Jinping meeting", "19 June 2023",
					"16:30 local time (Asia/Shanghai, UTC+08:00)", "08:30 UTC", "Antony J. Blinken",
					"Secretary of State", "Xi Jinping", "习近平", "President of the People's Republic of China",
					"Resume military-to-military communication", "Declined",
					"Washington and Beijing Pledge to Stabilize Deteriorating Ties", "Remarks to the media",
					"Issued by Antony J. Blinken, remarks to the media", "Transcript",
					"Issued by Transcript of the meeting");
			assertThat(text).contains("Page 1 of " + pdf.getNumberOfPages());
		}
	}

	@Test
	void quotesThePassagesACitationRestsOnAndFlagsOneTheTextNoLongerHolds() throws IOException {
		long meeting = this.seeded.xiMeeting();
		long article = this.jdbc
			.sql("""
					insert into source (publisher, label, published_on) values ('Invented Wire', 'Talks in Beijing', '2023-06-19')
					returning id""")
			.query(Long.class)
			.single();
		this.jdbc.sql("insert into source_text (source_id, text) values (?, ?)")
			.params(article, "The two sides met for half an hour. Both said the talks were frank.")
			.update();
		this.jdbc.sql("insert into meeting_source (meeting_id, source_id) values (?, ?)")
			.params(meeting, article)
			.update();
		this.jdbc.sql("""
				insert into cited_passage (source_id, cited_by_type, cited_by_id, passage, found_at, created_by)
				values (:article, 'MEETING', :meeting, 'The two sides met for half an hour.', 0, 'analyst'),
				       (:article, 'MEETING', :meeting, 'They agreed to meet again.', 0, 'analyst')""")
			.param("article", article)
			.param("meeting", meeting)
			.update();

		try (PDDocument pdf = pdf(meeting)) {
			assertThat(text(pdf)).contains("The two sides met for half an hour.", "They agreed to meet again.",
					"no longer in the article's text");
		}
		assertThat(this.mvc.get().uri("/api/v1/meetings/" + meeting)).bodyJson()
			.extractingPath("$.passages[*].passage")
			.asArray()
			.containsExactly("The two sides met for half an hour.", "They agreed to meet again.");
		assertThat(this.mvc.get().uri("/api/v1/meetings/" + meeting)).bodyJson()
			.extractingPath("$.passages[*].stillInText")
			.asArray()
			.containsExactly(true, false);
	}

	@Test
	void setsBothSidesReadoutsWithTitlesAsOfTheDateAndNumberedCitations() throws IOException {
		try (PDDocument pdf = pdf(this.seeded.wangYiMeeting())) {
			String text = text(pdf);
			assertThat(text).contains("王毅", "Director of the Office of the Central Foreign Affairs Commission",
					"Department of State", "candid and productive discussion", "Ministry of Foreign Affairs of the PRC",
					"critical juncture", "core interest", "[1]", "Machine-reworded copy");
			assertThat(text).doesNotContain("Minister of Foreign Affairs");
		}
		try (PDDocument pdf = pdf(this.seeded.qinGangTalks())) {
			assertThat(text(pdf)).contains("秦刚", "Minister of Foreign Affairs", "Expand direct commercial flights",
					"Duration 7 h 30 min");
		}
	}

	@Test
	void embedsEveryFontAndDescribesItselfAsAnArchivalDocument() throws IOException {
		try (PDDocument pdf = pdf(this.seeded.wangYiMeeting())) {
			List<PDFont> fonts = new ArrayList<>();
			for (PDPage page : pdf.getPages()) {
				for (var name : page.getResources().getFontNames()) {
					fonts.add(page.getResources().getFont(name));
				}
			}
			assertThat(fonts).isNotEmpty()
				.allSatisfy(font -> assertThat(font.isEmbedded()).as(font.getName()).isTrue());

			var info = pdf.getDocumentInformation();
			assertThat(info.getTitle()).isEqualTo("Blinken – Wang Yi meeting");
			assertThat(info.getAuthor()).isEqualTo("Readout");
			assertThat(info.getSubject()).isEqualTo("Meeting summary: Blinken – Wang Yi meeting, 19 June 2023");
			String xmp = new String(pdf.getDocumentCatalog().getMetadata().toByteArray(),
					java.nio.charset.StandardCharsets.UTF_8);
			assertThat(xmp).contains("<pdfaid:part>2</pdfaid:part>", "<pdfaid:conformance>U</pdfaid:conformance>");
			assertThat(pdf.getDocumentCatalog().getMarkInfo().isMarked()).as("tagged").isTrue();

			List<String> outline = new ArrayList<>();
			for (PDOutlineItem item : pdf.getDocumentCatalog().getDocumentOutline().children()) {
				outline.add(item.getTitle());
			}
			assertThat(outline).containsExactly("Summary", "Participants", "Readouts",
					"Agreements and declined proposals", "Sources");
		}
	}

	@Test
	void laysALargeMeetingOutOverSeveralPagesWithoutLosingText() throws IOException {
		Meeting large = new RecordMother(this.entityManager).meeting(LocalDate.of(2024, 3, 1), 50, 20, 10);
		this.entityManager.flush();
		this.entityManager.clear();

		try (PDDocument pdf = pdf(large.getId())) {
			String text = text(pdf);
			assertThat(pdf.getNumberOfPages()).isGreaterThan(3);
			assertThat(text).contains("Official 1-0", "Official 1-49", "Readout 1-0", "Readout 1-19", "Commitment 1-9",
					"Page " + pdf.getNumberOfPages() + " of " + pdf.getNumberOfPages());
		}
	}

	@Test
	void summarisesAWholeVisitMeetingByMeetingWithANestedOutline() throws IOException {
		MvcTestResult result = this.mvc.get().uri(this.seeded.address("/visits/{beijingVisit}/summary.pdf")).exchange();
		assertThat(result).hasStatusOk().hasContentType("application/pdf");
		assertThat(result.getResponse().getHeader("Content-Disposition"))
			.isEqualTo("attachment; filename=\"2023-06-18-secretary-blinken-s-visit-to-beijing-june-2023.pdf\"");
		try (PDDocument pdf = Loader.loadPDF(result.getResponse().getContentAsByteArray())) {
			String text = text(pdf);
			assertThat(text).contains("Visit summary", "Secretary Blinken's visit to Beijing, June 2023", "秦刚", "王毅",
					"习近平", "Expand direct commercial flights", "critical juncture",
					"Resume military-to-military communication");
			List<String> meetings = new ArrayList<>();
			for (PDOutlineItem meeting : pdf.getDocumentCatalog().getDocumentOutline().children()) {
				meetings.add(meeting.getTitle());
				assertThat(meeting.children()).extracting(PDOutlineItem::getTitle).contains("Participants", "Sources");
			}
			assertThat(meetings).containsExactly("Blinken – Qin Gang talks", "Blinken – Wang Yi meeting",
					"Blinken – Xi Jinping meeting");
		}
	}

	/**
	 * Text pasted from word processors and phones carries control characters and emoji; a
	 * summary is made all the same, with the words around them intact.
	 */
	@Test
	void makesASummaryOfTextWithControlCharactersAndEmoji() throws IOException {
		long meeting = this.seeded.xiMeeting();
		this.jdbc.sql("update meeting set title = ?, summary = ? where id = ?")
			.params("Xi\u000Bmeets Blinken\u0007 🇨🇳🇺🇸", "Frank talks 👍\u0001 in Beijing\u001F.", meeting)
			.update();

		try (PDDocument pdf = pdf(meeting)) {
			assertThat(text(pdf)).contains("meets Blinken", "Frank talks", "in Beijing");
		}
	}

	@Test
	void answersAnUnknownMeetingOrVisitWithNotFound() {
		assertThat(this.mvc.get().uri("/meetings/987654321/summary.pdf")).hasStatus(404);
		assertThat(this.mvc.get().uri("/visits/987654321/summary.pdf")).hasStatus(404);
	}

	@Test
	void rendersSummariesSideBySideWithoutMixingThemUp() throws Exception {
		ExecutorService analysts = Executors.newFixedThreadPool(4);
		try {
			List<Future<String>> titles = new ArrayList<>();
			for (int i = 0; i < 12; i++) {
				long meeting = (i % 2 == 0) ? 3 : 2;
				titles.add(analysts.submit(() -> {
					try (PDDocument pdf = Loader.loadPDF(this.pdfs.meeting(meeting).content())) {
						return pdf.getDocumentInformation().getTitle();
					}
				}));
			}
			for (int i = 0; i < titles.size(); i++) {
				assertThat(titles.get(i).get(30, TimeUnit.SECONDS))
					.contains((i % 2 == 0) ? "Blinken – Xi Jinping meeting" : "Blinken – Wang Yi meeting");
			}
		}
		finally {
			analysts.shutdownNow();
		}
	}

	private PDDocument pdf(long meetingId) throws IOException {
		MvcTestResult result = this.mvc.get().uri("/meetings/" + meetingId + "/summary.pdf").exchange();
		assertThat(result).hasStatusOk();
		return Loader.loadPDF(result.getResponse().getContentAsByteArray());
	}

	private static String text(PDDocument pdf) throws IOException {
		return new PDFTextStripper().getText(pdf);
	}

}

package dev.readout.historian;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import dev.readout.PageTest;
import dev.readout.Pages;
import dev.readout.SeededRecord;
import dev.readout.SqlStatementCounter;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;

import static dev.readout.SignedIn.analyst;
import static dev.readout.SignedIn.viewer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The Office of the Historian's records, the real files shipped with Readout: the
 * US–China contacts among them become contacts on record once, the visit of June 2023 and
 * the APEC meeting of November 2023 are proposed as the contacts already on record, and
 * files that are not the Historian's are refused whole.
 */
@PageTest
@Transactional
class HistorianImportTests {

	@Autowired
	SeededRecord seeded;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	EntityManager entityManager;

	@Test
	void importsTheUsChinaContactsOfTheShippedRecordsOnceAndProposesThoseOnRecord() {
		long meetingsBefore = count("meeting");
		ImportReport report = importShipped();

		// 4,271 trips and 3,264 visits; 66 trips to China and 31 visits from China.
		assertThat(report.read()).isEqualTo(4271 + 3264);
		assertThat(report.usChina()).isEqualTo(66 + 31);
		// Nine Secretaries' trips accompanied the President; the Beijing visit of June
		// 2023 and Xi Jinping's two November 2023 records (Woodside, APEC) look like
		// contacts on record.
		assertThat(report.merged()).isEqualTo(9);
		assertThat(report.proposed()).isEqualTo(3);
		assertThat(report.imported()).isEqualTo(97 - 9 - 3);
		assertThat(count("meeting")).isEqualTo(meetingsBefore + report.imported());
		assertThat(report.unmatched()).extracting(ImportReport.UnmatchedName::name)
			.contains("Foreign Minister Wang Li", "President Carter", "Chairman Deng")
			// Obama, named in a Secretary's trip, is of the traveller's own side: no
			// counterpart.
			.doesNotContain("President Xi Jinping", "President Hu", "President Obama");
		assertThat(report.unmatched()).filteredOn(name -> name.name().equals("President Xi Jingping"))
			.extracting(ImportReport.UnmatchedName::closeTo)
			.containsExactly("Xi Jinping");

		// Nixon's visit of 1972, with Rogers, who accompanied him, and the two
		// counterparts the remarks name.
		long nixon = this.seeded.meeting("President Richard M. Nixon in China");
		assertThat(Pages.get(this.mvc, "/meetings/" + nixon).text()).contains("1972", "Shanghai, Peking, Hangchow",
				"Richard M. Nixon", "William Pierce Rogers", "Mao Tse-tung", "Chou En-lai", "Office of the Historian");
		assertThat(this.jdbc.sql("select count(*) from historian_record where state = 'PROPOSED'")
			.query(Long.class)
			.single()).isEqualTo(3);

		ImportReport again = importShipped();
		assertThat(again.unchanged()).isEqualTo(97);
		assertThat(again.imported() + again.merged() + again.proposed() + again.changed().size()).isZero();
		assertThat(count("meeting")).isEqualTo(meetingsBefore + report.imported());
	}

	@Test
	void aConfirmedMatchCitesTheHistorianOnTheMeetingsItsRemarksName() {
		importShipped();
		long blinkenTrip = proposedRecord("trip", 4145);
		assertThat(Pages.get(this.mvc.get().uri("/admin/import/historian").with(analyst())).text()).contains(
				"Met with President Xi Jinping and Foreign Minister Qin Gang.", "17 June 2023 – 19 June 2023",
				"Part of the visit",
				"Confirming cites the Historian on: Blinken – Qin Gang talks; Blinken – Xi Jinping meeting");

		assertThat(
				this.mvc.post().uri("/admin/import/historian/{id}/confirm", blinkenTrip).with(csrf()).with(analyst()))
			.hasStatus(302);

		String blinkenPage = "https://history.state.gov/departmenthistory/travels/secretary/blinken-antony-j";
		assertThat(citesPage(this.seeded.xiMeeting(), blinkenPage)).isTrue();
		assertThat(citesPage(this.seeded.qinGangTalks(), blinkenPage)).isTrue();
		assertThat(citesPage(this.seeded.wangYiMeeting(), blinkenPage)).isFalse();
		assertThat(state(blinkenTrip)).isEqualTo("MATCHED");
		assertThat(count("meeting where title like '%Blinken in China' and start_date = '2023-06-17'")).isZero();
	}

	@Test
	void anExpectedContactTheRecordShowsHeldBecomesHeldOnTheDaysTheAnalystConfirms() {
		importShipped();
		long apec = this.seeded.meeting("Biden – Xi Jinping meeting at APEC (expected)");
		long woodside = proposedRecord("visit", 3196);
		assertThat(Pages.get(this.mvc.get().uri("/admin/import/historian").with(analyst()))
			.getElementById("held-title-" + woodside)
			.val()).isEqualTo("Biden – Xi Jinping meeting at APEC");
		assertThat(this.jdbc.sql("select meeting_id from historian_record where id = ?")
			.param(woodside)
			.query(Long.class)
			.single()).isEqualTo(apec);

		// The Historian dates it 12 November; the analyst corrects it to the day of the
		// meeting.
		assertThat(this.mvc.post()
			.uri("/admin/import/historian/{id}/confirm", woodside)
			.with(csrf())
			.with(analyst())
			.param("heldTitle", "Biden – Xi Jinping meeting at APEC")
			.param("heldFrom", "2023-11-15")
			.param("heldTo", "2023-11-15")).hasStatus(302);
		Map<String, Object> meeting = this.jdbc
			.sql("select title, status, start_date::text as day, start_precision, end_date from meeting where id = ?")
			.param(apec)
			.query()
			.singleRow();
		assertThat(meeting).containsEntry("title", "Biden – Xi Jinping meeting at APEC")
			.containsEntry("status", "HELD")
			.containsEntry("day", "2023-11-15")
			.containsEntry("start_precision", "DAY");
		assertThat(meeting.get("end_date")).isNull();
		assertThat(this.jdbc
			.sql("select count(*) from audit_event where subject_type = 'MEETING' and subject_id = ?"
					+ " and action = 'UPDATE' and actor = 'analyst1'")
			.param(apec)
			.query(Long.class)
			.single()).isEqualTo(1);

		// The other record of Xi Jinping's visit, the APEC summit, is another contact.
		long summit = proposedRecord("visit", 3201);
		assertThat(this.mvc.post().uri("/admin/import/historian/{id}/separate", summit).with(csrf()).with(analyst()))
			.hasStatus(302);
		assertThat(state(summit)).isEqualTo("IMPORTED");
		assertThat(count(
				"meeting where title = 'President Xi Jinping in the United States' and start_date = '2023-11-12'"))
			.isOne();
	}

	/**
	 * Days and a title corrected by hand can be wrong: each is refused with its reason,
	 * the match stays proposed and the contact as it was.
	 */
	@Test
	void refusesHeldDaysOrATitleTheContactCannotTakeAndConfirmsNothing() {
		importShipped();
		long apec = this.seeded.meeting("Biden – Xi Jinping meeting at APEC (expected)");
		long woodside = proposedRecord("visit", 3196);
		String[][] wrong = { { "Biden – Xi Jinping meeting at APEC", "2023-11-15", "2023-11-14" },
				{ "x".repeat(301), "2023-11-15", "" }, { "Biden – Xi Jinping meeting at APEC", "2099-11-15", "" } };

		for (String[] held : wrong) {
			MvcTestResult answer = this.mvc.post()
				.uri("/admin/import/historian/{id}/confirm", woodside)
				.with(csrf())
				.with(analyst())
				.param("heldTitle", held[0])
				.param("heldFrom", held[1])
				.param("heldTo", held[2])
				.exchange();

			assertThat(answer).as(held[1] + " " + held[2]).hasStatus(302);
			assertThat(answer).as(held[1] + " " + held[2]).flash().containsKey("heldRefused");
			assertThat(state(woodside)).isEqualTo("PROPOSED");
			assertThat(
					this.jdbc.sql("select status from meeting where id = ?").param(apec).query(String.class).single())
				.isEqualTo("PLANNED");
		}
		assertThat(Pages
			.followRedirect(this.mvc,
					this.mvc.post()
						.uri("/admin/import/historian/{id}/confirm", woodside)
						.with(csrf())
						.with(analyst())
						.param("heldTitle", "Biden – Xi Jinping meeting at APEC")
						.param("heldFrom", "2023-11-15")
						.param("heldTo", "2023-11-14")
						.exchange(),
					analyst())
			.select(".error-summary")
			.text()).contains("Nothing was confirmed: the last day cannot come before the first");
	}

	@Test
	void aNewerSnapshotAddsWhatIsNewAndReportsWhatChanged() {
		importShipped();
		String changed = trips(
				"""
						<trip role="secretary" who="blinken-antony-j"><id>4229</id><role>secretary</role>
						<name>Antony John Blinken</name><start-date>2024-04-24</start-date><end-date>2024-04-26</end-date>
						<country id="china">China, People’s Republic of</country><locale>Shanghai, Beijing</locale>
						<remarks>Met with President Xi Jinping.</remarks><created-by>someone</created-by>
						<created-datetime>2024-12-18T12:11:00-04:00</created-datetime><last-modified-by>someone</last-modified-by>
						<last-modified-datetime>2026-08-01T10:00:00-04:00</last-modified-datetime></trip>
						<trip role="secretary" who="rubio-marco"><id>9001</id><role>secretary</role><name>Marco Rubio</name>
						<start-date>2026-05-01</start-date><end-date>2026-05-02</end-date>
						<country id="china">China, People’s Republic of</country><locale>Beijing</locale>
						<remarks>Met with President Xi Jinping.</remarks><created-by>someone</created-by>
						<created-datetime>2026-06-01T10:00:00-04:00</created-datetime><last-modified-by>someone</last-modified-by>
						<last-modified-datetime/></trip>""");
		MvcTestResult uploaded = upload(file("newer.xml", changed));
		ImportReport report = (ImportReport) uploaded.getMvcResult().getFlashMap().get("report");
		assertThat(Pages.followRedirect(this.mvc, uploaded, analyst()).select(".import-report").text()).contains(
				"Added as contacts 1",
				"trip 4229: Antony John Blinken, 24 April 2024: end-date: 2024-04-27 → 2024-04-26");
		assertThat(report.imported()).isEqualTo(1);
		assertThat(report.changed()).singleElement()
			.satisfies(change -> assertThat(change.fields()).contains("end-date: 2024-04-27 → 2024-04-26"));
		assertThat(count("meeting where title = 'Secretary of State Marco Rubio in China'")).isOne();
	}

	@Test
	void refusesFilesThatAreNotTheHistoriansWithTheLineAndReasonAndImportsNothing() {
		long records = count("historian_record");
		MvcTestResult foreign = upload(file("page.xml", "<html><body>Not a record</body></html>"));
		assertThat(foreign.getMvcResult().getFlashMap().get("refused"))
			.hasToString("Refusal[fileName=page.xml, line=1, reason=historian.file.notRecords, detail=html]");

		String endBeforeStart = trips("""
				<trip role="secretary" who="x"><id>1</id><role>secretary</role><name>X</name>
				<start-date>2020-01-02</start-date><end-date>2020-01-01</end-date>
				<country id="china">China</country><locale>Beijing</locale><remarks>R.</remarks>
				<created-by>a</created-by><created-datetime>2020-01-01T00:00:00Z</created-datetime>
				<last-modified-by>a</last-modified-by><last-modified-datetime/></trip>""");
		MvcTestResult broken = upload(file("good.xml", trips("")), file("broken.xml", endBeforeStart));
		assertThat(broken.getMvcResult().getFlashMap().get("refused"))
			.hasToString("Refusal[fileName=broken.xml, line=3, reason=historian.file.endBeforeStart, detail=end-date]");
		assertThat(Pages.followRedirect(this.mvc, broken, analyst()).text()).contains(
				"Nothing was imported: broken.xml, line 3.", "The record's end-date comes before its start date.");

		MvcTestResult notXml = upload(file("trips.xml", "<trips><trip>"));
		assertThat(notXml.getMvcResult().getFlashMap().get("refused")).hasFieldOrPropertyWithValue("reason",
				"historian.file.notXml");
		assertThat(count("historian_record")).isEqualTo(records);
	}

	@Test
	void theProposalsCostAsManyStatementsForThreeAsForOne() {
		importShipped();
		long three = statementsForTheProposals();
		assertThat(this.mvc.post()
			.uri("/admin/import/historian/{id}/separate", proposedRecord("visit", 3201))
			.with(csrf())
			.with(analyst())).hasStatus(302);
		assertThat(this.mvc.post()
			.uri("/admin/import/historian/{id}/separate", proposedRecord("visit", 3196))
			.with(csrf())
			.with(analyst())).hasStatus(302);
		assertThat(statementsForTheProposals()).isEqualTo(three);
	}

	@Test
	void viewersCannotImport() {
		assertThat(this.mvc.post().uri("/admin/import/historian/shipped").with(csrf()).with(viewer())).hasStatus(403);
		assertThat(this.mvc.get().uri("/admin/import/historian").with(viewer())).hasStatus(403);
	}

	private ImportReport importShipped() {
		MvcTestResult result = this.mvc.post()
			.uri("/admin/import/historian/shipped")
			.with(csrf())
			.with(analyst())
			.exchange();
		assertThat(result).hasStatus(302).redirectedUrl().isEqualTo("/admin/import/historian");
		return (ImportReport) result.getMvcResult().getFlashMap().get("report");
	}

	private long statementsForTheProposals() {
		this.entityManager.clear();
		SqlStatementCounter.reset();
		assertThat(this.mvc.get().uri("/admin/import/historian").with(analyst())).hasStatusOk();
		return SqlStatementCounter.statements();
	}

	private MvcTestResult upload(MockMultipartFile... files) {
		var request = this.mvc.post().uri("/admin/import/historian").multipart();
		for (MockMultipartFile file : files) {
			request = request.file(file);
		}
		return request.with(csrf()).with(analyst()).exchange();
	}

	private static MockMultipartFile file(String name, String content) {
		return new MockMultipartFile("files", name, "application/xml", content.getBytes(StandardCharsets.UTF_8));
	}

	private static String trips(String trips) {
		return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<trips>\n" + trips + "\n</trips>\n";
	}

	private long proposedRecord(String kind, int historianId) {
		return this.jdbc
			.sql("select id from historian_record where kind = upper(?) and historian_id = ? and state = 'PROPOSED'")
			.params(kind, historianId)
			.query(Long.class)
			.single();
	}

	private String state(long recordId) {
		return this.jdbc.sql("select state from historian_record where id = ?")
			.param(recordId)
			.query(String.class)
			.single();
	}

	private boolean citesPage(long meetingId, String url) {
		return this.jdbc.sql(
				"select count(*) from meeting_source ms join source s on s.id = ms.source_id where ms.meeting_id = ? and s.url = ?")
			.params(meetingId, url)
			.query(Long.class)
			.single() > 0;
	}

	private long count(String table) {
		return this.jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

}

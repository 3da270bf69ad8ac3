package dev.readout.readout;

import dev.readout.SeededRecord;
import dev.readout.PageTest;
import dev.readout.Pages;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;

import static dev.readout.SignedIn.analyst;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The comparison of the seeded readouts: the Wang Yi meeting (each side raised its own
 * topics), the Qin Gang talks (a shared word in the characterisations) and the Xi meeting
 * (no readout from either side).
 */
@PageTest
@Transactional
class ReadoutComparisonTests {

	@Autowired
	SeededRecord seeded;

	@Autowired
	MockMvcTester mvc;

	@Test
	void listsTheTopicsOnlyOneSideRaisedAtTheWangYiMeeting() {
		Document page = compare(this.seeded.wangYiMeeting());
		// Climate change and fentanyl were examples US officials gave in a briefing, not
		// topics of the readout; semiconductors are background, in no statement.
		assertThat(page.select(".findings li").eachText()).containsExactly(
				"Only the United States statements raise: Climate change, Fentanyl.",
				"Only the China statements raise: Sanctions, Taiwan.");
		assertThat(row(page, "Fentanyl").select(".passage .kind").eachText()).containsExactly("Briefing by officials:");
	}

	@Test
	void showsWhatEachSideSaidAboutTaiwan() {
		Element taiwan = row(compare(this.seeded.wangYiMeeting()), "Taiwan");
		assertThat(taiwan.selectFirst(".finding").text()).isEqualTo("raised by one side only");
		Element unitedStates = taiwan.select("td").get(0);
		Element china = taiwan.select("td").get(1);
		assertThat(unitedStates.text()).isEqualTo("Not raised.");
		assertThat(china.select(".passage").text()).contains("core interest", "no room");
	}

	@Test
	void putsTopicsOnlyOneSideRaisedBeforeTopicsOfTheMeetingNeitherReadoutRaised() {
		Document page = compare(this.seeded.wangYiMeeting());
		// The meeting's own list names no topic beyond those the readouts raise, so every
		// row is a one-side finding.
		assertThat(page.select(".topic-table tbody th a").eachText()).containsExactly("Climate change", "Fentanyl",
				"Sanctions", "Taiwan");
	}

	@Test
	void saysSoWhenTheReadoutsAreOnRecordAndRaiseTheSameTopics() {
		// Both sides' readouts of the Qin Gang talks are on record and raise the same
		// topics; their words differ, so the page does not claim nothing sets them apart.
		assertThat(compare(this.seeded.qinGangTalks()).select(".findings li").eachText())
			.containsExactly("Each side’s readout is on record, and they raised the same topics; how each "
					+ "characterised the meeting is set out below.");
		assertThat(compare(this.seeded.wangYiMeeting()).select(".findings .no-findings")).isEmpty();
	}

	@Test
	void comparesTheWordsOfTheCharacterisations() {
		Document page = compare(this.seeded.qinGangTalks());
		assertThat(page.text()).contains("Words both sides used: constructive.");
		Element own = page.select("section[aria-labelledby=characterisations-heading] tbody tr").get(1);
		assertThat(own.select("td").eachText()).containsExactly("candid, substantive", "stable, predictable");
	}

	/**
	 * Each phrase says what kind of statement used it: the words China's side is quoted
	 * with for the Qin Gang talks are state media's, not the foreign ministry's readout.
	 */
	@Test
	void saysWhatKindOfStatementEachCharacterisationComesFrom() {
		Element words = compare(this.seeded.qinGangTalks())
			.select("section[aria-labelledby=characterisations-heading] tbody tr")
			.get(0);
		assertThat(words.select("td li").eachText()).containsExactly(
				"Official readout: candid, substantive, and constructive",
				"State-media report: stable, predictable, and constructive");
	}

	@Test
	void comparesTheWordsBothSidesUsedInViennaWhateverTheKindOfStatement() {
		Document page = compare(this.seeded.viennaTalks());
		assertThat(page.text()).contains("Words both sides used: candid, substantive, constructive.");
		assertThat(page.select(".findings li.no-readout").eachText()).containsExactly(
				"No United States readout of this meeting is on record; these United States statements are: "
						+ "Statement (kind not reported).",
				"No China readout of this meeting is on record; these China statements are: "
						+ "Statement (kind not reported).");
	}

	@Test
	void namesTheStatementsOnRecordWhereNoReadoutIsNeverCallingItSilence() {
		Document page = compare(this.seeded.xiMeeting());
		assertThat(page.select(".findings li.no-readout").eachText()).containsExactly(
				"No United States readout of this meeting is on record; these United States statements are: "
						+ "Remarks to the media.",
				"No China readout of this meeting is on record; these China statements are: Transcript.");
		assertThat(page.text()).doesNotContainIgnoringCase("silence");
		Element row = row(page, "Military-to-military communication");
		assertThat(row.selectFirst(".finding").text()).isEqualTo("raised by one side only");
		assertThat(row.select("td").get(0).select(".passage").text()).startsWith("Remarks to the media:")
			.contains("absolutely vital");
	}

	@Test
	void aSideOnRecordAsHavingIssuedNoReadoutIsAFindingWithItsSource() {
		long xi = this.seeded.xiMeeting();
		assertThat(statement(xi, "NO_READOUT", "")).as("refused without a source")
			.satisfies(refused -> assertThat(Pages.parse(refused).getElementById("sourceIds").text())
				.contains("cite the source that reports it"));

		assertThat(statement(xi, "NO_READOUT", String.valueOf(this.seeded.xiMeetingReport()))).hasStatus(302);

		Document page = compare(xi);
		assertThat(page.select(".findings li.issued-no-readout").eachText())
			.containsExactly("Issued no readout of this meeting: United States, as reported by "
					+ "Washington and Beijing Pledge to Stabilize Deteriorating Ties.");
		assertThat(page.select(".findings li.no-readout").eachText())
			.containsExactly("No China readout of this meeting is on record; these China statements are: Transcript.");
	}

	private MvcTestResult statement(long meeting, String kind, String sourceId) {
		return this.mvc.post()
			.uri("/meetings/" + meeting + "/readouts")
			.with(csrf())
			.with(analyst())
			.param("side", "US")
			.param("kind", kind)
			.param("issuingBody", "Department of State")
			.param("title", "No readout of the meeting issued")
			.param("sourceIds", sourceId)
			.exchange();
	}

	@Test
	void aTopicOneSideRaisedWhereTheOtherSaidNothingOnRecordIsAGapNotAFinding() {
		this.mvc.post()
			.uri("/meetings/" + this.seeded.munichMeeting() + "/readouts")
			.with(csrf())
			.with(analyst())
			.param("side", "US")
			.param("kind", "READOUT")
			.param("issuingBody", "Department of State")
			.param("title", "The Secretary's meeting with Wang Yi in Munich")
			.param("body", "The Secretary raised Russia's war in Ukraine.")
			.param("topicIds", "2")
			.exchange();

		Document page = compare(this.seeded.munichMeeting());
		assertThat(page.select(".findings li.not-on-record").eachText())
			.containsExactly("No China statement about this meeting is on record yet: what the China said is "
					+ "missing from the record, not a finding about it.");
		assertThat(page.select(".findings li").eachText()).noneMatch(finding -> finding.startsWith("Only the"));
		assertThat(row(page, "Russia's war in Ukraine").selectFirst(".finding").text())
			.isEqualTo("raised by one side; the other side's statements are not on record");
	}

	@Test
	void isLinkedFromTheMeetingPage() {
		Document meeting = Pages.get(this.mvc, "/meetings/" + this.seeded.wangYiMeeting());
		assertThat(meeting.select(this.seeded.address("a[href=/meetings/{wangYiMeeting}/compare]")).text())
			.isEqualTo("Compare the readouts topic by topic");
	}

	@Test
	void answersNotFoundForAnUnknownMeeting() {
		assertThat(this.mvc.get().uri("/meetings/999999/compare")).hasStatus(404);
	}

	@Test
	void saysWhatKindOfStatementEachCharacterisationComesFromInChinese() {
		Element words = Pages.get(this.mvc, "/meetings/" + this.seeded.qinGangTalks() + "/compare?lang=zh-CN")
			.select("section[aria-labelledby=characterisations-heading] tbody tr")
			.get(0);
		assertThat(words.select("td li .kind").eachText()).containsExactly("官方会谈消息:", "官方媒体报道:");
		assertThat(Pages.get(this.mvc, "/meetings/" + this.seeded.qinGangTalks() + "/compare?lang=zh-CN")
			.select(".findings .no-findings")
			.text()).isEqualTo("双方的会谈消息均已记录在案，且提及的议题相同；双方如何定性此次会晤，见下文。");
	}

	private Document compare(long meeting) {
		return Pages.get(this.mvc, "/meetings/" + meeting + "/compare");
	}

	private static Element row(Document page, String topic) {
		return page.select(".topic-table tbody tr")
			.stream()
			.filter(row -> row.selectFirst("th a").text().equals(topic))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No row for " + topic));
	}

}

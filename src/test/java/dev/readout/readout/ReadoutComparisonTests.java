package dev.readout.readout;

import dev.readout.PageTest;
import dev.readout.Pages;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The comparison of the seeded readouts: the Wang Yi meeting (each side raised its own
 * topics), the Qin Gang talks (a shared word in the characterisations) and the Xi meeting
 * (no readout from either side).
 */
@PageTest
class ReadoutComparisonTests {

	private static final long QIN_GANG_TALKS = 1;

	private static final long WANG_YI_MEETING = 2;

	private static final long XI_MEETING = 3;

	@Autowired
	MockMvcTester mvc;

	@Test
	void listsTheTopicsOnlyOneSideRaisedAtTheWangYiMeeting() {
		Document page = compare(WANG_YI_MEETING);
		assertThat(page.select(".findings li").eachText()).containsExactly(
				"Only the United States readout raises: Climate change, Fentanyl, Trade.",
				"Only the China readout raises: Sanctions, Semiconductors and export controls, Taiwan.");
	}

	@Test
	void showsWhatEachSideSaidAboutTaiwan() {
		Element taiwan = row(compare(WANG_YI_MEETING), "Taiwan");
		assertThat(taiwan.selectFirst(".finding").text()).isEqualTo("raised by one side only");
		Element unitedStates = taiwan.select("td").get(0);
		Element china = taiwan.select("td").get(1);
		assertThat(unitedStates.text()).isEqualTo("Not raised.");
		assertThat(china.select(".passage").text()).contains("core interest", "no room");
	}

	@Test
	void putsTopicsOnlyOneSideRaisedBeforeTopicsOfTheMeetingNeitherReadoutRaised() {
		Document page = compare(WANG_YI_MEETING);
		// The meeting's own list names no topic beyond those the readouts raise, so every
		// row
		// is a one-side finding.
		assertThat(page.select(".topic-table tbody th a").eachText()).containsExactly("Climate change", "Fentanyl",
				"Sanctions", "Semiconductors and export controls", "Taiwan", "Trade");
	}

	@Test
	void comparesTheWordsOfTheCharacterisations() {
		Document page = compare(QIN_GANG_TALKS);
		assertThat(page.text()).contains("Words both sides used: constructive.");
		Element own = page.select("section[aria-labelledby=characterisations-heading] tbody tr").get(1);
		assertThat(own.select("td").eachText()).containsExactly("candid, substantive", "stable, predictable");
	}

	@Test
	void namesAMissingReadoutAsAFinding() {
		Document page = compare(XI_MEETING);
		assertThat(page.select(".findings li.silent").eachText()).containsExactly(
				"No United States readout is on record: the silence is itself a finding.",
				"No China readout is on record: the silence is itself a finding.");
		// The meeting's own topic is listed as raised by neither side.
		Element row = row(page, "Military-to-military communication");
		assertThat(row.selectFirst(".finding").text()).isEqualTo("recorded for the meeting, in neither readout");
	}

	@Test
	void isLinkedFromTheMeetingPage() {
		Document meeting = Pages.get(this.mvc, "/meetings/" + WANG_YI_MEETING);
		assertThat(meeting.select("a[href=/meetings/2/compare]").text())
			.isEqualTo("Compare the readouts topic by topic");
	}

	@Test
	void answersNotFoundForAnUnknownMeeting() {
		assertThat(this.mvc.get().uri("/meetings/999999/compare")).hasStatus(404);
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

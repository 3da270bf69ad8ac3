package dev.readout.dossier;

import dev.readout.PageTest;
import dev.readout.Pages;
import dev.readout.SeededRecord;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

@PageTest
class MeetingPageTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	SeededRecord seeded;

	@Test
	void setsTheTwoSidesReadoutsOfTheWangYiMeetingSideBySide() {
		Document page = meetingPage("Blinken – Wang Yi meeting");
		Element readouts = page.getElementById("readouts-heading").closest("section");
		var columns = readouts.select(".side-column");
		assertThat(columns).hasSize(2);
		assertThat(columns.get(0).select("h3").text()).contains("United States");
		assertThat(columns.get(0).text()).contains("Department of State", "candid and productive discussion")
			.doesNotContain("core interest");
		assertThat(columns.get(1).select("h3").text()).contains("China");
		assertThat(columns.get(1).text()).contains("Ministry of Foreign Affairs of the PRC", "critical juncture",
				"core interest");
	}

	@Test
	void keepsTheParagraphsOfAReadoutAndNeverRendersItsTextAsHtml() {
		Document page = meetingPage("Blinken – Wang Yi meeting");
		assertThat(page.select("#readout-3 p:not(.meta)")).hasSizeGreaterThanOrEqualTo(3);
	}

	@Test
	void saysSoWhenASideHasNoStatementOnRecord() {
		Document page = meetingPage("Blinken – Wang Yi meeting in Munich");
		assertThat(page.select(".missing").eachText()).contains("United States: no statement on record yet.",
				"China: no statement on record yet.");
	}

	@Test
	void showsEachSidesStatementsByKindReadoutsFirst() {
		Document xi = meetingPage("Blinken – Xi Jinping meeting");
		Elements xiSides = statements(xi);
		assertThat(xiSides.get(0).select(".readout .kind").eachText()).containsExactly("Remarks to the media");
		assertThat(xiSides.get(1).select(".readout .kind").eachText()).containsExactly("Transcript");
		assertThat(xi.select(".missing")).isEmpty();

		Document qin = meetingPage("Blinken – Qin Gang talks");
		assertThat(statements(qin).get(0).select(".readout .kind").eachText()).containsExactly("Official readout",
				"Briefing by officials");
		Element china = statements(qin).get(1);
		assertThat(china.select(".readout .kind").eachText()).containsExactly("Official readout", "State-media report");
		// State media's words, never the ministry's.
		assertThat(china.select(".readout").get(0).text()).doesNotContain("stable, predictable");
		assertThat(china.select(".readout").get(1).text()).contains("Chinese state media",
				"stable, predictable, and constructive");
	}

	private static Elements statements(Document page) {
		return page.getElementById("readouts-heading").closest("section").select(".side-column");
	}

	@Test
	void showsATimeAnnouncedInAdvanceAsScheduled() {
		assertThat(meetingPage("Blinken – Xi Jinping meeting").select(".when").text())
			.contains("scheduled for 16:30 local time (Asia/Shanghai, UTC+08:00)");
	}

	@Test
	void showsASpanOfDaysAtTheMonthItIsKnownTo() {
		// Two days in May 2023 (A1), not a 48-hour meeting and not a day in May.
		Document vienna = meetingPage("Sullivan – Wang Yi talks in Vienna");
		assertThat(vienna.select(".when").first().text()).isEqualTo("May 2023 over 2 days");
		assertThat(vienna.text()).doesNotContain("48 hours", "1 May 2023");
	}

	@Test
	void showsTheMeetingInLocalTimeAndUtcWithParticipantsTitlesOfTheDay() {
		String text = meetingPage("Blinken – Xi Jinping meeting").text();
		assertThat(text).contains("19 June 2023", "16:30 local time (Asia/Shanghai, UTC+08:00)", "08:30 UTC",
				"Xi Jinping", "习近平", "President of the People's Republic of China", "Secretary of State", "Host",
				"Guest");
	}

	@Test
	void linksTheOtherMeetingsOfTheVisit() {
		Document page = meetingPage("Blinken – Qin Gang talks");
		assertThat(page.select("ol.visit li").eachText()).hasSize(3);
		assertThat(page.select("ol.visit a").eachText()).containsExactly("Blinken – Wang Yi meeting",
				"Blinken – Xi Jinping meeting");
	}

	@Test
	void showsAgreementsWithTheirStatusAndHistoryIncludingTheDeclinedMilitaryChannel() {
		Document page = meetingPage("Blinken – Xi Jinping meeting");
		Element declined = page.select(".agreement")
			.stream()
			.filter(agreement -> agreement.text().contains("Resume military-to-military communication"))
			.findFirst()
			.orElseThrow();
		assertThat(declined.select(".badge").text()).isEqualTo("Declined");
		assertThat(declined.select(".history").text()).contains("19 June 2023", "repeatedly");
	}

	@Test
	void citesACopyOfAnArticleUnderTheOriginalsNumber() {
		Document page = meetingPage("Blinken – Wang Yi meeting");
		var sources = page.select("ol.sources > li");
		// Four sources are cited, but one is a reworded copy of another: three citations.
		assertThat(sources).hasSize(3);
		Element first = sources.get(0);
		assertThat(first.id()).isEqualTo("source-1");
		assertThat(first.text()).contains("Report on the Blinken–Wang Yi meeting", "Machine-reworded copy");
		assertThat(page.select(".readout .cites a").eachAttr("href")).contains("#source-1", "#source-2");
	}

	private Document meetingPage(String title) {
		return Pages.get(this.mvc, "/meetings/" + this.seeded.meeting(title));
	}

}

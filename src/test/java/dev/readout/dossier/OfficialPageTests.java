package dev.readout.dossier;

import dev.readout.PageTest;
import dev.readout.Pages;
import dev.readout.SeededRecord;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

@PageTest
class OfficialPageTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	SeededRecord seeded;

	@Test
	void listsOfficialsWithTheirNamesInBothScripts() {
		Document page = Pages.get(this.mvc, "/officials");
		assertThat(page.select("tbody tr")).hasSizeGreaterThanOrEqualTo(12);
		assertThat(page.text()).contains("Antony J. Blinken", "Wang Yi", "王毅", "Qin Gang", "秦刚");
	}

	@Test
	void showsWangYisPositionsOverTimeAndHisTitleAtEachMeeting() {
		Document page = Pages.get(this.mvc, "/officials/" + this.seeded.official("Wang Yi"));
		assertThat(page.select("h1").text()).isEqualTo("Wang Yi 王毅");
		var positions = page.getElementById("positions-heading").closest("section").select("tbody tr");
		assertThat(positions.eachText()).containsExactly(
				"Minister of Foreign Affairs Ministry of Foreign Affairs March 2013 30 December 2022 "
						+ "China's parliament names Wang Yi foreign minister, March 2013 "
						+ "end: Qin Gang appointed foreign minister in Wang Yi's place, 30 December 2022",
				"Director of the Office of the Central Foreign Affairs Commission Communist Party of China January 2023 "
						+ "in office in June 2023 (end not on record) "
						+ "Wang Yi named director of the Central Foreign Affairs Commission's office, January 2023",
				"Minister of Foreign Affairs Ministry of Foreign Affairs 25 July 2023 end not on record "
						+ "Wang Yi appointed foreign minister and Qin Gang removed, 25 July 2023");
		var meetings = page.getElementById("meetings-heading").closest("section").select("tbody tr");
		assertThat(meetings.eachText()).anySatisfy(row -> assertThat(row).contains("Blinken – Wang Yi meeting", "Host",
				"Director of the Office of the Central Foreign Affairs Commission"));
	}

	@Test
	void showsAPositionWithNoEndOnRecordAsHeldWhenLastSeenNeverAsHeldToday() {
		Document officials = Pages.get(this.mvc, "/officials");
		assertThat(officials.select("tbody tr").eachText())
			.anySatisfy(row -> assertThat(row).contains("Xi Jinping", "in office in June 2023 (end not on record)"))
			.anySatisfy(row -> assertThat(row).contains("Antony J. Blinken", "until 20 January 2025"));
		assertThat(officials.select("thead").text()).contains("Latest position on record").doesNotContain("today");
	}

	@Test
	void citesTheSourceOfATenuresDates() {
		Document blinken = Pages.get(this.mvc, "/officials/" + this.seeded.official("Antony J. Blinken"));
		assertThat(blinken.select("tbody tr").first().text()).contains("Secretary of State", "26 January 2021",
				"20 January 2025", "Antony John Blinken, Secretary of State: dates of service (public record)");
	}

	@Test
	void citesTheStartAndTheEndOfATenureEachToTheReportThatStatesIt() {
		Document qinGang = Pages.get(this.mvc, "/officials/" + this.seeded.official("Qin Gang"));
		Element tenure = qinGang.selectFirst("tbody tr");
		assertThat(tenure.text()).contains("30 December 2022", "25 July 2023");
		assertThat(tenure.select("td").last().select("a").eachText()).containsExactly(
				"Qin Gang appointed foreign minister in Wang Yi's place, 30 December 2022",
				"Wang Yi appointed foreign minister and Qin Gang removed, 25 July 2023");
		assertThat(tenure.select("td").last().select("a").first().attr("href")).startsWith("/sources/");

		// A date no report on hand states is shown uncited, never cited to the start's
		// report.
		Document yellen = Pages.get(this.mvc, "/officials/" + this.seeded.official("Janet Yellen"));
		assertThat(yellen.selectFirst("tbody tr td:last-child").text())
			.isEqualTo("Yellen sworn in as Treasury secretary on 26 January 2021 end: none cited");
	}

	@Test
	void saysWhenATenureIsNotOnRecordRatherThanGuessing() {
		Document page = Pages.get(this.mvc, "/officials/" + this.seeded.official("Daniel Kritenbrink"));
		assertThat(page.select("tbody tr").first().text()).contains("not on record");
	}

	@Test
	void drawsWhomXiJinpingMetFromTheOtherSideAndHowOften() {
		Document page = Pages.get(this.mvc, "/officials/" + this.seeded.official("Xi Jinping"));
		Element graph = page.selectFirst("figure.counterparts");
		assertThat(graph.selectFirst("svg").attr("role")).isEqualTo("img");
		// Held contacts only: Biden in Bali (APEC is still planned) and Blinken; Bill
		// Gates met him as a private person, for no government, so is no counterpart.
		assertThat(graph.select("figcaption li").eachText()).containsExactly("Antony J. Blinken: 1 meeting",
				"Joe Biden: 1 meeting");
		assertThat(graph.select("svg line")).hasSize(2);

		Document wangYi = Pages.get(this.mvc, "/officials/" + this.seeded.official("Wang Yi"));
		assertThat(wangYi.select("figure.counterparts figcaption li").eachText())
			.containsExactly("Antony J. Blinken: 2 meetings", "Jake Sullivan: 1 meeting");
		assertThat(wangYi.select("figure.counterparts svg line").eachAttr("stroke-width")).containsExactly("6.0",
				"3.5");
		assertThat(wangYi.select("figure.counterparts desc").text()).contains("linked to the 2 officials");
		Document sullivan = Pages.get(this.mvc, "/officials/" + this.seeded.official("Jake Sullivan"));
		assertThat(sullivan.select("figure.counterparts desc").text()).contains("linked to the one official");
	}

	@Test
	void keepsAPrivatePersonOutOfTheOfficialsOfASide() {
		Document officials = Pages.get(this.mvc, "/officials");
		assertThat(officials.select("table tbody th").eachText()).doesNotContain("Bill Gates")
			.contains("Antony J. Blinken");
		assertThat(officials.text()).contains("Private persons");

		Document meeting = Pages.get(this.mvc, "/meetings/" + this.seeded.meeting("Bill Gates – Xi Jinping meeting"));
		assertThat(meeting.select(".side-column").eachText())
			.anySatisfy(column -> assertThat(column).startsWith("In a private capacity").contains("Bill Gates"))
			.noneSatisfy(column -> assertThat(column).contains("United States").contains("Bill Gates"));

		Document usContacts = Pages.get(this.mvc, "/?side=US");
		assertThat(usContacts.text()).doesNotContain("Bill Gates – Xi Jinping meeting");
	}

}

package dev.readout.search;

import dev.readout.PageTest;
import dev.readout.Pages;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

@PageTest
class SearchPageTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void listsHitsByKindWithTheMatchedWordsMarked() {
		Document page = search("taiwan");
		// Both summaries name Taiwan.
		assertThat(page.select("#hits-meetings + ol li > a").eachText())
			.containsExactlyInAnyOrder("Sullivan – Wang Yi talks in Vienna", "Blinken – Wang Yi meeting");
		assertThat(page.select("#hits-readouts + ol li > a").eachText())
			.containsExactly("Wang Yi's meeting with Secretary Blinken");
		assertThat(page.select("#hits-readouts + ol .meta").text())
			.isEqualTo("China’s readout of Blinken – Wang Yi meeting");
		assertThat(page.select("#hits-readouts + ol mark").eachText()).contains("Taiwan");
		assertThat(page.select("#hits-meetings + ol mark").eachText()).contains("Taiwan");
		assertThat(page.select("#hits-agreements, #hits-officials")).isEmpty();
	}

	@Test
	void findsWhatTheRecordSaysInEnglishWhenSearchedInChinese() {
		Document page = search("台湾");
		assertThat(page.select("#hits-meetings + ol li > a").eachText())
			.containsExactlyInAnyOrder("Sullivan – Wang Yi talks in Vienna", "Blinken – Wang Yi meeting");
		assertThat(page.select("#hits-readouts + ol li > a").eachText())
			.contains("Wang Yi's meeting with Secretary Blinken");
		assertThat(page.select("#hits-meetings + ol mark").eachText()).contains("Taiwan");
	}

	@Test
	void findsAnOfficialsMeetingsByTheNameInTheirOwnScript() {
		assertThat(search("王毅").select("#hits-meetings + ol li > a").eachText()).contains("Blinken – Wang Yi meeting");
	}

	@Test
	void linksToTheTimelineWithTheWordsAsTyped() {
		Document page = search("taiwan +");

		assertThat(page.select("a[href^=/?q=]").attr("href")).isEqualTo("/?q=taiwan%20%2B");
	}

	@Test
	void updatesTheResultsAsOneTypes() {
		Document page = search("taiwan");
		assertThat(page.select("form.search-form").attr("data-hx-trigger")).contains("input changed");
		assertThat(page.select("form.search-form").attr("data-hx-select")).isEqualTo("#search-results");
		assertThat(page.select("#search-results #hits-meetings")).isNotEmpty();
	}

	@Test
	void findsFentanylOnlyInTheUsOfficialsBriefingNotInTheReadout() {
		Document page = search("fentanyl");
		assertThat(page.select("#hits-readouts + ol li > a").eachText())
			.containsExactly("US officials on the shared challenges raised with Wang Yi");
		assertThat(page.select("#hits-meetings")).isEmpty();
	}

	@Test
	void findsOfficialsByTheirChineseName() {
		Document page = search("王毅");
		assertThat(page.select("#hits-officials + ul li > a").eachText()).containsExactly("Wang Yi");
		assertThat(page.select("#hits-officials + ul li").text()).contains("王毅", "China");
		assertThat(search("王").select("#hits-officials + ul li > a").eachText()).as("by the surname alone")
			.containsExactly("Wang Yi");
		assertThat(search("秦").select("#hits-officials + ul li > a").eachText()).containsExactly("Qin Gang");
		assertThat(search("刚").select("#hits-officials + ul li > a").eachText())
			.as("a character that begins no word of a name")
			.isEmpty();
	}

	@Test
	void findsAnOfficialByAnyNameThePressGivesThem() {
		this.jdbc.sql("""
				insert into official (full_name, native_name, country, aliases)
				values ('Xie Zhenhua', '解振华', 'CN', 'China''s climate czar')""").update();
		Document page = search("climate czar");
		assertThat(page.select("#hits-officials + ul li > a").eachText()).containsExactly("Xie Zhenhua");
		assertThat(page.select("#hits-officials + ul li .aliases").text())
			.isEqualTo("Also known as China's climate czar");
	}

	@Test
	void findsAgreementsWithTheirStatusAndMeeting() {
		Document page = search("military");
		assertThat(page.select("#hits-agreements + ol li").text()).contains("Resume military-to-military communication",
				"Declined", "Blinken – Xi Jinping meeting");
	}

	@Test
	void saysSoWhenNothingMatchesAndEscapesWhatWasTyped() {
		Document page = search("<script>alert(1)</script>");
		assertThat(page.select("[role=status]").text())
			.isEqualTo("Nothing on record matches “<script>alert(1)</script>”.");
		assertThat(page.select("main script")).isEmpty();
	}

	@Test
	void refusesSearchesLongerThanAnyoneTypes() {
		Document page = search("x".repeat(201));
		assertThat(page.select("#search-words").attr("aria-invalid")).isEqualTo("true");
		assertThat(page.select(".error").text()).isEqualTo("Use at most 200 characters.");
	}

	private Document search(String words) {
		return Pages.get(this.mvc.get().uri("/search").param("q", words));
	}

}

package dev.readout.timeline;

import java.util.List;

import dev.readout.PageTest;
import dev.readout.Pages;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Filters and search on the timeline, against the seeded record: fourteen contacts around
 * the Secretary of State's visit to Beijing in June 2023.
 */
@PageTest
class TimelineFilterTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void searchFindsMeetingsByTheirReadoutsAgreementsAndParticipantsNames() {
		// Taiwan is named in the Vienna summary and in China's readout of the Wang Yi
		// meeting.
		assertThat(titles("/?q=taiwan")).containsExactly("Blinken – Wang Yi meeting",
				"Sullivan – Wang Yi talks in Vienna");
		// Searched in Chinese, the topic's Chinese name finds the English texts.
		assertThat(titles("/?q=台湾")).containsExactly("Blinken – Wang Yi meeting", "Sullivan – Wang Yi talks in Vienna");
		// Fentanyl appears only in the US readout of the Wang Yi meeting.
		assertThat(titles("/?q=fentanyl")).containsExactly("Blinken – Wang Yi meeting");
		// An agreement's text: commercial flights were agreed with Qin Gang.
		assertThat(titles("/?q=commercial+flights")).containsExactly("Blinken – Qin Gang talks");
		// A characterisation only.
		assertThat(titlesOf(Pages.get(this.mvc.get().uri("/").param("q", "\"critical juncture\""))))
			.containsExactly("Blinken – Wang Yi meeting");
	}

	@Test
	void searchFindsOfficialsByTheirNameInChineseAsInEnglish() {
		List<String> wangYi = List.of("Blinken – Wang Yi meeting", "Sullivan – Wang Yi talks in Vienna",
				"Blinken – Wang Yi meeting in Munich");
		assertThat(titles("/?q=王毅")).containsExactlyInAnyOrderElementsOf(wangYi);
		assertThat(titles("/?q=wang+yi")).containsExactlyInAnyOrderElementsOf(wangYi);
		assertThat(titles("/?q=秦刚")).containsExactlyInAnyOrder("Blinken – Qin Gang talks",
				"Qin Gang visit to the United States (invited)");
	}

	@Test
	void searchStemsEnglishWords() {
		// "postponement" is not in the record, but "postponed" is, and both stem alike
		// only if they share a stem; "meetings" must find "meeting".
		assertThat(titles("/?q=balloons")).containsExactly("Blinken visit to Beijing (postponed)");
	}

	@Test
	void searchFindsNothingForWordsNotOnRecord() {
		Document page = Pages.get(this.mvc, "/?q=zeppelin");
		assertThat(titlesOf(page)).isEmpty();
		assertThat(page.select(".match-count").text()).isEqualTo("No contact matches");
		assertThat(page.text()).contains("No contact on record matches these filters.");
	}

	@Test
	void filtersCombineWithAnd() {
		assertThat(titles("/?level=LEADERS")).containsExactly("Biden – Xi Jinping meeting at APEC (expected)",
				"Biden – Xi Jinping meeting in Bali");
		assertThat(titles("/?level=LEADERS&status=HELD")).containsExactly("Biden – Xi Jinping meeting in Bali");
		assertThat(titles("/?level=LEADERS&status=HELD&q=beijing")).isEmpty();
	}

	@Test
	void dateRangesIncludeContactsKnownOnlyToTheMonthThatMayFallInThem() {
		// Two days in June: the visit's three meetings and the two June contacts known
		// only to the month (the Kritenbrink talks and Bill Gates), which may have fallen
		// on them.
		assertThat(titles("/?from=2023-06-18&to=2023-06-19")).containsExactly("Blinken – Xi Jinping meeting",
				"Blinken – Wang Yi meeting", "Blinken – Qin Gang talks", "Bill Gates – Xi Jinping meeting",
				"Kritenbrink and Beran talks in Beijing");
		// Those expected after 19 June 2023, within 2023, may fall on any later day of
		// it; so may the June contacts known only to the month.
		assertThat(titles("/?from=2023-06-20&to=2023-06-20")).containsExactly(
				"Qin Gang visit to the United States (invited)", "Kerry visit to Beijing (expected)",
				"Raimondo visit to Beijing (expected)", "Yellen visit to Beijing (expected)",
				"Bill Gates – Xi Jinping meeting", "Kritenbrink and Beran talks in Beijing");
		// A month written as a month covers all of it.
		assertThat(titles("/?from=2023-02&to=2023-02&status=HELD"))
			.containsExactly("Blinken – Wang Yi meeting in Munich");
		// The year 2022 holds only Bali.
		assertThat(titles("/?to=2022")).containsExactly("Biden – Xi Jinping meeting in Bali");
	}

	@Test
	void filtersByOfficialTopicVisitAndChannel() {
		assertThat(titles("/?official=10&status=HELD")).containsExactly("Blinken – Xi Jinping meeting",
				"Bill Gates – Xi Jinping meeting", "Biden – Xi Jinping meeting in Bali");
		assertThat(titles("/?topic=1")).containsExactly("Blinken – Wang Yi meeting",
				"Sullivan – Wang Yi talks in Vienna");
		assertThat(titles("/?visit=1&order=OLDEST")).containsExactly("Blinken – Qin Gang talks",
				"Blinken – Wang Yi meeting", "Blinken – Xi Jinping meeting");
		assertThat(titles("/?channel=1")).containsExactly("Biden – Xi Jinping meeting at APEC (expected)",
				"Biden – Xi Jinping meeting in Bali");
	}

	@Test
	void activeFiltersShowAsChipsThatRemoveThemselves() {
		Document page = Pages.get(this.mvc, "/?level=LEADERS&status=HELD");
		Element levelChip = page.select(".chips li").first();
		assertThat(levelChip.text()).contains("Leaders");
		assertThat(levelChip.selectFirst("a").attr("href")).isEqualTo("/?status=HELD");
		assertThat(levelChip.selectFirst("a").attr("aria-label")).isEqualTo("Remove the filter: Level");
		assertThat(page.select(".chips").text()).contains("Held", "Clear all filters");
	}

	@Test
	void facetsCountTheMatchesForEachValueAndLinkToNarrowDown() {
		Document page = Pages.get(this.mvc, "/?visit=1");
		assertThat(page.select(".match-count").text()).isEqualTo("3 contacts match");
		Element ministers = facet(page, "Level", "Ministers and top diplomats");
		assertThat(ministers.selectFirst(".count").text()).isEqualTo("3");
		assertThat(ministers.selectFirst("a").attr("href")).isEqualTo("/?visit=1&level=MINISTERS");
		Element xi = facet(page, "Official", "Xi Jinping");
		assertThat(xi.selectFirst(".count").text()).isEqualTo("1");
		assertThat(facet(page, "Official", "Antony J. Blinken").selectFirst(".count").text()).isEqualTo("3");
		assertThat(facet(page, "Topic", "Taiwan").selectFirst(".count").text()).isEqualTo("1");
	}

	@Test
	void theChartCountsContactsPerMonthByLevelWithATable() {
		Document page = Pages.get(this.mvc, "/?view=DETAILED");
		Element chart = page.selectFirst("figure.chart");
		assertThat(chart.selectFirst("svg").attr("role")).isEqualTo("img");
		assertThat(chart.select("svg title").text()).isEqualTo("Contacts per month, by level");
		// November 2022 (Bali) to November 2023 (APEC): thirteen months, each with a bar
		// slot.
		assertThat(chart.select("svg desc").text()).startsWith("From November 2022 to November 2023");
		assertThat(chart.select("rect.level-LEADERS")).hasSize(2);
		Element june = chart.select("tbody tr")
			.stream()
			.filter(row -> row.selectFirst("th").text().equals("June 2023"))
			.findFirst()
			.orElseThrow();
		// Three meetings with the Secretary, the Kritenbrink talks, and Bill Gates.
		// Columns: leaders, ministers, senior officials, non-official.
		assertThat(june.select("td").eachText()).containsExactly("0", "3", "1", "1");
		assertThat(chart.text()).contains("4 contacts known only to the year are not in the chart.");
	}

	@Test
	void aDateThatCannotBeReadIsShownAsTypedWithItsMessageAndNothingIsListed() {
		Document page = Pages.get(this.mvc, "/?from=2023-13-45&level=LEADERS");
		assertThat(page.selectFirst("#from").attr("aria-invalid")).isEqualTo("true");
		assertThat(page.selectFirst("#from").val()).isEqualTo("2023-13-45");
		assertThat(page.selectFirst("#from + small.error").text()).isNotBlank();
		assertThat(page.select(".filter-errors").text()).contains("From");
		assertThat(page.select("input[type=hidden][name=level]").val()).isEqualTo("LEADERS");
		assertThat(titlesOf(page)).isEmpty();
	}

	@Test
	void aFilterValueOfTheWrongKindIsNamedAndNothingIsListed() {
		Document page = Pages.get(this.mvc, "/?level=EMPEROR&q=taiwan");
		assertThat(page.select(".filter-errors").text()).contains("Level", "This is not in the expected form.");
		assertThat(page.selectFirst("#q").val()).isEqualTo("taiwan");
		assertThat(titlesOf(page)).isEmpty();
	}

	@Test
	void theCsvExportCarriesTheFilters() throws Exception {
		Document page = Pages.get(this.mvc, "/?level=LEADERS&order=OLDEST");
		assertThat(page.select("a[download]").attr("href")).isEqualTo("/timeline.csv?level=LEADERS&order=OLDEST");
		String csv = this.mvc.get().uri("/timeline.csv?level=LEADERS").exchange().getResponse().getContentAsString();
		assertThat(csv).contains("Biden – Xi Jinping meeting in Bali").doesNotContain("Blinken – Wang Yi meeting");
	}

	@Test
	@Transactional
	void countsAgainOnceTheRecordChanges() {
		assertThat(Pages.get(this.mvc, "/?level=LEADERS").select(".match-count").text()).isEqualTo("2 contacts match");
		this.jdbc.sql("""
				insert into meeting (title, start_date, start_precision, format, status, level)
				values ('Biden – Xi Jinping call', '2024-04-02', 'DAY', 'PHONE_CALL', 'HELD', 'LEADERS')""").update();
		// Until the change is audited, as every change made through Readout is, the
		// counts are those of the record as it was.
		assertThat(Pages.get(this.mvc, "/?level=LEADERS").select(".match-count").text()).isEqualTo("2 contacts match");
		this.jdbc
			.sql("insert into audit_event (actor, action, subject_type, subject_id) values ('analyst1', 'CREATE', "
					+ "'MEETING', (select max(id) from meeting))")
			.update();
		assertThat(Pages.get(this.mvc, "/?level=LEADERS").select(".match-count").text()).isEqualTo("3 contacts match");
	}

	private static Element facet(Document page, String facet, String value) {
		return page.select(".facets details")
			.stream()
			.filter(details -> details.selectFirst("summary").text().equals(facet))
			.flatMap(details -> details.select("li").stream())
			.filter(item -> item.selectFirst("a").text().equals(value))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No " + facet + " facet value " + value));
	}

	private List<String> titles(String uri) {
		return titlesOf(Pages.get(this.mvc, uri));
	}

	private static List<String> titlesOf(Document page) {
		return page.select(".compact-list tbody th > a").eachText();
	}

}

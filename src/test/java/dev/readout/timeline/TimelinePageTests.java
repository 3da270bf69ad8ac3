package dev.readout.timeline;

import dev.readout.PageTest;
import dev.readout.Pages;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

@PageTest
class TimelinePageTests {

	@Autowired
	MockMvcTester mvc;

	@Test
	void listsTheThreeMeetingsOfTheVisitNewestFirstWithTitlesAsOfTheirDate() {
		String page = text("/");
		int xi = page.indexOf("Blinken – Xi Jinping meeting");
		int wangYi = page.indexOf("Blinken – Wang Yi meeting");
		int qinGang = page.indexOf("Blinken – Qin Gang talks");
		assertThat(xi).isPositive().isLessThan(wangYi);
		assertThat(wangYi).isLessThan(qinGang);
		// In June 2023 Wang Yi was China's top diplomat; he became foreign minister again
		// only in July.
		String wangYiEntry = page.substring(wangYi, qinGang);
		assertThat(wangYiEntry)
			.contains("Wang Yi", "王毅", "Director of the Office of the Central Foreign Affairs Commission")
			.doesNotContain("Minister of Foreign Affairs");
		assertThat(page.substring(qinGang)).contains("Qin Gang", "Minister of Foreign Affairs");
	}

	@Test
	void showsTheXiMeetingInBeijingTimeAndUtc() {
		assertThat(text("/")).contains("19 June 2023", "16:30 local time (Asia/Shanghai, UTC+08:00)", "08:30 UTC");
	}

	@Test
	void showsMonthPreciseDatesAsMonthsAndYearPreciseOnesAsYears() {
		String page = text("/");
		assertThat(page).contains("May 2023", "Sullivan – Wang Yi talks in Vienna", "2023 (month not known)")
			.doesNotContain("1 May 2023")
			.doesNotContain("1 January 2023");
	}

	@Test
	void setsPlannedAndPostponedContactsApartFromHeldOnes() {
		Document page = Pages.get(this.mvc, "/?view=DETAILED");
		assertThat(page.select(".entry.held .status-held")).isNotEmpty();
		assertThat(page.select(".entry.not-held .status-planned").text()).contains("Planned");
		assertThat(page.select(".entry.not-held .status-postponed").text()).contains("Postponed");
	}

	@Test
	void countsReadoutsPerSideAndAgreements() {
		String page = text("/");
		String qinGang = page.substring(page.indexOf("Blinken – Qin Gang talks"));
		assertThat(qinGang).contains("United States: 1", "China: 1", "4 agreements");
	}

	@Test
	void turnsToOldestFirst() {
		String page = text("/?order=OLDEST");
		assertThat(page.indexOf("Biden – Xi Jinping meeting in Bali")).isPositive()
			.isLessThan(page.indexOf("Blinken – Qin Gang talks"));
		// Expected after 19 June 2023: after the visit that produced them, whichever the
		// order.
		assertThat(page.indexOf("Yellen visit to Beijing (expected)"))
			.isGreaterThan(page.indexOf("Blinken – Xi Jinping meeting"));
		String newest = text("/");
		assertThat(newest.indexOf("Yellen visit to Beijing (expected)"))
			.isLessThan(newest.indexOf("Blinken – Xi Jinping meeting"));
		assertThat(newest).contains("after 19 June 2023, within 2023");
	}

	/**
	 * The detailed view's text: a card per contact, with every participant and the times.
	 */
	@Test
	void drawsTheAxisInLanesByLevelOrByChannelAsTheReaderChooses() {
		Document byLevel = Pages.get(this.mvc, "/");
		assertThat(byLevel.select("figure.axis .lane-labels text").eachText()).contains("Ministers and top diplomats");
		assertThat(byLevel.select("figure.axis .axis-lanes a").attr("href")).isEqualTo("/?lanes=CHANNEL");

		Document byChannel = Pages.get(this.mvc, "/?lanes=CHANNEL");
		assertThat(byChannel.select("figure.axis .lane-labels text").eachText())
			.contains("Foreign ministers and top diplomats", "No channel")
			.doesNotContain("Ministers and top diplomats");
		// Marks keep their level's colour; the filters keep the choice.
		assertThat(byChannel.select("figure.axis rect.mark.level-MINISTERS")).isNotEmpty();
		assertThat(byChannel.select("input[type=hidden][name=lanes]").val()).isEqualTo("CHANNEL");
		assertThat(byChannel.select("figure.axis .axis-lanes a").attr("href")).isEqualTo("/");
	}

	@Test
	void flagsPlannedContactsWhoseTimeHasPassedAsOverdue() {
		Document page = Pages.get(this.mvc, "/");
		Element yellen = page.select(".compact-list tbody tr")
			.stream()
			.filter(row -> row.text().contains("Yellen visit to Beijing (expected)"))
			.findFirst()
			.orElseThrow();
		// Expected within 2023; today is later, and nothing recorded it held.
		assertThat(yellen.select(".flag-overdue").text()).isEqualTo("Overdue");
		assertThat(page.select(".compact-list tbody tr.held .flag-overdue")).isEmpty();

		// The API says so too, in the list and for the one meeting.
		assertThat(this.mvc.get().uri("/api/v1/meetings?size=200")).bodyJson()
			.extractingPath("$.items[?(@.title == 'Yellen visit to Beijing (expected)')].overdue")
			.asArray()
			.containsExactly(true);
		assertThat(this.mvc.get().uri("/api/v1/meetings?size=200")).bodyJson()
			.extractingPath("$.items[?(@.title == 'Blinken – Wang Yi meeting')].overdue")
			.asArray()
			.containsExactly(false);
	}

	@Test
	void listsEachContactOnOneLineWithItsPrincipalsTitlesThenAndReadoutsPerSide() {
		Element qinGang = compactRow("/", "Blinken – Qin Gang talks");

		assertThat(qinGang.select(".when time").attr("datetime")).isEqualTo("2023-06-18");
		assertThat(qinGang.select(".when").text()).isEqualTo("18 June 2023");
		assertThat(qinGang.select(".place").text()).isEqualTo("Beijing, China");
		assertThat(qinGang.select(".principal")).extracting(principal -> principal.attr("title"))
			.containsExactly("Antony J. Blinken, Secretary of State", "Qin Gang, Minister of Foreign Affairs");
		assertThat(qinGang.select(".principal abbr")).extracting(side -> side.attr("title") + " " + side.text())
			.containsExactly("United States US", "China CN");
		assertThat(qinGang.select(".readout-counts abbr")).extracting(count -> count.attr("title"))
			.containsExactly("United States: 1", "China: 1");
		assertThat(qinGang.select(".status-held").text()).isEqualTo("Held");
		assertThat(qinGang.hasClass("held")).isTrue();
	}

	@Test
	void writesTheLineInTheReadersLanguage() {
		Element qinGang = compactRow("/?lang=zh-CN", "Blinken – Qin Gang talks");

		assertThat(qinGang.select(".when").text()).isEqualTo("2023年6月18日");
		assertThat(qinGang.select(".principal a").eachText()).contains("秦刚");
		assertThat(qinGang.select(".principal abbr").eachAttr("title")).containsExactly("美国", "中国");
	}

	private Element compactRow(String uri, String title) {
		Document page = Pages.get(this.mvc, uri);
		return page.select("table.compact-list tbody tr")
			.stream()
			.filter(row -> row.select(".contact a").text().equals(title))
			.findFirst()
			.orElseThrow();
	}

	private String text(String uri) {
		return Pages.get(this.mvc, uri + (uri.contains("?") ? "&" : "?") + "view=DETAILED").text();
	}

}

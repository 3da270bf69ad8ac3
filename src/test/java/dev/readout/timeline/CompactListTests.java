package dev.readout.timeline;

import java.util.List;

import dev.readout.PageTest;
import dev.readout.Pages;
import dev.readout.SeededRecord;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.annotation.Transactional;

import static dev.readout.SignedIn.analyst;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The timeline's compact list as a reader sees each line: the date at its precision, the
 * principal of each side with the titles they held that day, and each side's readouts
 * counted, in both languages.
 */
@PageTest
@Transactional
class CompactListTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SeededRecord seeded;

	@Test
	void writesEachDateAtItsPrecisionAndSeveralDaysAsARange() {
		assertThat(row(this.seeded.xiMeeting(), "").select(".when").text()).isEqualTo("19 June 2023");
		assertThat(row(this.seeded.meeting("Biden – Xi Jinping meeting at APEC (expected)"), "").select(".when").text())
			.isEqualTo("November 2023");
		long visit = contact("Talks over several days", "2031-06-18", "2031-06-19");
		assertThat(row(visit, "").select(".when").text()).isEqualTo("18 Jun – 19 Jun 2031");
		assertThat(row(visit, "").select("time").eachAttr("datetime")).containsExactly("2031-06-18", "2031-06-19");
		assertThat(row(visit, "?lang=zh-CN").select(".when").text()).isEqualTo("6月18日 – 2031年6月19日");
		assertThat(row(this.seeded.xiMeeting(), "?lang=zh-CN").select(".when").text()).isEqualTo("2023年6月19日");
	}

	/** Without the first day's year, "28 Dec – 2 Jan 2032" reads as December 2032. */
	@Test
	void givesBothYearsOfAContactThatRunsIntoTheNextYear() {
		long visit = contact("Talks over the new year", "2031-12-28", "2032-01-02");

		assertThat(row(visit, "").select(".when").text()).isEqualTo("28 Dec 2031 – 2 Jan 2032");
		assertThat(row(visit, "?lang=zh-CN").select(".when").text()).isEqualTo("2031年12月28日 – 2032年1月2日");
	}

	@Test
	void showsEachSidesPrincipalWithTheTitlesHeldThatDay() {
		Element xi = row(this.seeded.xiMeeting(), "");
		assertThat(xi.select(".principal abbr").eachText()).containsExactly("US", "CN");
		assertThat(xi.select(".principal a").eachText()).containsExactly("Antony J. Blinken", "Xi Jinping");
		assertThat(xi.select(".principal").get(0).attr("title")).isEqualTo("Antony J. Blinken, Secretary of State");
		assertThat(xi.select(".principal abbr").get(1).attr("title")).isEqualTo("China");

		Element chinese = row(this.seeded.xiMeeting(), "?lang=zh-CN");
		assertThat(chinese.select(".principal a").eachText()).contains("习近平");
		assertThat(chinese.select(".principal abbr").get(1).attr("title")).isEqualTo("中国");
	}

	/** A principal with no title on record that day is named alone, not "Name, ". */
	@Test
	void namesAPrincipalWithoutATitleThatDayAlone() {
		long contact = contact("Talks with a new envoy", "2031-06-18", null);
		long envoy = this.jdbc.sql("insert into official (full_name, country) values ('New Envoy', 'US') returning id")
			.query(Long.class)
			.single();
		this.jdbc.sql("insert into participant (meeting_id, official_id, side, role) values (?, ?, 'US', 'LEAD')")
			.params(contact, envoy)
			.update();

		Element principal = row(contact, "").selectFirst(".principal");
		assertThat(principal.attr("title")).isEqualTo("New Envoy");
		assertThat(principal.select(".title-then").text()).isEmpty();
	}

	@Test
	void countsEachSidesReadoutsGivingAGapItsZero() {
		Element talks = row(this.seeded.qinGangTalks(), "");
		List<String> counts = talks.select(".readout-counts abbr").eachText();
		assertThat(counts).hasSize(2).allMatch(count -> count.matches("(US|CN) [1-9]\\d*"));
		assertThat(talks.select(".readout-counts abbr").get(0).attr("title")).startsWith("United States");

		Element planned = row(this.seeded.meeting("Biden – Xi Jinping meeting at APEC (expected)"), "");
		assertThat(planned.select(".readout-counts abbr.none").eachText()).containsExactly("US 0", "CN 0");
	}

	private long contact(String title, String first, String last) {
		return this.jdbc.sql("""
				insert into meeting (title, start_date, start_precision, end_date, format, status, level)
				values (?, cast(? as date), 'DAY', cast(? as date), 'IN_PERSON', 'PLANNED', 'MINISTERS')
				returning id""").params(title, first, last).query(Long.class).single();
	}

	/** The contact's line in the compact list, as a signed-in analyst sees it. */
	private Element row(long meeting, String language) {
		return Pages.get(this.mvc.get().uri("/" + language).with(analyst()))
			.select(".compact-list tbody tr")
			.stream()
			.filter(row -> row.select("th a").attr("href").equals("/meetings/" + meeting))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no line for contact " + meeting));
	}

}

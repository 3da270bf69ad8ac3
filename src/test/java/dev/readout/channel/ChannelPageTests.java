package dev.readout.channel;

import dev.readout.SeededRecord;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

import dev.readout.ApiContract;
import dev.readout.PageTest;
import dev.readout.Pages;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static dev.readout.SignedIn.analyst;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

@PageTest
@Transactional
class ChannelPageTests {

	@Autowired
	SeededRecord seeded;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Test
	void showsTheMilitaryChannelDeclinedSinceTheFirstRefusalOnRecordWithWhoSaysSo() {
		Element defence = channel(Pages.get(this.mvc, "/channels"), this.seeded.channel("Defence and military"));
		assertThat(defence.selectFirst("th").text()).isEqualTo("Defence and military");
		// The refusals go back to 2021, by the US's account: no day is known.
		assertThat(defence.text())
			.contains("Declined", "since 2021", "as the United States has said", "as Blinken told the media",
					"Source: Washington and Beijing Pledge to Stabilize Deteriorating Ties", "None on record")
			.doesNotContain("since 1 January 2021");
	}

	@Test
	void showsAChannelWithNoContactHeldAsNoContactOnRecordNotAsOpen() {
		Document page = Pages.get(this.mvc, "/channels");
		assertThat(channel(page, this.seeded.channel("Climate")).select(".badge").text())
			.isEqualTo("No contact on record");
		assertThat(channel(page, this.seeded.channel("Foreign ministers and top diplomats"))
			.select(".badge:not(.flag-dormant)")
			.text()).isEqualTo("Open");
	}

	@Test
	void showsEachChannelsLastContactAndDaysSince() {
		Element foreignMinisters = channel(Pages.get(this.mvc, "/channels"),
				this.seeded.channel("Foreign ministers and top diplomats"));
		Element[] cells = foreignMinisters.select("td").toArray(Element[]::new);
		assertThat(cells[1].text()).isEqualTo("Blinken – Xi Jinping meeting 19 June 2023");
		long daysSince = ChronoUnit.DAYS.between(LocalDate.of(2023, 6, 19), LocalDate.now(this.clock));
		assertThat(cells[2].text()).isEqualTo(String.format(Locale.ENGLISH, "%,d", daysSince));
		// Qin Gang's invited visit to the United States is still planned.
		assertThat(cells[4].text()).isEqualTo("1");
	}

	@Test
	void flagsAnOpenChannelWithNoContactInTheRecordsPastYearAsDormant() {
		Element foreignMinisters = channel(Pages.get(this.mvc, "/channels"),
				this.seeded.channel("Foreign ministers and top diplomats"));
		// Its last contact on record is of June 2023, more than a year before today.
		assertThat(foreignMinisters.select(".flag-dormant").text()).isEqualTo("Dormant");
		Element defence = channel(Pages.get(this.mvc, "/channels"), this.seeded.channel("Defence and military"));
		assertThat(defence.select(".flag-dormant")).as("a declined channel is not dormant").isEmpty();

		// The API says so too, as its document describes.
		MvcTestResult api = ApiContract.conforms(this.mvc, this.mvc.get().uri("/api/v1/channels").exchange());
		assertThat(api).bodyJson()
			.extractingPath("$[?(@.name == 'Foreign ministers and top diplomats')].dormant")
			.asArray()
			.containsExactly(true);
		assertThat(api).bodyJson()
			.extractingPath("$[?(@.name == 'Defence and military')].dormant")
			.asArray()
			.containsExactly(false);
	}

	@Test
	void flagsDormancyAfterTheTimeSetForEachChannel() {
		long foreignMinisters = this.seeded.channel("Foreign ministers and top diplomats");
		MultiValueMap<String, String> form = statusForm(foreignMinisters);
		assertThat(form.getFirst("dormantAfterMonths")).isEqualTo("12");
		form.set("dormantAfterMonths", "0");
		MvcTestResult refused = post(foreignMinisters, form);
		assertThat(refused).hasStatusOk();
		assertThat(Pages.parse(refused).select(".error-summary").text()).contains("Dormant after");

		// Ten years without a contact before this channel counts as dormant.
		form.set("dormantAfterMonths", "120");
		assertThat(post(foreignMinisters, form)).hasStatus(302);
		Element channel = channel(Pages.get(this.mvc, "/channels"), foreignMinisters);
		assertThat(channel.select(".flag-dormant")).isEmpty();
	}

	@Test
	void saysAtLeastHowLongAgoWhenOnlyTheMonthIsKnown() {
		Element seniorDiplomats = channel(Pages.get(this.mvc, "/channels"), 3);
		long daysSince = ChronoUnit.DAYS.between(LocalDate.of(2023, 6, 30), LocalDate.now(this.clock));
		assertThat(seniorDiplomats.select("td").get(2).text())
			.isEqualTo(String.format(Locale.ENGLISH, "at least %,d", daysSince));
	}

	@Test
	void recordsAChangeOfStatusAttributedToTheAnalyst() {
		MultiValueMap<String, String> form = statusForm(this.seeded.channel("Defence and military"));
		form.set("status", "OPEN");
		form.set("since", "2023-11-15");
		form.set("note", "Resumed after the presidents met.");
		assertThat(post(this.seeded.channel("Defence and military"), form)).hasStatus(302)
			.hasRedirectedUrl("/channels#channel-4");

		assertThat(channel(Pages.get(this.mvc, "/channels"), this.seeded.channel("Defence and military")).text())
			.contains("Open", "since 15 November 2023", "Resumed after the presidents met.");
		assertThat(this.jdbc.sql("select actor from audit_event where subject_type = 'CHANNEL' and subject_id = 4")
			.query(String.class)
			.list()).containsExactly("analyst1");
	}

	@Test
	void refusesASuspensionWithoutItsDateAndSavesNothing() {
		MultiValueMap<String, String> form = statusForm(this.seeded.channel("Foreign ministers and top diplomats"));
		form.set("status", "SUSPENDED");
		form.set("since", "");
		Document page = Pages.parse(post(this.seeded.channel("Foreign ministers and top diplomats"), form));
		assertThat(page.selectFirst("#since").attr("aria-invalid")).isEqualTo("true");
		assertThat(page.select(".error-summary").text())
			.contains("Give when a declined or suspended channel took that status");
		assertThat(status(this.seeded.channel("Foreign ministers and top diplomats"))).isEqualTo("OPEN");
	}

	@Test
	void refusesToOverwriteAChangeSomeoneElseSavedMeanwhile() {
		MultiValueMap<String, String> first = statusForm(this.seeded.channel("Defence and military"));
		MultiValueMap<String, String> second = statusForm(this.seeded.channel("Defence and military"));
		first.set("status", "SUSPENDED");
		assertThat(post(this.seeded.channel("Defence and military"), first)).hasStatus(302);

		second.set("status", "OPEN");
		MvcTestResult refused = post(this.seeded.channel("Defence and military"), second);
		assertThat(refused).hasStatus(302)
			.redirectedUrl()
			.isEqualTo("/channels/" + this.seeded.channel("Defence and military") + "/status");
		Document page = Pages.followRedirect(this.mvc, refused, analyst());
		assertThat(page.select(".changed-meanwhile").text()).contains("Someone else saved this meanwhile");
		assertThat(page.select(".channel-status").text()).contains("Suspended");
		assertThat(page.select("#status option[selected]").val()).isEqualTo("OPEN");
		assertThat(status(this.seeded.channel("Defence and military"))).isEqualTo("SUSPENDED");
	}

	private MultiValueMap<String, String> statusForm(long channel) {
		Document page = Pages.get(this.mvc.get().uri("/channels/" + channel + "/status").with(analyst()));
		return new LinkedMultiValueMap<>(Pages.formValues(page.selectFirst("main form[method=post]")));
	}

	private MvcTestResult post(long channel, MultiValueMap<String, String> form) {
		return this.mvc.post()
			.uri("/channels/" + channel + "/status")
			.with(csrf())
			.with(analyst())
			.params(form)
			.exchange();
	}

	private String status(long channel) {
		return this.jdbc.sql("select status from channel where id = ?").param(channel).query(String.class).single();
	}

	private static Element channel(Document page, long id) {
		return page.getElementById("channel-" + id);
	}

}

package dev.readout.source;

import dev.readout.SeededRecord;
import dev.readout.PageTest;
import dev.readout.Pages;
import org.jsoup.nodes.Document;
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
class SourceFormTests {

	@Autowired
	SeededRecord seeded;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void listsSourcesWithCopiesMarkedAsCopiesOfTheirOriginal() {
		Document page = Pages.get(this.mvc, "/sources");
		assertThat(page.getElementById("source-" + this.seeded.rewordedCopyOfTheReport()).text()).contains("a copy of",
				"Report on the Blinken–Wang Yi meeting");
		assertThat(page.getElementById("source-" + this.seeded.wangYiReport()).select(".copy-of")).isEmpty();
	}

	@Test
	void marksANewSourceAsACopySoTheMeetingPageCitesItOnce() {
		assertThat(create("Syndicated copy of the Al Jazeera report", "https://example.org/copy", "4")).hasStatus(302);
		long copy = this.jdbc.sql("select max(id) from source").query(Long.class).single();
		this.jdbc.sql("insert into meeting_source (meeting_id, source_id) values (2, ?)").param(copy).update();

		Document meeting = Pages.get(this.mvc, this.seeded.address("/meetings/{wangYiMeeting}"));
		assertThat(meeting.select("ol.sources > li")).hasSize(3);
		assertThat(meeting.select("ol.sources").text()).contains("Syndicated copy of the Al Jazeera report");
	}

	@Test
	void refusesACopyOfACopyAndPointsToTheOriginal() {
		Document page = Pages
			.parse(create("Copy of the copy", "", String.valueOf(this.seeded.rewordedCopyOfTheReport())));
		assertThat(page.getElementById("copyOfId").closest(".field").text())
			.contains("That source is itself a copy of “Report on the Blinken–Wang Yi meeting");
	}

	@Test
	void refusesAWebAddressAlreadyOnRecord() {
		assertThat(create("First", "https://example.org/article", "")).hasStatus(302);
		Document page = Pages.parse(create("Second", "https://example.org/article", ""));
		assertThat(page.getElementById("url").closest(".field").text())
			.contains("This address is already on record as “First”.");
	}

	@Test
	void refusesToMakeASourceACopyOfItself() {
		MvcTestResult result = this.mvc.post()
			.uri("/sources/" + this.seeded.wangYiReport())
			.with(csrf())
			.with(analyst())
			.param("label", "Report")
			.param("copyOfId", String.valueOf(this.seeded.wangYiReport()))
			.param("version", "0")
			.exchange();
		assertThat(Pages.parse(result).getElementById("copyOfId").closest(".field").text())
			.contains("cannot be a copy of itself");
	}

	@Test
	void keepsTheAnalystsInputWhenSomeoneSavedTheSourceMeanwhile() {
		MultiValueMap<String, String> form = Pages.formValues(
				Pages.get(this.mvc.get().uri("/sources/" + this.seeded.wangYiReport() + "/edit").with(analyst()))
					.selectFirst("main form[method=post]"));
		MultiValueMap<String, String> first = new LinkedMultiValueMap<>(form);
		first.set("publisher", "First analyst's publisher");
		assertThat(revise(this.seeded.wangYiReport(), first)).hasStatus(302);

		MultiValueMap<String, String> second = new LinkedMultiValueMap<>(form);
		second.set("publisher", "Second analyst's publisher");
		MvcTestResult refused = revise(this.seeded.wangYiReport(), second);

		assertThat(refused).hasStatus(302)
			.redirectedUrl()
			.isEqualTo("/sources/" + this.seeded.wangYiReport() + "/edit");
		Document page = Pages.followRedirect(this.mvc, refused, analyst());
		assertThat(page.select(".changed-meanwhile").text()).contains("Someone else saved this meanwhile",
				"First analyst's publisher");
		assertThat(page.getElementById("publisher").val()).isEqualTo("Second analyst's publisher");
		assertThat(this.jdbc.sql("select publisher from source where id = ?")
			.param(this.seeded.wangYiReport())
			.query(String.class)
			.single()).isEqualTo("First analyst's publisher");
	}

	private MvcTestResult revise(long source, MultiValueMap<String, String> form) {
		return this.mvc.post().uri("/sources/" + source).with(csrf()).with(analyst()).params(form).exchange();
	}

	private MvcTestResult create(String label, String url, String copyOf) {
		return this.mvc.post()
			.uri("/sources")
			.with(csrf())
			.with(analyst())
			.param("label", label)
			.param("url", url)
			.param("copyOfId", copyOf)
			.exchange();
	}

}

package dev.readout.web;

import dev.readout.PageTest;
import dev.readout.Pages;
import dev.readout.SeededRecord;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.MultiValueMap;

import static dev.readout.SignedIn.analyst;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * A form saved after someone deleted its record: nothing is saved, and the analyst gets
 * back what they typed to copy, rather than a bare "not found" that loses their work.
 */
@PageTest
@Transactional
class GoneMeanwhileTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	SeededRecord seeded;

	@Autowired
	JdbcClient jdbc;

	@Test
	void givesBackWhatTheAnalystTypedIntoTheFormOfAMeetingDeletedMeanwhile() {
		long wangYi = this.seeded.wangYiMeeting();
		MultiValueMap<String, String> form = formOf("/meetings/" + wangYi + "/edit");
		form.set("summary", "Three hours of talks; my notes from the briefing.");

		Document page = savedAfterDeletion("meeting", wangYi, "/meetings/" + wangYi, form);

		assertThat(page.select("h1").text()).isEqualTo("Nothing was saved");
		assertThat(page.select(".typed").text())
			.contains("Three hours of talks; my notes from the briefing.", "Blinken – Wang Yi meeting")
			.doesNotContain(form.getFirst("_csrf"));
		assertThat(page.select(".typed dt").eachText()).as("fields by their labels, rows by their number")
			.contains("Title", "Summary", "Participants 1 · Official", "Participants 1 · Role")
			.noneMatch(field -> field.startsWith("_"))
			.doesNotContain("version", "Version");
		assertThat(this.jdbc.sql("select summary from meeting where id = ?").param(wangYi).query(String.class).single())
			.doesNotContain("my notes");
	}

	/** The same for a statement deleted while an analyst was revising it. */
	@Test
	void givesBackWhatTheAnalystTypedIntoAStatementDeletedMeanwhile() {
		long statement = this.seeded.wangYiReadout("US");
		MultiValueMap<String, String> form = formOf("/readouts/" + statement + "/edit");
		form.set("body", "The Secretary raised the detained Americans; my transcript of the briefing.");

		Document page = savedAfterDeletion("readout", statement, "/readouts/" + statement, form);

		assertThat(page.select(".typed dt").eachText()).contains("Text", "Side", "Issuing body");
		assertThat(page.select(".typed").text()).contains("my transcript of the briefing");
		assertThat(this.jdbc.sql("select body from readout where id = ?").param(statement).query(String.class).single())
			.doesNotContain("my transcript");
	}

	private MultiValueMap<String, String> formOf(String editPage) {
		return Pages
			.formValues(Pages.get(this.mvc.get().uri(editPage).with(analyst())).selectFirst("main form[method=post]"));
	}

	/** The form saved once an admin has deleted its record: the page the analyst gets. */
	private Document savedAfterDeletion(String table, long id, String action, MultiValueMap<String, String> form) {
		this.jdbc.sql("update " + table + " set deleted_at = now(), deleted_by = 'admin' where id = ?")
			.param(id)
			.update();
		MvcTestResult saved = this.mvc.post().uri(action).with(csrf()).with(analyst()).params(form).exchange();
		assertThat(saved).hasStatus(404);
		return Pages.parse(saved);
	}

	@Test
	void labelsTheFieldsInTheReadersLanguage() {
		MvcTestResult saved = this.mvc.post()
			.uri("/meetings/999999?lang=zh-CN")
			.with(csrf())
			.with(analyst())
			.param("title", "会谈")
			.param("participants[0].side", "CN")
			.exchange();

		assertThat(saved).hasStatus(404);
		assertThat(Pages.parse(saved).select(".typed dt").eachText()).containsExactlyInAnyOrder("标题", "参与者 1 · 一方");
	}

	@Test
	void answersAPageThatIsNotOnRecordWithTheUsualNotFoundPage() {
		MvcTestResult page = this.mvc.get().uri("/meetings/999999/edit").with(analyst()).exchange();

		assertThat(page).hasStatus(404);
		assertThat(Pages.parse(page).select(".typed")).isEmpty();
	}

}

package dev.readout;

import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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
 * The analyst's everyday journey on the real starting record: every seeded record opened
 * in its edit form and saved unchanged is saved, and stays as it was.
 */
@PageTest
@Transactional
class SeededRecordEditTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@ParameterizedTest
	@ValueSource(strings = { "meeting", "readout", "source", "official" })
	void everySeededRecordSavesUnchanged(String kind) {
		everyRecordSavesUnchanged(kind);
	}

	/** A channel's only form is its status. */
	@Test
	void everySeededChannelSavesUnchanged() {
		everyRecordSavesUnchanged("channel", "/channels/%d/status");
	}

	/** The contacts and officials the Office of the Historian's records bring in, too. */
	@ParameterizedTest
	@ValueSource(strings = { "meeting", "official" })
	void everyRecordImportedFromTheOfficialRecordsSavesUnchanged(String kind) {
		assertThat(this.mvc.post().uri("/admin/import/historian/shipped").with(csrf()).with(analyst())).hasStatus(302);
		everyRecordSavesUnchanged(kind);
	}

	private void everyRecordSavesUnchanged(String kind) {
		everyRecordSavesUnchanged(kind, "/" + kind + "s/%d/edit");
	}

	/**
	 * Saved unchanged, a record keeps its version too: a new one would refuse every other
	 * analyst's open form for nothing.
	 */
	private void everyRecordSavesUnchanged(String kind, String editForm) {
		List<Long> ids = this.jdbc.sql("select id from " + kind + " order by id").query(Long.class).list();
		assertThat(ids).isNotEmpty();
		for (long id : ids) {
			String edit = editForm.formatted(id);
			Element form = editForm(edit);
			MultiValueMap<String, String> before = Pages.formValues(form);

			MvcTestResult saved = this.mvc.post()
				.uri(form.attr("action"))
				.with(csrf())
				.with(analyst())
				.params(before)
				.exchange();

			assertThat(saved).as("%s %d saved unchanged", kind, id).hasStatus(302);
			MultiValueMap<String, String> after = Pages.formValues(editForm(edit));
			assertThat(after.getFirst("version")).as("%s %d's version", kind, id).isEqualTo(before.getFirst("version"));
			for (String perRequest : List.of("version", "_csrf")) {
				after.remove(perRequest);
				before.remove(perRequest);
			}
			assertThat(after).as("%s %d after saving", kind, id).isEqualTo(before);
		}
	}

	@Test
	void aMeetingFormListsEachParticipantOnce() {
		List<Long> ids = this.jdbc.sql("select id from meeting order by id").query(Long.class).list();
		for (long id : ids) {
			int participants = this.jdbc.sql("select count(*) from participant where meeting_id = ?")
				.param(id)
				.query(Integer.class)
				.single();
			List<String> listed = Pages.formValues(editForm("/meetings/" + id + "/edit"))
				.entrySet()
				.stream()
				.filter(field -> field.getKey().matches("participants\\[\\d+]\\.officialId"))
				.flatMap(field -> field.getValue().stream())
				.filter(official -> !official.isEmpty())
				.toList();
			assertThat(listed).as("meeting %d", id).hasSize(participants).doesNotHaveDuplicates();
		}
	}

	private Element editForm(String uri) {
		Document page = Pages.get(this.mvc.get().uri(uri).with(analyst()));
		return page.selectFirst("main form[method=post]");
	}

}

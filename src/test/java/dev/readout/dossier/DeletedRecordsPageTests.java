package dev.readout.dossier;

import java.util.List;

import dev.readout.PageTest;
import dev.readout.Pages;
import dev.readout.SeededRecord;
import jakarta.persistence.EntityManager;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.annotation.Transactional;

import static dev.readout.SignedIn.admin;
import static dev.readout.SignedIn.analyst;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Admins find what analysts deleted, newest first, with who deleted it and when, and
 * bring it back onto the record.
 */
@PageTest
@Transactional
class DeletedRecordsPageTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SeededRecord seeded;

	@Autowired
	EntityManager entities;

	@Test
	void saysNothingHasBeenDeletedOnAFreshRecord() {
		assertThat(deletedPage().select("main").text()).contains("Nothing has been deleted.");
	}

	@Test
	void listsDeletedMeetingsAndStatementsNewestFirstWithWhoAndWhen() {
		long statement = this.seeded.wangYiReadout("US");
		delete("/readouts/" + statement + "/delete");
		this.jdbc.sql("update readout set deleted_at = deleted_at - interval '1 hour' where id = ?")
			.param(statement)
			.update();
		delete("/meetings/" + this.seeded.xiMeeting() + "/delete");

		List<Element> rows = deletedPage().select("tbody tr");
		assertThat(rows).hasSize(2);
		assertThat(rows.get(0).text()).startsWith("Meeting: ").contains("analyst1", "UTC");
		assertThat(rows.get(1).text()).startsWith("Readout: ").contains("analyst1");
		assertThat(rows.get(1).select("a").attr("href")).isEqualTo("/meetings/" + this.seeded.wangYiMeeting());
	}

	@Test
	void bringsADeletedMeetingBackOntoTheRecordAndAuditsIt() {
		long xi = this.seeded.xiMeeting();
		delete("/meetings/" + xi + "/delete");
		assertThat(this.mvc.get().uri("/meetings/" + xi).with(analyst())).hasStatus(404);

		String restore = deletedPage().select("tbody form").attr("action");
		assertThat(restore).isEqualTo("/admin/deleted/meetings/" + xi + "/restore");
		assertThat(this.mvc.post().uri(restore).with(csrf()).with(admin())).hasStatus(302)
			.redirectedUrl()
			.isEqualTo("/admin/deleted");
		this.entities.flush();

		assertThat(this.mvc.get().uri("/meetings/" + xi).with(analyst())).hasStatusOk();
		assertThat(deletedPage().select("tbody tr")).isEmpty();
		assertThat(this.jdbc.sql("select actor from audit_event where action = 'RESTORE' and subject_id = ?")
			.param(xi)
			.query(String.class)
			.list()).containsExactly("admin1");
		assertThat(this.mvc.post().uri(restore).with(csrf()).with(admin())).as("nothing left to restore")
			.hasStatus(404);
	}

	@Test
	void bringsADeletedStatementBackToItsMeeting() {
		long statement = this.seeded.wangYiReadout("US");
		String meeting = "/meetings/" + this.seeded.wangYiMeeting();
		String title = this.jdbc.sql("select title from readout where id = ?")
			.param(statement)
			.query(String.class)
			.single();
		delete("/readouts/" + statement + "/delete");
		assertThat(Pages.get(this.mvc.get().uri(meeting).with(analyst())).text()).doesNotContain(title);

		assertThat(this.mvc.post().uri("/admin/deleted/readouts/" + statement + "/restore").with(csrf()).with(admin()))
			.hasStatus(302);
		this.entities.flush();

		assertThat(Pages.get(this.mvc.get().uri(meeting).with(analyst())).text()).contains(title);
		assertThat(deletedPage().select("tbody tr")).isEmpty();
	}

	/**
	 * A statement deleted with its meeting deleted too has no meeting to link to: the
	 * page says it comes back with its meeting, rather than linking to a page not found.
	 */
	@Test
	void saysAStatementOfADeletedMeetingComesBackWithItsMeeting() {
		long statement = this.seeded.wangYiReadout("US");
		delete("/readouts/" + statement + "/delete");
		delete("/meetings/" + this.seeded.wangYiMeeting() + "/delete");

		Element row = deletedPage().select("tbody tr")
			.stream()
			.filter(each -> each.text().startsWith("Readout: "))
			.findFirst()
			.orElseThrow();
		assertThat(row.select("a")).isEmpty();
		assertThat(row.text()).contains("its meeting is deleted too");
	}

	@Test
	void isForAdminsOnly() {
		assertThat(this.mvc.get().uri("/admin/deleted").with(analyst())).hasStatus(403);
		assertThat(this.mvc.post()
			.uri("/admin/deleted/meetings/" + this.seeded.xiMeeting() + "/restore")
			.with(csrf())
			.with(analyst())).hasStatus(403);
	}

	private void delete(String address) {
		assertThat(this.mvc.post().uri(address).with(csrf()).with(analyst())).hasStatus3xxRedirection();
		this.entities.flush();
	}

	private Document deletedPage() {
		return Pages.get(this.mvc.get().uri("/admin/deleted").with(admin()));
	}

}

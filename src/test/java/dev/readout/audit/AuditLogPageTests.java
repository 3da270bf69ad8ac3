package dev.readout.audit;

import dev.readout.PageTest;
import dev.readout.Pages;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.annotation.Transactional;

import static dev.readout.SignedIn.admin;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The admin's audit view: filtered by person, action, record and day, a page at a time.
 */
@PageTest
@Transactional
class AuditLogPageTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void writeLines() {
		for (int line = 0; line < AuditLogController.LINES_PER_PAGE + 20; line++) {
			this.jdbc
				.sql("""
						insert into audit_event (actor, action, subject_type, subject_id, occurred_at)
						values ('busy', 'UPDATE', 'MEETING', 7, timestamptz '2031-05-04 10:00:00+00' + ? * interval '1 second')""")
				.param(line)
				.update();
		}
		this.jdbc.sql("""
				insert into audit_event (actor, action, subject_type, subject_id, occurred_at)
				values ('quiet', 'DELETE', 'SOURCE', 3, timestamptz '2031-05-06 09:00:00+00')""").update();
		this.jdbc
			.sql("""
					insert into audit_event (action, detail, client_address, user_agent, occurred_at)
					values ('SIGN_IN_FAILED', 'as quiet', '198.51.100.4', 'curl/8.0', timestamptz '2031-05-06 09:30:00+00')""")
			.update();
	}

	@Test
	void filtersByPersonActionRecordAndDay() {
		assertThat(rows("/admin/audit?actor=quiet")).containsExactly("quiet deleted Source #3");
		assertThat(rows("/admin/audit?action=SIGN_IN_FAILED&from=2031-05-06"))
			.containsExactly("anonymous failed to sign in as quiet 198.51.100.4 curl/8.0");
		assertThat(rows("/admin/audit?subjectType=SOURCE&subjectId=3")).containsExactly("quiet deleted Source #3");
		assertThat(rows("/admin/audit?from=2031-05-06&to=2031-05-06")).hasSize(2);
		assertThat(rows("/admin/audit?actor=nobody")).isEmpty();
		// Usernames are lower case, and signing in takes them in any case: so does the
		// filter.
		assertThat(rows("/admin/audit?actor=Quiet")).containsExactly("quiet deleted Source #3");
		assertThat(rows("/admin/audit?subjectType=NOT_A_RECORD&from=2031-05-06")).as("a kind it does not know: all")
			.hasSize(2);
		assertThat(rows("/admin/audit?from=2031-05-07&to=2031-05-06")).as("days the wrong way round").isEmpty();
	}

	@Test
	void pagesBackThroughTheLinesThatMatch() {
		Document first = page("/admin/audit?actor=busy");
		assertThat(first.select("tbody tr")).hasSize(AuditLogController.LINES_PER_PAGE);
		String older = first.select("a[rel=next]").attr("href");
		assertThat(older).contains("actor=busy").contains("before=");

		Document second = page(older);
		assertThat(second.select("tbody tr")).hasSize(20);
		assertThat(second.select("tbody tr").last().text()).startsWith("2031-05-04 10:00:00");
		assertThat(second.select("a[rel=next]")).isEmpty();
	}

	@Test
	void refusesAFilterItCannotReadWithTheBadRequestPage() {
		for (String address : new String[] { "/admin/audit?from=yesterday", "/admin/audit?subjectId=Xi",
				"/admin/audit?action=DELETE_EVERYTHING", "/admin/audit?before=latest" }) {
			assertThat(this.mvc.get().uri(address).with(admin())).as(address).hasStatus(400);
		}
	}

	@Test
	void namesTheFieldsAChangeAlteredAndWhoMadeIt() {
		this.jdbc
			.sql("""
					insert into audit_event (actor, action, subject_type, subject_id, before_values, after_values, occurred_at)
					values ('editor', 'UPDATE', 'CHANNEL', 4, '{"status": "DECLINED", "note": "Same"}',
					        '{"status": "OPEN", "note": "Same"}', timestamptz '2031-05-07 08:00:00+00')""")
			.update();

		Document page = page("/admin/audit?actor=editor");

		assertThat(page.select("tbody tr")).hasSize(1);
		assertThat(page.select("tbody tr").text()).isEqualTo("2031-05-07 08:00:00 editor changed Channel #4 Status");
	}

	private java.util.List<String> rows(String address) {
		return page(address).select("tbody tr")
			.stream()
			.map((row) -> row.select("td")
				.stream()
				.skip(1)
				.map((cell) -> cell.text())
				.filter((text) -> !text.isEmpty())
				.reduce((a, b) -> a + " " + b)
				.orElse(""))
			.toList();
	}

	private Document page(String address) {
		return Pages.parse(this.mvc.get().uri(address).with(admin()).exchange());
	}

}

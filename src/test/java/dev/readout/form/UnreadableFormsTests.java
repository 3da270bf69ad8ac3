package dev.readout.form;

import dev.readout.PageTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.annotation.Transactional;

import static dev.readout.SignedIn.admin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * A value no form can hold (a word for an id or a version, a level that does not exist)
 * is refused with the 400 page by every form, though no handler checks for it, and saves
 * nothing.
 */
@PageTest
@Transactional
class UnreadableFormsTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@ParameterizedTest(name = "{0} {1}={2}")
	@CsvSource({ "/meetings, level, SUMMIT_OF_EVERYTHING", "/meetings/3, version, three",
			"/meetings/3, participants[0].officialId, Blinken", "/readouts/3, version, latest",
			"/meetings/1/readouts, sourceIds, first", "/meetings/1/agreements, firstStatus.status, MAYBE",
			"/agreements/6/status, sourceId, the-article", "/channels/4/status, status, AJAR",
			"/officials, version, v1", "/officials/1, version, v2", "/sources/1, copyOfId, self",
			"/admin/accounts, role, EMPEROR" })
	void refusesAnUnconvertibleValueWithTheBadRequestPage(String form, String field, String value) {
		long audited = auditEvents();

		assertThat(this.mvc.post().uri(form).with(csrf()).with(admin()).param(field, value)).hasStatus(400);

		assertThat(auditEvents()).isEqualTo(audited);
	}

	private long auditEvents() {
		return this.jdbc.sql("select count(*) from audit_event").query(Long.class).single();
	}

}

package dev.readout.form;

import dev.readout.SeededRecord;
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
	SeededRecord seeded;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@ParameterizedTest(name = "{0} {1}={2}")
	@CsvSource({ "/meetings, level, SUMMIT_OF_EVERYTHING", "/meetings/{xiMeeting}, version, three",
			"/meetings/{xiMeeting}, participants[0].officialId, Blinken",
			"/readouts/{chinasReadoutOfWangYiMeeting}, version, latest",
			"/meetings/{qinGangTalks}/readouts, sourceIds, first",
			"/meetings/{qinGangTalks}/agreements, firstStatus.status, MAYBE",
			"/agreements/{militaryAgreement}/status, sourceId, the-article",
			"/channels/{defenceChannel}/status, status, AJAR", "/officials, version, v1",
			"/officials/{blinken}, version, v2", "/sources/{arrivalReport}, copyOfId, self",
			"/admin/accounts, role, EMPEROR" })
	void refusesAnUnconvertibleValueWithTheBadRequestPage(String form, String field, String value) {
		long audited = auditEvents();

		assertThat(this.mvc.post().uri(this.seeded.address(form)).with(csrf()).with(admin()).param(field, value))
			.hasStatus(400);

		assertThat(auditEvents()).isEqualTo(audited);
	}

	private long auditEvents() {
		return this.jdbc.sql("select count(*) from audit_event").query(Long.class).single();
	}

}

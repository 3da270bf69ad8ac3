package dev.readout.audit;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an admin types into the audit log's filter, as the query reads it: a username in
 * any case and spacing, only the kinds of record the trail names, and whole days in UTC.
 */
class AuditFilterTests {

	@Test
	void readsAUsernameAsSignInDoesAndABlankOneAsAnyone() {
		assertThat(filter(" Analyst1 ", null).actor()).isEqualTo("analyst1");
		assertThat(filter("   ", null).actor()).isNull();
	}

	@Test
	void takesOnlyTheKindsOfRecordTheTrailNames() {
		assertThat(filter(null, "MEETING").subjectType()).isEqualTo("MEETING");
		assertThat(filter(null, "meeting; drop table audit_event").subjectType()).isNull();
	}

	@Test
	void coversWholeDaysInUtcAndPagesBackKeepingTheRest() {
		AuditFilter days = new AuditFilter("wen", null, null, null, LocalDate.of(2023, 6, 18),
				LocalDate.of(2023, 6, 19), null);

		assertThat(days.fromInstant()).hasToString("2023-06-18T00:00Z");
		assertThat(days.untilInstant()).as("up to the end of the last day").hasToString("2023-06-20T00:00Z");
		assertThat(days.olderThan(42)).isEqualTo(
				new AuditFilter("wen", null, null, null, LocalDate.of(2023, 6, 18), LocalDate.of(2023, 6, 19), 42L));
	}

	private static AuditFilter filter(String actor, String subjectType) {
		return new AuditFilter(actor, null, subjectType, null, null, null, null);
	}

}

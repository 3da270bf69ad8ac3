package dev.readout.audit;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import dev.readout.PageTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The audit trail on its own: each change under the name of whoever is signed in, with
 * the fields it altered, in the order they happened; the record's version moved by
 * changes only; the lines an admin's filter asks for, days counted whole in UTC.
 */
@PageTest
@Transactional
class AuditTrailTests {

	@Autowired
	AuditTrail trail;

	@Autowired
	JdbcClient jdbc;

	@Test
	@WithMockUser(username = "analyst7", roles = "ANALYST")
	void recordsAChangeUnderTheSignedInAnalystWithTheFieldsItAltered() {
		this.trail.updated("SOURCE", 1, Map.of("label", "Before", "url", ""), Map.of("label", "After", "url", ""));

		AuditEntry entry = this.trail.historyOf("SOURCE", 1).get(0);
		assertThat(entry.actor()).isEqualTo("analyst7");
		assertThat(entry.action()).isEqualTo(AuditAction.UPDATE);
		assertThat(entry.changes()).singleElement().satisfies(change -> assertThat(change.field()).isEqualTo("label"));
	}

	@Test
	@WithAnonymousUser
	void anAnonymousVisitorIsNoActor() {
		assertThat(this.trail.currentActor()).isNull();
	}

	@Test
	@WithMockUser(username = "analyst7", roles = "ANALYST")
	void keepsAMeetingsHistoryNewestFirst() {
		this.trail.updated("MEETING", 3, Map.of("title", "One"), Map.of("title", "Two"));
		this.trail.deleted("MEETING", 3, Map.of("title", "Two"));

		assertThat(this.trail.historyOfMeeting(3)).map(AuditEntry::action)
			.startsWith(AuditAction.DELETE, AuditAction.UPDATE);
	}

	@Test
	@WithMockUser(username = "analyst7", roles = "ANALYST")
	void movesTheRecordsVersionOnChangesNotOnSignInsFailedSignInsOrRefusals() {
		long before = this.trail.recordVersion();
		Client client = new Client("192.0.2.7", "curl/8.0");

		this.trail.signedIn("analyst7", client);
		this.trail.signInFailed("analyst7", client);
		this.trail.accessDenied("analyst7", "GET /admin/audit", client);
		assertThat(this.trail.recordVersion()).isEqualTo(before);

		this.trail.restored("MEETING", 3);
		assertThat(this.trail.recordVersion()).isGreaterThan(before)
			.isEqualTo(this.trail.historyOf("MEETING", 3).get(0).id());
	}

	@Test
	@WithMockUser(username = "admin", roles = "ADMIN")
	void countsChangesToTheRecordAndImportsAsChangesButNotAccountsTokensOrSignIns() {
		this.jdbc.sql("delete from audit_event").update();
		this.trail.created("ACCOUNT", 9, Map.of("username", "wen"));
		this.trail.created("API_TOKEN", 4, Map.of("name", "newsroom feed"));
		this.trail.signedIn("wen", null);
		assertThat(this.trail.recordEverChanged()).isFalse();

		this.trail.imported("Loaded an archive of 14 meetings");
		assertThat(this.trail.recordEverChanged()).isTrue();

		this.jdbc.sql("delete from audit_event where action = 'IMPORT'").update();
		this.trail.deleted("SOURCE", 2, Map.of("label", "A copy"));
		assertThat(this.trail.recordEverChanged()).isTrue();
	}

	@Test
	void keepsTheClientOfASignInAndCutsWhatWouldFloodTheTrail() {
		String longName = "x".repeat(500);
		this.trail.signInFailed(longName, new Client("198.51.100.9", "Mozilla/5.0"));

		AuditEntry line = this.trail
			.find(new AuditFilter(null, AuditAction.SIGN_IN_FAILED, null, null, null, null, null), 1)
			.get(0);
		assertThat(line.actor()).isNull();
		assertThat(line.detail()).isEqualTo("as " + "x".repeat(200));
		assertThat(line.client()).isEqualTo(new Client("198.51.100.9", "Mozilla/5.0"));
	}

	@Test
	@WithMockUser(username = "analyst7", roles = "ANALYST")
	void findsTheLinesOfWholeDaysInUtcBothIncluded() {
		long first = line("2031-05-04 00:00:00+00");
		long last = line("2031-05-05 23:59:59+00");
		line("2031-05-06 00:00:00+00");
		line("2031-05-03 23:59:59+00");

		List<AuditEntry> found = this.trail.find(new AuditFilter(" analyst7 ", null, "MEETING", 3L,
				LocalDate.of(2031, 5, 4), LocalDate.of(2031, 5, 5), null), 10);

		assertThat(found).extracting(AuditEntry::id).containsExactly(last, first);
		assertThat(this.trail.find(
				new AuditFilter(null, null, null, null, LocalDate.of(2031, 5, 4), LocalDate.of(2031, 5, 5), last), 10))
			.extracting(AuditEntry::id)
			.containsExactly(first);
	}

	@Test
	void readsAnEmptyOrUnknownPartOfAFilterAsNoCondition() {
		AuditFilter filter = new AuditFilter("  ", null, "PASSWORD", null, null, null, null);

		assertThat(filter.actor()).isNull();
		assertThat(filter.subjectType()).isNull();
		assertThat(filter.fromInstant()).isNull();
		assertThat(filter.untilInstant()).isNull();
		assertThat(new AuditFilter(null, null, "CHANNEL", null, null, null, null).subjectType()).isEqualTo("CHANNEL");
	}

	@Test
	void keepsAClientsUserAgentToThreeHundredCharacters() {
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.setRemoteAddr("203.0.113.5");
		request.addHeader("User-Agent", "y".repeat(1000));

		assertThat(Client.of(request)).isEqualTo(new Client("203.0.113.5", "y".repeat(Client.LONGEST_USER_AGENT)));
	}

	private long line(String occurredAt) {
		return this.jdbc.sql("""
				insert into audit_event (actor, action, subject_type, subject_id, occurred_at)
				values ('analyst7', 'UPDATE', 'MEETING', 3, cast(? as timestamptz)) returning id""")
			.param(occurredAt)
			.query(Long.class)
			.single();
	}

}

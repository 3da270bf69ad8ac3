package dev.readout.audit;

import java.util.Map;

import dev.readout.PageTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The audit trail on its own: each change under the name of whoever is signed in, with
 * the fields it altered, in the order they happened.
 */
@PageTest
@Transactional
class AuditTrailTests {

	@Autowired
	AuditTrail trail;

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

}

package dev.readout.meeting;

import java.time.LocalDate;

import dev.readout.PageTest;
import dev.readout.SeededRecord;
import dev.readout.audit.AuditAction;
import dev.readout.audit.AuditEntry;
import dev.readout.audit.AuditTrail;
import dev.readout.audit.Revision;
import dev.readout.web.NotFoundException;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The meeting editor on its own, below the form: changes proposed by an import and
 * confirmed by an analyst, refused stale revisions, references that are not on record,
 * and deleting and restoring, each in the audit trail.
 */
@PageTest
@Transactional
@WithMockUser(username = "analyst5", roles = "ANALYST")
class MeetingEditorTests {

	@Autowired
	MeetingEditor editor;

	@Autowired
	MeetingRepository meetings;

	@Autowired
	AuditTrail trail;

	@Autowired
	SeededRecord seeded;

	@Autowired
	EntityManager entities;

	@Autowired
	JdbcClient jdbc;

	@Test
	void appliesAConfirmedChangeToTheVersionOnRecordAndAuditsOnlyWhatChanged() {
		long xi = this.seeded.xiMeeting();
		long report = sourceNotCitedBy(xi);

		Revision<Meeting> revision = this.editor.revise(xi, form -> form.citing(report));

		assertThat(revision.saved()).isTrue();
		assertThat(revision.record().getSources()).extracting(source -> source.getId()).contains(report);
		AuditEntry update = this.trail.historyOf(MeetingEditor.AUDIT_SUBJECT, xi).get(0);
		assertThat(update.action()).isEqualTo(AuditAction.UPDATE);
		assertThat(update.actor()).isEqualTo("analyst5");
		assertThat(update.changes()).extracting(AuditEntry.FieldChange::field).containsExactly("sourceIds");
	}

	@Test
	void turnsAnExpectedContactIntoOneHeldOnTheDaysItTookPlace() {
		long yellen = this.seeded.meeting("Yellen visit to Beijing (expected)");

		Meeting held = this.editor
			.revise(yellen,
					form -> form.heldOn("Yellen visit to Beijing", LocalDate.of(2023, 7, 6), LocalDate.of(2023, 7, 9)))
			.record();

		assertThat(held.getTitle()).isEqualTo("Yellen visit to Beijing");
		assertThat(held.getStatus()).isEqualTo(MeetingStatus.HELD);
		assertThat(held.getStart().isExactDay()).isTrue();
		assertThat(held.getEndDate()).isEqualTo(LocalDate.of(2023, 7, 9));
		assertThat(held.getExpectedAfter()).isNull();
		assertThat(held.getSpanDays()).isNull();
	}

	@Test
	void savesNothingFromAFormOpenedBeforeSomeoneElseSaved() {
		long xi = this.seeded.xiMeeting();
		MeetingForm opened = MeetingForm.from(this.editor.findForEditing(xi));
		this.editor.revise(xi, opened.citing(sourceNotCitedBy(xi)));
		this.entities.flush();

		Revision<Meeting> refused = this.editor.revise(xi, opened.heldOn("Renamed", LocalDate.of(2023, 6, 19), null));

		assertThat(refused.saved()).isFalse();
		assertThat(refused.record().getTitle()).isNotEqualTo("Renamed");
		assertThat(refused.savedMeanwhile().actor()).isEqualTo("analyst5");
	}

	@Test
	void countsAChangeToTheParticipantsAloneAsANewVersion() {
		long xi = this.seeded.xiMeeting();
		MeetingForm opened = MeetingForm.from(this.editor.findForEditing(xi));
		long guest = this.jdbc.sql("""
				select min(id) from official where country = 'US' and not private_person
				and id not in (select official_id from participant where meeting_id = ?)""")
			.param(xi)
			.query(Long.class)
			.single();

		Revision<Meeting> joined = this.editor.revise(xi,
				opened.withParticipant(new MeetingForm.ParticipantRow(guest, "US", ParticipantRole.DELEGATION_MEMBER)));

		assertThat(joined.saved()).isTrue();
		assertThat(joined.record().getVersion()).isEqualTo(opened.version() + 1);
		// A second analyst's form, opened before, no longer saves over it.
		assertThat(this.editor.revise(xi, opened.citing(sourceNotCitedBy(xi))).saved()).isFalse();
	}

	@Test
	void keepsTheVersionWhenASaveChangesNothing() {
		long xi = this.seeded.xiMeeting();
		MeetingForm opened = MeetingForm.from(this.editor.findForEditing(xi));

		assertThat(this.editor.revise(xi, opened).record().getVersion()).isEqualTo(opened.version());
	}

	@Test
	void refusesAParticipantSourceOrTopicThatIsNotOnRecordAndChangesNothing() {
		long xi = this.seeded.xiMeeting();
		MeetingForm opened = MeetingForm.from(this.editor.findForEditing(xi));
		int version = opened.version();

		assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> this.editor.revise(xi,
				opened.withParticipant(new MeetingForm.ParticipantRow(-1L, "US", ParticipantRole.GUEST))));
		assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> this.editor.revise(xi, opened.citing(-1L)));
		this.entities.flush();
		this.entities.clear();

		assertThat(this.meetings.findById(xi)).get().satisfies(meeting -> {
			assertThat(meeting.getVersion()).isEqualTo(version);
			assertThat(meeting.getSources()).extracting(source -> source.getId()).doesNotContain(-1L);
		});
		assertThat(this.trail.historyOf(MeetingEditor.AUDIT_SUBJECT, xi))
			.noneMatch(entry -> "analyst5".equals(entry.actor()));
	}

	@Test
	void hidesADeletedMeetingUntilItIsRestoredAndAuditsBoth() {
		long xi = this.seeded.xiMeeting();
		String title = this.editor.findForEditing(xi).getTitle();

		this.editor.delete(xi);
		this.entities.flush();
		this.entities.clear();

		assertThat(this.meetings.findById(xi)).isEmpty();
		assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> this.editor.findForEditing(xi));
		AuditEntry deleted = this.trail.historyOf(MeetingEditor.AUDIT_SUBJECT, xi).get(0);
		assertThat(deleted.action()).isEqualTo(AuditAction.DELETE);
		assertThat(deleted.before()).containsEntry("title", title);

		this.editor.restore(xi);
		this.entities.clear();

		assertThat(this.meetings.findById(xi)).get().extracting(Meeting::getTitle).isEqualTo(title);
		assertThat(this.trail.historyOf(MeetingEditor.AUDIT_SUBJECT, xi).get(0).action())
			.isEqualTo(AuditAction.RESTORE);
		// Only a deleted meeting can be restored.
		assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> this.editor.restore(xi));
	}

	/**
	 * A source on record that the meeting does not cite yet, so citing it is a change.
	 */
	private long sourceNotCitedBy(long meeting) {
		return this.jdbc.sql(
				"select min(id) from source where id not in (select source_id from meeting_source where meeting_id = ?)")
			.param(meeting)
			.query(Long.class)
			.single();
	}

}

package dev.readout.agreement;

import java.time.LocalDate;

import dev.readout.PageTest;
import dev.readout.SeededRecord;
import dev.readout.audit.AuditAction;
import dev.readout.audit.AuditEntry;
import dev.readout.audit.AuditTrail;
import dev.readout.audit.Revision;
import dev.readout.form.ClaimForm;
import dev.readout.source.NewSourceForm;
import dev.readout.vocabulary.StatementKind;
import dev.readout.web.NotFoundException;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The agreement editor on its own: what it records, what it audits and under which
 * subject, and what it refuses, below the forms that call it.
 */
@PageTest
@Transactional
@WithMockUser(username = "analyst4", roles = "ANALYST")
class AgreementEditorTests {

	@Autowired
	AgreementEditor editor;

	@Autowired
	AuditTrail trail;

	@Autowired
	SeededRecord seeded;

	@Autowired
	EntityManager entities;

	@Test
	void recordsANewAgreementWithItsFirstStatusAndCitesItsEvidence() {
		long report = this.seeded.wangYiReport();

		Agreement agreement = this.editor.add(this.seeded.wangYiMeeting(), new AgreementForm("  Hold a second round  ",
				change(AgreementStatus.AGREED, "2023-06-19", report, NewSourceForm.blank(), null)));

		assertThat(agreement.getDescription()).isEqualTo("Hold a second round");
		assertThat(agreement.getStatus()).isEqualTo(AgreementStatus.AGREED);
		assertThat(agreement.recordedOn()).isEqualTo(LocalDate.of(2023, 6, 19));
		assertThat(agreement.latestChange().getSource().getId()).isEqualTo(report);
		assertThat(agreement.latestChange().getAttribution().claimedBy()).isEqualTo("US State Department");
		AuditEntry created = this.trail.historyOf(AgreementEditor.AUDIT_SUBJECT, agreement.getId()).get(0);
		assertThat(created.action()).isEqualTo(AuditAction.CREATE);
		assertThat(created.actor()).isEqualTo("analyst4");
		assertThat(created.after()).containsEntry("description", "Hold a second round")
			.containsEntry("status", "AGREED")
			.containsEntry("changedOn", "2023-06-19")
			.containsEntry("claimedIn", "READOUT");
	}

	@Test
	void recordsANewSourceGivenAsEvidenceThroughTheSourceEditorAsASourceOfItsOwn() {
		NewSourceForm article = new NewSourceForm("Example Wire", "Both sides report a second round", "2023-06-20",
				"https://example.org/second-round", "");

		Agreement agreement = this.editor.add(this.seeded.wangYiMeeting(), new AgreementForm("Hold a second round",
				change(AgreementStatus.AGREED, "2023-06-19", null, article, null)));

		long sourceId = agreement.latestChange().getSource().getId();
		assertThat(agreement.latestChange().getSource().getLabel()).isEqualTo("Both sides report a second round");
		assertThat(this.trail.historyOf("SOURCE", sourceId)).singleElement()
			.satisfies(entry -> assertThat(entry.action()).isEqualTo(AuditAction.CREATE));
	}

	@Test
	void appendsAStatusChangeMadeFromTheVersionOnRecordAndAuditsWhatChanged() {
		Agreement agreement = this.editor.find(this.seeded.flightsAgreement());
		int changesBefore = agreement.getHistory().size();
		LocalDate after = agreement.lastChangedOn().plusDays(30);

		Revision<Agreement> revision = this.editor.changeStatus(agreement.getId(), change(AgreementStatus.IN_PROGRESS,
				after.toString(), null, NewSourceForm.blank(), agreement.getVersion()));

		assertThat(revision.saved()).isTrue();
		assertThat(revision.record().getStatus()).isEqualTo(AgreementStatus.IN_PROGRESS);
		assertThat(revision.record().getHistory()).hasSize(changesBefore + 1);
		assertThat(revision.record().getHistory().get(0).getStatus()).isEqualTo(AgreementStatus.AGREED);
		AuditEntry update = this.trail.historyOf(AgreementEditor.AUDIT_SUBJECT, agreement.getId()).get(0);
		assertThat(update.action()).isEqualTo(AuditAction.UPDATE);
		assertThat(update.changes()).extracting(change -> change.field()).contains("status", "changedOn");
	}

	@Test
	void countsAFurtherEntryAtTheSameStatusAsANewVersion() {
		Agreement agreement = this.editor.find(this.seeded.flightsAgreement());
		int seen = agreement.getVersion();
		String later = agreement.lastChangedOn().plusDays(7).toString();

		Revision<Agreement> noted = this.editor.changeStatus(agreement.getId(),
				change(agreement.getStatus(), later, null, NewSourceForm.blank(), seen));

		assertThat(noted.record().getVersion()).isEqualTo(seen + 1);
		assertThat(this.editor
			.changeStatus(agreement.getId(), change(AgreementStatus.STALLED, later, null, NewSourceForm.blank(), seen))
			.saved()).isFalse();
	}

	@Test
	void savesNothingWhenTheAgreementChangedSinceTheAnalystOpenedIt() {
		Agreement agreement = this.editor.find(this.seeded.flightsAgreement());
		int seen = agreement.getVersion();
		String later = agreement.lastChangedOn().plusDays(1).toString();
		this.editor.changeStatus(agreement.getId(),
				change(AgreementStatus.IN_PROGRESS, later, null, NewSourceForm.blank(), seen));
		this.entities.flush();

		Revision<Agreement> refused = this.editor.changeStatus(agreement.getId(),
				change(AgreementStatus.STALLED, later, null, NewSourceForm.blank(), seen));

		assertThat(refused.saved()).isFalse();
		assertThat(refused.record().getStatus()).isEqualTo(AgreementStatus.IN_PROGRESS);
		assertThat(refused.savedMeanwhile().actor()).isEqualTo("analyst4");
	}

	@Test
	void refusesAMeetingOrEvidenceThatIsNotOnRecord() {
		AgreementForm form = new AgreementForm("Hold a second round",
				change(AgreementStatus.AGREED, "2023-06-19", null, NewSourceForm.blank(), null));
		assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> this.editor.add(-1, form));

		AgreementForm citingNothing = new AgreementForm("Hold a second round",
				change(AgreementStatus.AGREED, "2023-06-19", -1L, NewSourceForm.blank(), null));
		assertThatExceptionOfType(NotFoundException.class)
			.isThrownBy(() -> this.editor.add(this.seeded.wangYiMeeting(), citingNothing));
		assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> this.editor.find(-1));
	}

	private static StatusChangeForm change(AgreementStatus status, String on, Long sourceId, NewSourceForm newSource,
			Integer version) {
		return new StatusChangeForm(status, on, "", new ClaimForm("US State Department", StatementKind.READOUT),
				sourceId, newSource, version);
	}

}

package dev.readout.channel;

import dev.readout.PageTest;
import dev.readout.SeededRecord;
import dev.readout.audit.AuditEntry;
import dev.readout.audit.AuditTrail;
import dev.readout.audit.Revision;
import dev.readout.form.ClaimForm;
import dev.readout.vocabulary.Attribution;
import dev.readout.vocabulary.DatePrecision;
import dev.readout.vocabulary.StatementKind;
import dev.readout.web.NotFoundException;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The channel editor below the form: a status with its date at the precision known, its
 * claim and its source; the audit line with the values before and after; a stale form and
 * a source that is not on record refused with nothing saved.
 */
@PageTest
@Transactional
@WithMockUser(username = "analyst3", roles = "ANALYST")
class ChannelEditorTests {

	@Autowired
	ChannelEditor editor;

	@Autowired
	AuditTrail trail;

	@Autowired
	SeededRecord seeded;

	@Autowired
	EntityManager entities;

	@Test
	void recordsASuspensionKnownToTheMonthWithWhoseClaimItIsAndItsSource() {
		long climate = this.seeded.channel("Climate");
		long source = this.seeded.wangYiReport();
		ChannelStatusForm opened = ChannelStatusForm.from(this.editor.find(climate));

		Revision<Channel> revision = this.editor.changeStatus(climate,
				new ChannelStatusForm(ChannelStatus.SUSPENDED, "2022-08", "Suspended after the Speaker's visit.",
						new ClaimForm(" Beijing ", StatementKind.SPOKESPERSON), source, 12, opened.version()));
		this.entities.flush();

		Channel climateNow = revision.record();
		assertThat(revision.saved()).isTrue();
		assertThat(climateNow.getStatusSince().precision()).isEqualTo(DatePrecision.MONTH);
		assertThat(climateNow.getStatusSince().date()).hasToString("2022-08-01");
		assertThat(climateNow.getStatusClaim()).isEqualTo(new Attribution("Beijing", StatementKind.SPOKESPERSON));
		assertThat(climateNow.getSource().getId()).isEqualTo(source);
		assertThat(climateNow.getVersion()).isEqualTo(opened.version() + 1);

		AuditEntry line = this.trail.historyOf(ChannelEditor.AUDIT_SUBJECT, climate).get(0);
		assertThat(line.actor()).isEqualTo("analyst3");
		assertThat(line.changes()).extracting(AuditEntry.FieldChange::field)
			.contains("status", "since", "note", "sourceId");
		assertThat(line.after()).containsEntry("since", "2022-08").containsEntry("status", "SUSPENDED");
	}

	@Test
	void savesNothingFromAFormOpenedBeforeSomeoneElsesChange() {
		long climate = this.seeded.channel("Climate");
		ChannelStatusForm opened = ChannelStatusForm.from(this.editor.find(climate));
		this.editor.changeStatus(climate, withNote(opened, "First analyst's note."));
		this.entities.flush();

		Revision<Channel> refused = this.editor.changeStatus(climate, withNote(opened, "Second analyst's note."));

		assertThat(refused.saved()).isFalse();
		assertThat(refused.record().getStatusNote()).isEqualTo("First analyst's note.");
		assertThat(refused.savedMeanwhile().actor()).isEqualTo("analyst3");
	}

	@Test
	void refusesAFormWithoutAVersion() {
		long climate = this.seeded.channel("Climate");
		ChannelStatusForm opened = ChannelStatusForm.from(this.editor.find(climate));

		Revision<Channel> refused = this.editor.changeStatus(climate, new ChannelStatusForm(opened.status(),
				opened.since(), "Note", opened.claim(), opened.sourceId(), opened.dormantAfterMonths(), null));

		assertThat(refused.saved()).isFalse();
		assertThat(refused.record().getStatusNote()).isNull();
	}

	@Test
	void refusesASourceThatIsNotOnRecordAndChangesNothing() {
		long climate = this.seeded.channel("Climate");
		ChannelStatusForm opened = ChannelStatusForm.from(this.editor.find(climate));

		assertThatExceptionOfType(NotFoundException.class)
			.isThrownBy(() -> this.editor.changeStatus(climate, new ChannelStatusForm(ChannelStatus.DECLINED, "2024",
					null, ClaimForm.none(), -1L, 12, opened.version())));
		this.entities.flush();
		this.entities.clear();

		assertThat(this.editor.find(climate).getStatus()).isEqualTo(ChannelStatus.OPEN);
		assertThat(this.trail.historyOf(ChannelEditor.AUDIT_SUBJECT, climate)).isEmpty();
	}

	@Test
	void keepsTheVersionWhenTheSeededDefenceChannelIsSavedUnchanged() {
		long defence = this.seeded.channel("Defence and military");
		ChannelStatusForm opened = ChannelStatusForm.from(this.editor.find(defence));

		Revision<Channel> revision = this.editor.changeStatus(defence, opened);
		this.entities.flush();

		assertThat(revision.saved()).isTrue();
		assertThat(revision.record().getVersion()).isEqualTo(opened.version());
		assertThat(ChannelStatusForm.from(revision.record())).isEqualTo(opened);
		assertThat(this.trail.historyOf(ChannelEditor.AUDIT_SUBJECT, defence).get(0).changes()).isEmpty();
	}

	@Test
	void aNotFoundChannelIsNotFound() {
		assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> this.editor.find(-4));
	}

	@Test
	void asksWhenADeclinedOrSuspendedChannelTookThatStatusButNotAnOpenOne() {
		assertThat(errors(new ChannelStatusForm(ChannelStatus.DECLINED, " ", null, ClaimForm.none(), null, 12, 0))
			.getFieldError("since")
			.getCode()).isEqualTo("channel.since.required");
		assertThat(
				errors(new ChannelStatusForm(ChannelStatus.OPEN, "", null, ClaimForm.none(), null, 12, 0)).hasErrors())
			.isFalse();
	}

	@Test
	void asksWhoseClaimAStatusIsWhenOnlyTheKindOfStatementIsGiven() {
		Errors errors = errors(new ChannelStatusForm(ChannelStatus.OPEN, "", null,
				new ClaimForm("", StatementKind.BRIEFING), null, 12, 0));

		assertThat(errors.getFieldError("claim.claimedBy").getCode()).isEqualTo("claim.claimedBy.required");
	}

	@Test
	void takesAnEmptyClaimAsTheSourcesOwnVoice() {
		ChannelStatusForm form = new ChannelStatusForm(ChannelStatus.OPEN, "", null, null, null, 12, 0);

		assertThat(form.claim()).isEqualTo(ClaimForm.none());
		assertThat(form.claim().toAttribution()).isEqualTo(Attribution.NONE);
	}

	private static ChannelStatusForm withNote(ChannelStatusForm form, String note) {
		return new ChannelStatusForm(form.status(), form.since(), note, form.claim(), form.sourceId(),
				form.dormantAfterMonths(), form.version());
	}

	private static Errors errors(ChannelStatusForm form) {
		Errors errors = new BeanPropertyBindingResult(form, "form");
		form.rejectIfUndated(errors);
		return errors;
	}

}

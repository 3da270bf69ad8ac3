package dev.readout.readout;

import java.util.ArrayList;
import java.util.List;

import dev.readout.PageTest;
import dev.readout.SeededRecord;
import dev.readout.audit.AuditAction;
import dev.readout.audit.AuditEntry;
import dev.readout.audit.AuditTrail;
import dev.readout.audit.Revision;
import dev.readout.source.NewSourceForm;
import dev.readout.source.SourceEditor;
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
 * The readout editor below the form: a save that changes nothing leaves the version for
 * other analysts' open forms, a change to the characterisations alone is a new version,
 * references that are not on record are refused with nothing saved, and deleting and
 * restoring, each in the audit trail.
 */
@PageTest
@Transactional
@WithMockUser(username = "analyst6", roles = "ANALYST")
class ReadoutEditorTests {

	@Autowired
	ReadoutEditor editor;

	@Autowired
	SourceEditor sourceEditor;

	@Autowired
	AuditTrail trail;

	@Autowired
	SeededRecord seeded;

	@Autowired
	EntityManager entities;

	@Autowired
	JdbcClient jdbc;

	@Test
	void keepsTheVersionWhenASaveChangesNothing() {
		long readout = this.seeded.wangYiReadout("CN");
		ReadoutForm opened = ReadoutForm.from(this.editor.find(readout));

		Revision<Readout> revision = this.editor.revise(readout, opened);
		this.entities.flush();

		assertThat(revision.saved()).isTrue();
		assertThat(revision.record().getVersion()).as("no one else's open form is refused for nothing")
			.isEqualTo(opened.version());
		assertThat(this.trail.historyOf(ReadoutEditor.AUDIT_SUBJECT, readout).get(0).changes()).isEmpty();
	}

	@Test
	void countsAChangeToTheCharacterisationsAloneAsANewVersion() {
		long readout = this.seeded.wangYiReadout("CN");
		ReadoutForm opened = ReadoutForm.from(this.editor.find(readout));

		Revision<Readout> revision = this.editor.revise(readout,
				withCharacterisations(opened, opened.characterisations() + "\ncandid"));
		this.entities.flush();

		assertThat(revision.record().getCharacterisations()).endsWith("candid");
		assertThat(revision.record().getVersion()).isEqualTo(opened.version() + 1);
		assertThat(this.editor.revise(readout, withCharacterisations(opened, "")).saved()).as("a form opened before it")
			.isFalse();
	}

	@Test
	void refusesATopicOrSourceThatIsNotOnRecordAndChangesNothing() {
		long readout = this.seeded.wangYiReadout("US");
		ReadoutForm opened = ReadoutForm.from(this.editor.find(readout));
		List<Long> unknownTopic = new ArrayList<>(opened.topicIds());
		unknownTopic.add(-7L);
		List<Long> unknownSource = new ArrayList<>(opened.sourceIds());
		unknownSource.add(-8L);

		assertThatExceptionOfType(NotFoundException.class)
			.isThrownBy(() -> this.editor.revise(readout, with(opened, unknownTopic, opened.sourceIds())));
		assertThatExceptionOfType(NotFoundException.class)
			.isThrownBy(() -> this.editor.revise(readout, with(opened, opened.topicIds(), unknownSource)));
		this.entities.flush();
		this.entities.clear();

		assertThat(ReadoutForm.from(this.editor.find(readout))).isEqualTo(opened);
	}

	@Test
	void addsAReadoutWithANewSourceAuditedAsASourceOfItsOwn() {
		long meeting = this.seeded.xiMeeting();
		ReadoutForm form = new ReadoutForm("CN", null, "Ministry of Foreign Affairs", "2023-06-19", "Xi meets Blinken",
				"", "", List.of(), List.of(),
				new NewSourceForm("Xinhua", "Xi meets Blinken", "2023-06-19", "https://example.org/xi-blinken", ""),
				null);

		Readout added = this.editor.add(meeting, form);
		this.entities.flush();

		assertThat(added.getSources()).singleElement().satisfies(source -> {
			assertThat(source.getLabel()).isEqualTo("Xi meets Blinken");
			assertThat(this.trail.historyOf("SOURCE", source.getId())).extracting(AuditEntry::action)
				.containsExactly(AuditAction.CREATE);
		});
		assertThat(this.trail.historyOf(ReadoutEditor.AUDIT_SUBJECT, added.getId()).get(0).actor())
			.isEqualTo("analyst6");
		assertThat(this.sourceEditor.atSameAddress(form.newSource())).as("its address now on record")
			.get()
			.extracting(source -> source.getId())
			.isEqualTo(added.getSources().iterator().next().getId());
	}

	@Test
	void addsNoReadoutToADeletedMeeting() {
		long meeting = this.seeded.xiMeeting();
		this.jdbc.sql("update meeting set deleted_at = now() where id = ?").param(meeting).update();

		assertThatExceptionOfType(NotFoundException.class)
			.isThrownBy(() -> this.editor.add(meeting, ReadoutForm.blank("US")));
	}

	@Test
	void hidesADeletedReadoutUntilItIsRestoredAndAuditsBoth() {
		long readout = this.seeded.wangYiReadout("US");
		String title = this.editor.find(readout).getTitle();

		this.editor.delete(readout);
		this.entities.flush();
		this.entities.clear();

		assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> this.editor.find(readout));
		assertThatExceptionOfType(NotFoundException.class).as("deleted once")
			.isThrownBy(() -> this.editor.delete(readout));
		AuditEntry deleted = this.trail.historyOf(ReadoutEditor.AUDIT_SUBJECT, readout).get(0);
		assertThat(deleted.action()).isEqualTo(AuditAction.DELETE);
		assertThat(deleted.actor()).isEqualTo("analyst6");
		assertThat(deleted.before()).containsEntry("title", title);

		this.editor.restore(readout);
		this.entities.clear();

		assertThat(this.editor.find(readout).getTitle()).isEqualTo(title);
		assertThat(this.trail.historyOf(ReadoutEditor.AUDIT_SUBJECT, readout).get(0).action())
			.isEqualTo(AuditAction.RESTORE);
		assertThatExceptionOfType(NotFoundException.class).as("only a deleted readout is restored")
			.isThrownBy(() -> this.editor.restore(readout));
	}

	private static ReadoutForm withCharacterisations(ReadoutForm form, String characterisations) {
		return new ReadoutForm(form.side(), form.kind(), form.issuingBody(), form.publishedOn(), form.title(),
				characterisations, form.body(), form.topicIds(), form.sourceIds(), form.newSource(), form.version());
	}

	private static ReadoutForm with(ReadoutForm form, List<Long> topicIds, List<Long> sourceIds) {
		return new ReadoutForm(form.side(), form.kind(), form.issuingBody(), form.publishedOn(), form.title(),
				form.characterisations(), form.body(), topicIds, sourceIds, form.newSource(), form.version());
	}

}

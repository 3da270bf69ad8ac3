package dev.readout.source;

import dev.readout.PageTest;
import dev.readout.SeededRecord;
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
 * The source editor below the form: the article's text as part of the source (a new text
 * is a new version, the audit trail keeps its digest, a blank one removes it), a source
 * found by its address as its original, and an analyst's verdict that two sources are
 * independent kept once.
 */
@PageTest
@Transactional
@WithMockUser(username = "analyst8", roles = "ANALYST")
class SourceEditorTests {

	static final String TEXT = "Both sides agreed to keep talking. The next round is due in the autumn.";

	@Autowired
	SourceEditor editor;

	@Autowired
	SourceTexts texts;

	@Autowired
	AuditTrail trail;

	@Autowired
	SeededRecord seeded;

	@Autowired
	EntityManager entities;

	@Autowired
	JdbcClient jdbc;

	@Test
	void countsANewTextAloneAsANewVersionAndAuditsItsDigestNotItsWords() {
		long report = this.seeded.wangYiReport();
		SourceForm opened = this.editor.withText(this.editor.find(report));

		Revision<Source> revision = this.editor.revise(report, withText(opened, TEXT));
		this.entities.flush();

		assertThat(revision.record().getVersion()).isEqualTo(opened.version() + 1);
		assertThat(this.texts.of(report)).isEqualTo(TEXT);
		AuditEntry line = this.trail.historyOf(SourceEditor.AUDIT_SUBJECT, report).get(0);
		assertThat(line.changes()).extracting(AuditEntry.FieldChange::field).containsExactly("textSha256");
		assertThat(line.after().toString()).doesNotContain("keep talking");
		assertThat(this.editor.revise(report, withText(opened, "Another text.")).saved())
			.as("a form opened before the new text")
			.isFalse();
	}

	@Test
	void removesTheTextAndItsFingerprintWhenTheAnalystEmptiesIt() {
		long report = this.seeded.wangYiReport();
		SourceForm opened = this.editor.withText(this.editor.find(report));
		Source withText = this.editor.revise(report, withText(opened, TEXT)).record();
		this.entities.flush();
		assertThat(bands(report)).isPositive();

		this.editor.revise(report, withText(this.editor.withText(withText), "  \n "));
		this.entities.flush();

		assertThat(this.texts.of(report)).isEmpty();
		assertThat(this.editor.find(report).hasText()).isFalse();
		assertThat(bands(report)).isZero();
	}

	@Test
	void keepsTheVersionWhenEachSeededSourceIsSavedUnchanged() {
		for (long id : this.jdbc.sql("select id from source order by id").query(Long.class).list()) {
			SourceForm opened = this.editor.withText(this.editor.find(id));

			Revision<Source> revision = this.editor.revise(id, opened);
			this.entities.flush();

			assertThat(revision.record().getVersion()).as("source %d", id).isEqualTo(opened.version());
			assertThat(this.editor.withText(revision.record())).as("source %d", id).isEqualTo(opened);
		}
	}

	@Test
	void findsTheOriginalWhenAnImportNamesTheAddressOfACopy() {
		Source original = this.editor.create(new SourceForm("Wire", "Talks resume", "2023-06-19",
				"https://example.org/talks-resume", null, null, "", null));
		Source copy = this.editor.create(new SourceForm("Paper", "Talks resume (reprint)", "2023-06-20",
				"https://example.net/reprint", original.getId(), null, "", null));
		this.entities.flush();

		Source found = this.editor
			.atAddress(new NewSourceForm("", "Any headline", "", "https://www.example.net/reprint/", ""));

		assertThat(found.getId()).isEqualTo(original.getId());
		assertThat(copy.getCopyKind()).as("a copy unless said otherwise").isEqualTo(CopyKind.COPY);
	}

	@Test
	void addsASourceFromAnotherFormAtAnAddressNotOnRecordAndAuditsIt() {
		long before = this.jdbc.sql("select count(*) from source").query(Long.class).single();

		Source added = this.editor
			.atAddress(new NewSourceForm(" ", "  Envoys meet  ", "2023-06-21", "https://example.org/envoys", TEXT));
		this.entities.flush();

		assertThat(this.jdbc.sql("select count(*) from source").query(Long.class).single()).isEqualTo(before + 1);
		assertThat(added.getLabel()).isEqualTo("Envoys meet");
		assertThat(added.getPublisher()).isNull();
		assertThat(this.texts.of(added.getId())).isEqualTo(TEXT);
		assertThat(this.trail.historyOf(SourceEditor.AUDIT_SUBJECT, added.getId())).singleElement()
			.satisfies(line -> assertThat(line.actor()).isEqualTo("analyst8"));
	}

	@Test
	void keepsAVerdictOfIndependenceOnceWhicheverWayItIsGiven() {
		long report = this.seeded.wangYiReport();
		long other = this.seeded.xiMeetingReport();

		this.editor.judgeIndependent(report, other);
		this.editor.judgeIndependent(other, report);

		assertThat(this.jdbc
			.sql("select count(*) from source_independence where source_id = least(?, ?) and other_id = greatest(?, ?)")
			.params(report, other, report, other)
			.query(Long.class)
			.single()).isOne();
		assertThat(this.trail.historyOf(SourceEditor.AUDIT_SUBJECT, report).get(0).after())
			.containsEntry("independentOf", (int) other);
		assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> this.editor.judgeIndependent(report, -3));
	}

	@Test
	void refusesAnOriginalThatIsNotOnRecord() {
		assertThatExceptionOfType(NotFoundException.class)
			.isThrownBy(() -> this.editor.onRecord(new SourceForm("", "A copy", "", "", -9L, CopyKind.COPY, "", null)));
	}

	private long bands(long source) {
		return this.jdbc.sql("select count(*) from source_band where source_id = ?")
			.param(source)
			.query(Long.class)
			.single();
	}

	private static SourceForm withText(SourceForm form, String text) {
		return new SourceForm(form.publisher(), form.label(), form.publishedOn(), form.url(), form.copyOfId(),
				form.copyKind(), text, form.version());
	}

}

package dev.readout.source;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.readout.audit.AuditTrail;
import dev.readout.audit.AuditedEdits;
import dev.readout.audit.Revision;
import dev.readout.web.NotFoundException;
import org.hibernate.Hibernate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records sources and marks copies, each change in the audit trail, refusing edits from
 * stale versions.
 */
@Service
@Transactional
public class SourceEditor {

	static final String AUDIT_SUBJECT = "SOURCE";

	private final SourceRepository sources;

	private final SourceTexts texts;

	private final AuditedEdits edits;

	private final AuditTrail auditTrail;

	private final JdbcClient jdbc;

	SourceEditor(SourceRepository sources, SourceTexts texts, AuditedEdits edits, AuditTrail auditTrail,
			JdbcClient jdbc) {
		this.sources = sources;
		this.texts = texts;
		this.edits = edits;
		this.auditTrail = auditTrail;
		this.jdbc = jdbc;
	}

	/**
	 * What only the record can tell about a form: the original it names, whether that is
	 * itself a copy, and the source that already has its address.
	 */
	@Transactional(readOnly = true)
	public SourceForm.OnRecord onRecord(SourceForm form) {
		Optional<Source> original = Optional.ofNullable(form.copyOfId()).flatMap(this.sources::findById);
		if (form.copyOfId() != null && original.isEmpty()) {
			throw new NotFoundException("Source", form.copyOfId());
		}
		// The form's rules name the original's own original, after this transaction.
		original.map(Source::getCopyOf).ifPresent(Hibernate::initialize);
		return new SourceForm.OnRecord(original, atAddress(form.url()));
	}

	/** The source already on record at a new source's address, if any. */
	@Transactional(readOnly = true)
	public Optional<Source> atSameAddress(NewSourceForm form) {
		return atAddress(form.url());
	}

	private Optional<Source> atAddress(String url) {
		return Optional.ofNullable(WebAddress.key(url)).flatMap(this.sources::findFirstByUrlKeyOrderById);
	}

	/**
	 * A source added from within another form (a readout, an agreement's status change),
	 * audited as a source like one added on its own form.
	 */
	public Source create(NewSourceForm form) {
		Source source = this.edits.create(AUDIT_SUBJECT, form.toSource(),
				created -> SourceForm.from(created, form.text()));
		this.texts.record(source, form.text());
		return source;
	}

	/**
	 * The source on record at the form's address (or its original, when it is a copy), or
	 * a new one made from the form.
	 */
	public Source atAddress(NewSourceForm form) {
		return atAddress(form.url()).map(Source::original).orElseGet(() -> create(form));
	}

	public Source create(SourceForm form) {
		Source source = new Source(null, form.label(), null, null);
		form.applyTo(source, original(form));
		this.edits.create(AUDIT_SUBJECT, source, created -> SourceForm.from(created, form.text()));
		this.texts.record(source, form.text());
		return source;
	}

	/**
	 * Records the analyst's verdict that two sources Readout found alike are independent
	 * reports, so the pair is not proposed again; audited on the source the verdict was
	 * given on.
	 */
	public void judgeIndependent(long sourceId, long otherId) {
		Source source = find(sourceId);
		Source other = find(otherId);
		this.jdbc.sql("""
				insert into source_independence (source_id, other_id) values (least(?, ?), greatest(?, ?))
				on conflict do nothing""").params(sourceId, otherId, sourceId, otherId).update();
		this.auditTrail.updated(AUDIT_SUBJECT, source.getId(), Map.of(), Map.of("independentOf", other.getId()));
	}

	/** Saves nothing when someone saved the source since the analyst opened the form. */
	public Revision<Source> revise(long id, SourceForm form) {
		return this.edits.revise(AUDIT_SUBJECT, find(id), form.version(), this::withText, source -> {
			form.applyTo(source, original(form));
			this.texts.record(source, form.text());
		});
	}

	/**
	 * The source's values with its text, as its form shows them and the audit trail keeps
	 * them.
	 */
	@Transactional(readOnly = true)
	public SourceForm withText(Source source) {
		return SourceForm.from(source, this.texts.of(source.getId()));
	}

	@Transactional(readOnly = true)
	public Source find(long id) {
		return this.sources.findAllWithOriginals(List.of(id))
			.stream()
			.findFirst()
			.orElseThrow(() -> new NotFoundException("Source", id));
	}

	private Source original(SourceForm form) {
		return (form.copyOfId() != null) ? this.sources.getReferenceById(form.copyOfId()) : null;
	}

}

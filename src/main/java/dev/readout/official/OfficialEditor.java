package dev.readout.official;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.readout.audit.AuditedEdits;
import dev.readout.audit.Revision;
import dev.readout.source.Source;
import dev.readout.source.SourceRepository;
import dev.readout.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records officials and their positions, each change in the audit trail, refusing edits
 * from stale versions.
 */
@Service
@Transactional
public class OfficialEditor {

	static final String AUDIT_SUBJECT = "OFFICIAL";

	private final OfficialRepository officials;

	private final SourceRepository sources;

	private final AuditedEdits edits;

	OfficialEditor(OfficialRepository officials, SourceRepository sources, AuditedEdits edits) {
		this.officials = officials;
		this.sources = sources;
		this.edits = edits;
	}

	public Official create(OfficialForm form) {
		Official official = new Official(form.fullName(), form.nativeName(), form.country());
		form.applyTo(official, citedSources(form));
		return this.edits.create(AUDIT_SUBJECT, official, OfficialForm::from);
	}

	/**
	 * Saves nothing when someone saved the official since the analyst opened the form.
	 */
	public Revision<Official> revise(long id, OfficialForm form) {
		return this.edits.revise(AUDIT_SUBJECT, find(id), form.version(), OfficialForm::from,
				official -> form.applyTo(official, citedSources(form)));
	}

	/**
	 * Adds a position to the official as the analyst would on their form, starting from
	 * the version on record.
	 */
	public Official addPosition(long id, OfficialForm.PositionRow position) {
		Official official = find(id);
		OfficialForm changed = OfficialForm.from(official).withPosition(position);
		return this.edits
			.revise(AUDIT_SUBJECT, official, changed.version(), OfficialForm::from,
					revised -> changed.applyTo(revised, citedSources(changed)))
			.record();
	}

	private Map<Long, Source> citedSources(OfficialForm form) {
		Map<Long, Source> cited = this.sources.findAllById(form.citedSourceIds())
			.stream()
			.collect(Collectors.toMap(Source::getId, Function.identity()));
		if (cited.size() != form.citedSourceIds().size()) {
			throw new NotFoundException("Source", form.citedSourceIds());
		}
		return cited;
	}

	@Transactional(readOnly = true)
	public Official find(long id) {
		return this.officials.findWithPositions(id).orElseThrow(() -> new NotFoundException("Official", id));
	}

}

package dev.readout.official;

import dev.readout.audit.AuditedEdits;
import dev.readout.audit.Revision;
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

	private final AuditedEdits edits;

	OfficialEditor(OfficialRepository officials, AuditedEdits edits) {
		this.officials = officials;
		this.edits = edits;
	}

	public Official create(OfficialForm form) {
		Official official = new Official(form.fullName(), form.nativeName(), form.country());
		form.applyTo(official);
		return this.edits.create(AUDIT_SUBJECT, official, OfficialForm::from);
	}

	/**
	 * Saves nothing when someone saved the official since the analyst opened the form.
	 */
	public Revision<Official> revise(long id, OfficialForm form) {
		return this.edits.revise(AUDIT_SUBJECT, find(id), form.version(), OfficialForm::from, form::applyTo);
	}

	@Transactional(readOnly = true)
	public Official find(long id) {
		return this.officials.findWithPositions(id).orElseThrow(() -> new NotFoundException("Official", id));
	}

}

package dev.readout.official;

import dev.readout.audit.AuditTrail;
import dev.readout.form.EditedVersion;
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

	private final AuditTrail auditTrail;

	OfficialEditor(OfficialRepository officials, AuditTrail auditTrail) {
		this.officials = officials;
		this.auditTrail = auditTrail;
	}

	public Official create(OfficialForm form) {
		Official official = new Official(form.fullName(), form.nativeName(), form.country());
		form.applyTo(official);
		this.officials.saveAndFlush(official);
		this.auditTrail.created(AUDIT_SUBJECT, official.getId(), OfficialForm.from(official));
		return official;
	}

	/**
	 * False, saving nothing, when someone saved the official since the analyst opened the
	 * form.
	 */
	public boolean revise(long id, OfficialForm form) {
		Official official = find(id);
		if (EditedVersion.isStale(form.version(), official.getVersion())) {
			return false;
		}
		OfficialForm before = OfficialForm.from(official);
		form.applyTo(official);
		this.officials.saveAndFlush(official);
		this.auditTrail.updated(AUDIT_SUBJECT, id, before, OfficialForm.from(official));
		return true;
	}

	@Transactional(readOnly = true)
	public Official find(long id) {
		return this.officials.findWithPositions(id).orElseThrow(() -> new NotFoundException("Official", id));
	}

}

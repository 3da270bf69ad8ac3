package dev.readout.agreement;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.readout.audit.AuditedEdits;
import dev.readout.audit.Revision;
import dev.readout.meeting.Meeting;
import dev.readout.meeting.MeetingRepository;
import dev.readout.source.Source;
import dev.readout.source.SourceEditor;
import dev.readout.source.SourceRepository;
import dev.readout.form.FormText;
import dev.readout.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records agreements and the changes of their status. A change is appended to the
 * history, never written over it; one made from an out-of-date view is refused so the
 * analyst can look at what changed first.
 */
@Service
@Transactional
public class AgreementEditor {

	static final String AUDIT_SUBJECT = "AGREEMENT";

	private final AgreementRepository agreements;

	private final MeetingRepository meetings;

	private final SourceRepository sources;

	private final SourceEditor sourceEditor;

	private final AuditedEdits edits;

	AgreementEditor(AgreementRepository agreements, MeetingRepository meetings, SourceRepository sources,
			SourceEditor sourceEditor, AuditedEdits edits) {
		this.agreements = agreements;
		this.meetings = meetings;
		this.sources = sources;
		this.sourceEditor = sourceEditor;
		this.edits = edits;
	}

	public Agreement add(long meetingId, AgreementForm form) {
		Meeting meeting = this.meetings.findById(meetingId)
			.orElseThrow(() -> new NotFoundException("Meeting", meetingId));
		StatusChangeForm first = form.firstStatus();
		Source evidence = evidence(first);
		Agreement agreement = new Agreement(meeting, form.description().strip(), first.status(),
				FormText.date(first.changedOn()), FormText.orNull(first.note()), first.claim().toAttribution(),
				evidence);
		if (evidence != null) {
			agreement.cite(evidence);
		}
		return this.edits.create(AUDIT_SUBJECT, agreement, AgreementEditor::values);
	}

	/** Saves nothing when the agreement changed since the analyst opened it. */
	public Revision<Agreement> changeStatus(long agreementId, StatusChangeForm form) {
		return this.edits.revise(AUDIT_SUBJECT, find(agreementId), form.version(), AgreementEditor::values,
				agreement -> agreement.changeStatus(form.status(), FormText.date(form.changedOn()),
						FormText.orNull(form.note()), form.claim().toAttribution(), evidence(form)));
	}

	@Transactional(readOnly = true)
	public Agreement find(long agreementId) {
		return this.agreements.findWithHistory(agreementId)
			.orElseThrow(() -> new NotFoundException("Agreement", agreementId));
	}

	private Source evidence(StatusChangeForm form) {
		if (form.newSource().isStarted()) {
			return this.sourceEditor.create(form.newSource());
		}
		if (form.sourceId() == null) {
			return null;
		}
		return this.sources.findById(form.sourceId())
			.orElseThrow(() -> new NotFoundException("Source", form.sourceId()));
	}

	private static Map<String, Object> values(Agreement agreement) {
		StatusChange latest = agreement.latestChange();
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("description", agreement.getDescription());
		values.put("status", agreement.getStatus().name());
		values.put("changedOn", latest.getChangedOn().toString());
		values.put("note", latest.getNote());
		values.put("claimedBy", latest.getAttribution().claimedBy());
		values.put("claimedIn", latest.getAttribution().claimedIn());
		return values;
	}

}

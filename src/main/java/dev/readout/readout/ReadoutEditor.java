package dev.readout.readout;

import java.time.Clock;
import java.util.HashSet;
import java.util.Set;

import dev.readout.audit.AuditTrail;
import dev.readout.audit.AuditedEdits;
import dev.readout.audit.Revision;
import dev.readout.meeting.Meeting;
import dev.readout.meeting.MeetingRepository;
import dev.readout.vocabulary.Topic;
import dev.readout.vocabulary.TopicRepository;
import dev.readout.source.Source;
import dev.readout.source.SourceEditor;
import dev.readout.source.SourceRepository;
import dev.readout.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adds, revises, deletes and restores readouts, each change with its line in the audit
 * trail. A revision made from an out-of-date version is refused rather than silently
 * overwriting another analyst's work.
 */
@Service
@Transactional
public class ReadoutEditor {

	static final String AUDIT_SUBJECT = "READOUT";

	private final ReadoutRepository readouts;

	private final MeetingRepository meetings;

	private final SourceRepository sources;

	private final SourceEditor sourceEditor;

	private final TopicRepository topics;

	private final AuditedEdits edits;

	private final AuditTrail auditTrail;

	private final Clock clock;

	ReadoutEditor(ReadoutRepository readouts, MeetingRepository meetings, SourceRepository sources,
			SourceEditor sourceEditor, TopicRepository topics, AuditedEdits edits, AuditTrail auditTrail, Clock clock) {
		this.readouts = readouts;
		this.meetings = meetings;
		this.sources = sources;
		this.sourceEditor = sourceEditor;
		this.topics = topics;
		this.edits = edits;
		this.auditTrail = auditTrail;
		this.clock = clock;
	}

	public Readout add(long meetingId, ReadoutForm form) {
		Meeting meeting = this.meetings.findById(meetingId)
			.orElseThrow(() -> new NotFoundException("Meeting", meetingId));
		Readout readout = new Readout(meeting, form.side(), form.issuingBody(), null, form.title(), null);
		form.applyTo(readout, citedSources(form), topics(form));
		return this.edits.create(AUDIT_SUBJECT, readout, ReadoutForm::from);
	}

	/**
	 * Saves the analyst's revision, unless someone else saved the readout since the
	 * analyst opened it: then nothing is saved and the outcome carries the current
	 * version to show beside theirs.
	 */
	public Revision<Readout> revise(long readoutId, ReadoutForm form) {
		return this.edits.revise(AUDIT_SUBJECT, find(readoutId), form.version(), ReadoutForm::from,
				readout -> form.applyTo(readout, citedSources(form), topics(form)));
	}

	public Readout delete(long readoutId) {
		Readout readout = find(readoutId);
		ReadoutForm before = ReadoutForm.from(readout);
		readout.delete(this.auditTrail.currentActor(), this.clock.instant());
		this.auditTrail.deleted(AUDIT_SUBJECT, readoutId, before);
		return readout;
	}

	public void restore(long readoutId) {
		if (this.readouts.restore(readoutId) == 0) {
			throw new NotFoundException("Deleted readout", readoutId);
		}
		this.auditTrail.restored(AUDIT_SUBJECT, readoutId);
	}

	@Transactional(readOnly = true)
	public Readout find(long readoutId) {
		return this.readouts.findWithMeeting(readoutId).orElseThrow(() -> new NotFoundException("Readout", readoutId));
	}

	private Set<Topic> topics(ReadoutForm form) {
		Set<Topic> topics = new HashSet<>(this.topics.findAllById(form.topicIds()));
		if (topics.size() != form.topicIds().size()) {
			throw new NotFoundException("Topic", form.topicIds());
		}
		return topics;
	}

	private Set<Source> citedSources(ReadoutForm form) {
		Set<Source> cited = new HashSet<>(this.sources.findAllById(form.sourceIds()));
		if (cited.size() != form.sourceIds().size()) {
			throw new NotFoundException("Source", form.sourceIds());
		}
		if (form.newSource().isStarted()) {
			cited.add(this.sourceEditor.create(form.newSource()));
		}
		return cited;
	}

}

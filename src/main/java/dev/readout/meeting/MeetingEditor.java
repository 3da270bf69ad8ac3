package dev.readout.meeting;

import dev.readout.vocabulary.Topic;
import dev.readout.vocabulary.TopicRepository;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import dev.readout.audit.AuditTrail;
import dev.readout.audit.AuditedEdits;
import dev.readout.audit.Revision;
import dev.readout.channel.Channel;
import dev.readout.channel.ChannelRepository;
import dev.readout.official.Official;
import dev.readout.official.OfficialRepository;
import dev.readout.source.Source;
import dev.readout.source.SourceRepository;
import dev.readout.form.FormText;
import dev.readout.web.NotFoundException;
import org.hibernate.Hibernate;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates, revises, deletes and restores meetings, each change in the audit trail. A
 * revision made from an out-of-date version is refused rather than silently overwriting
 * another analyst's work.
 */
@Service
@Transactional
public class MeetingEditor {

	static final String AUDIT_SUBJECT = "MEETING";

	private final MeetingRepository meetings;

	private final VisitRepository visits;

	private final ChannelRepository channels;

	private final TopicRepository topics;

	private final OfficialRepository officials;

	private final SourceRepository sources;

	private final AuditedEdits edits;

	private final AuditTrail auditTrail;

	private final Clock clock;

	MeetingEditor(MeetingRepository meetings, VisitRepository visits, ChannelRepository channels,
			TopicRepository topics, OfficialRepository officials, SourceRepository sources, AuditedEdits edits,
			AuditTrail auditTrail, Clock clock) {
		this.meetings = meetings;
		this.visits = visits;
		this.channels = channels;
		this.topics = topics;
		this.officials = officials;
		this.sources = sources;
		this.edits = edits;
		this.auditTrail = auditTrail;
		this.clock = clock;
	}

	public Meeting create(MeetingForm form) {
		Meeting meeting = new Meeting(form.title(), FormText.partialDate(form.date()), form.format(), form.status(),
				form.level());
		apply(form, meeting);
		return this.edits.create(AUDIT_SUBJECT, meeting, MeetingForm::from);
	}

	/**
	 * Saves the revision; when someone saved the meeting since the analyst opened it,
	 * saves nothing.
	 */
	public Revision<Meeting> revise(long id, MeetingForm form) {
		return this.edits.revise(AUDIT_SUBJECT, findForEditing(id), form.version(), MeetingForm::from,
				meeting -> apply(form, meeting));
	}

	/**
	 * Changes the meeting as an analyst would on its form, starting from the version on
	 * record: for changes proposed by an import and confirmed by the analyst.
	 */
	public Revision<Meeting> revise(long id, UnaryOperator<MeetingForm> change) {
		return revise(id, change.apply(MeetingForm.from(findForEditing(id))));
	}

	public void delete(long id) {
		Meeting meeting = findForEditing(id);
		MeetingForm before = MeetingForm.from(meeting);
		meeting.delete(this.auditTrail.currentActor(), this.clock.instant());
		this.auditTrail.deleted(AUDIT_SUBJECT, id, before);
	}

	public void restore(long id) {
		if (this.meetings.restore(id) == 0) {
			throw new NotFoundException("Deleted meeting", id);
		}
		this.auditTrail.restored(AUDIT_SUBJECT, id);
	}

	/** The meeting with everything its form shows, loaded. */
	@Transactional(readOnly = true)
	public Meeting findForEditing(long id) {
		Meeting meeting = this.meetings.findWithParticipants(id)
			.orElseThrow(() -> new NotFoundException("Meeting", id));
		// One statement each, rather than multiplying the participants' rows.
		Hibernate.initialize(meeting.getTopics());
		Hibernate.initialize(meeting.getSources());
		return meeting;
	}

	private void apply(MeetingForm form, Meeting meeting) {
		Visit visit = (form.visitId() != null)
				? this.visits.findById(form.visitId()).orElseThrow(() -> new NotFoundException("Visit", form.visitId()))
				: null;
		Channel channel = (form.channelId() != null) ? this.channels.findById(form.channelId())
			.orElseThrow(() -> new NotFoundException("Channel", form.channelId())) : null;
		List<Topic> chosenTopics = this.topics.findAllById(form.topicIds());
		if (chosenTopics.size() != form.topicIds().size()) {
			throw new NotFoundException("Topic", form.topicIds());
		}
		Set<Source> citedSources = new HashSet<>(this.sources.findAllById(form.sourceIds()));
		if (citedSources.size() != form.sourceIds().size()) {
			throw new NotFoundException("Source", form.sourceIds());
		}
		List<MeetingForm.ParticipantRow> rows = form.filledParticipants();
		Map<Long, Official> byId = this.officials
			.findAllById(rows.stream().map(MeetingForm.ParticipantRow::officialId).toList())
			.stream()
			.collect(Collectors.toMap(Official::getId, Function.identity()));
		List<Meeting.ParticipantSpec> participants = rows.stream().map(row -> {
			Official official = byId.get(row.officialId());
			if (official == null) {
				throw new NotFoundException("Official", row.officialId());
			}
			return new Meeting.ParticipantSpec(official, FormText.orNull(row.side()), row.role());
		}).toList();
		form.applyTo(meeting, visit, channel, chosenTopics, citedSources, participants);
	}

}

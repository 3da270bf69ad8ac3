package dev.readout.channel;

import dev.readout.audit.AuditedEdits;
import dev.readout.audit.Revision;
import dev.readout.source.Source;
import dev.readout.source.SourceRepository;
import dev.readout.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Records where a channel stands, with its line in the audit trail. */
@Service
@Transactional
public class ChannelEditor {

	static final String AUDIT_SUBJECT = "CHANNEL";

	private final ChannelRepository channels;

	private final SourceRepository sources;

	private final AuditedEdits edits;

	ChannelEditor(ChannelRepository channels, SourceRepository sources, AuditedEdits edits) {
		this.channels = channels;
		this.sources = sources;
		this.edits = edits;
	}

	/**
	 * Saves nothing when someone changed the channel since the analyst opened the form.
	 */
	public Revision<Channel> changeStatus(long id, ChannelStatusForm form) {
		return this.edits.revise(AUDIT_SUBJECT, find(id), form.version(), ChannelStatusForm::from,
				channel -> form.applyTo(channel, source(form)));
	}

	private Source source(ChannelStatusForm form) {
		return (form.sourceId() != null) ? this.sources.findById(form.sourceId())
			.orElseThrow(() -> new NotFoundException("Source", form.sourceId())) : null;
	}

	@Transactional(readOnly = true)
	public Channel find(long id) {
		return this.channels.findById(id).orElseThrow(() -> new NotFoundException("Channel", id));
	}

}

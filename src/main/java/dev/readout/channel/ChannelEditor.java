package dev.readout.channel;

import dev.readout.audit.AuditTrail;
import dev.readout.source.Source;
import dev.readout.source.SourceRepository;
import dev.readout.form.EditedVersion;
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

	private final AuditTrail auditTrail;

	ChannelEditor(ChannelRepository channels, SourceRepository sources, AuditTrail auditTrail) {
		this.channels = channels;
		this.sources = sources;
		this.auditTrail = auditTrail;
	}

	/**
	 * Saves the change unless someone changed the channel since the analyst opened it.
	 * @return false when nothing was saved for that reason
	 */
	public boolean changeStatus(long id, ChannelStatusForm form) {
		Channel channel = find(id);
		if (EditedVersion.isStale(form.version(), channel.getVersion())) {
			return false;
		}
		Source source = (form.sourceId() != null) ? this.sources.findById(form.sourceId())
			.orElseThrow(() -> new NotFoundException("Source", form.sourceId())) : null;
		ChannelStatusForm before = ChannelStatusForm.from(channel);
		form.applyTo(channel, source);
		this.channels.saveAndFlush(channel);
		this.auditTrail.updated(AUDIT_SUBJECT, id, before, ChannelStatusForm.from(channel));
		return true;
	}

	@Transactional(readOnly = true)
	public Channel find(long id) {
		return this.channels.findById(id).orElseThrow(() -> new NotFoundException("Channel", id));
	}

}

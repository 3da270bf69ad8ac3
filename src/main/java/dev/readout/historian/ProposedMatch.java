package dev.readout.historian;

import dev.readout.meeting.Meeting;

/**
 * A Historian record that looks like a contact already on record, shown to an analyst
 * with the two side by side.
 *
 * @param recordId the record on file
 */
public record ProposedMatch(long recordId, HistorianEntry entry, Meeting contact) {

	/** An expected contact the record shows as having taken place. */
	public boolean proposesHeld() {
		return !this.contact.getStatus().isHeld();
	}

}

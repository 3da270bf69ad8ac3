package dev.readout.historian;

import java.util.List;

import dev.readout.meeting.Meeting;

/**
 * A Historian record that looks like a contact already on record, shown to an analyst
 * with the two side by side.
 *
 * @param recordId the record on file
 * @param contact the contact proposed
 * @param citedOn the meetings that confirming the match cites the Historian on: the
 * contact, or the meetings of its visit that the record's remarks name
 */
public record ProposedMatch(long recordId, HistorianEntry entry, Meeting contact, List<Meeting> citedOn) {

	/** An expected contact the record shows as having taken place. */
	public boolean proposesHeld() {
		return !this.contact.getStatus().isHeld();
	}

}

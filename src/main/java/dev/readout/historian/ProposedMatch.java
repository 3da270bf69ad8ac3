package dev.readout.historian;

import java.util.List;
import java.util.regex.Pattern;

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

	private static final Pattern EXPECTED = Pattern.compile("\\s*\\((expected|planned)\\)$");

	/** An expected contact the record shows as having taken place. */
	public boolean proposesHeld() {
		return !this.contact.getStatus().isHeld();
	}

	/**
	 * The title proposed for the contact once held: its own, without the "(expected)" an
	 * analyst may have added; the analyst sees it and may change it before confirming.
	 */
	public String titleOnceHeld() {
		return EXPECTED.matcher(this.contact.getTitle()).replaceFirst("");
	}

}

package dev.readout.meeting;

public enum MeetingLevel {

	LEADERS, MINISTERS, SENIOR_OFFICIALS, WORKING_LEVEL,
	/**
	 * A private citizen's meeting, kept on the record for context but not an official
	 * contact.
	 */
	NON_OFFICIAL

}

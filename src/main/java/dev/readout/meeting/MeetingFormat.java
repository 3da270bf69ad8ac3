package dev.readout.meeting;

public enum MeetingFormat {

	IN_PERSON, PHONE_CALL, VIDEO_CALL,
	/** Held on the sidelines of a larger gathering, named by the meeting's occasion. */
	SIDELINES,
	/**
	 * A visit recorded as a whole, as official travel records list it: its meetings are
	 * not recorded one by one.
	 */
	VISIT

}

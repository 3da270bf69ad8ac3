package dev.readout.meeting;

public enum MeetingFormat {

	IN_PERSON, PHONE_CALL, VIDEO_CALL,
	/** Held on the sidelines of a larger gathering, named by the meeting's occasion. */
	SIDELINES

}
